// The typed `graphql()` tag: operations are checked against api/schema.graphql
// through the generated graphql-env.d.ts (run `gql.tada generate output`).
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The API sends DateTime as an ISO 8601 string; we parse it where it is shown.
  scalars: { DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
