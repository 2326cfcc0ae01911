// Operations for the public list of organisations.
import { graphql } from "./graphql";

export const OrganisationsQuery = graphql(`
  query Organisations { organisations { name slug kind town description } }
`);

// Staff only: the API refuses with SECOND_FACTOR_REQUIRED until this session has
// been confirmed with the authenticator app, and records every read.
export const OrganisationMembersQuery = graphql(`
  query OrganisationMembers($slug: String!) {
    organisation(slug: $slug) { name members { id role person { id displayName } } }
  }
`);
