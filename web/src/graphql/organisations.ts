// Operations for the public list of organisations.
import { graphql } from "./graphql";

export const OrganisationsQuery = graphql(`
  query Organisations { organisations { name slug kind town description } }
`);
