// GraphQL Yoga over the Pothos schema. Errors that are not AppErrors are masked
// ("Unexpected error."), so internals never reach a client.
import { createYoga } from "graphql-yoga";
import type { Context } from "./context";
import { schema } from "./schema";

export function createGraphQLHandler({ isProduction }: { isProduction: boolean }) {
  return createYoga<Context>({
    schema,
    graphqlEndpoint: "/graphql",
    maskedErrors: { isDev: false },
    graphiql: !isProduction,
    landingPage: false,
    logging: isProduction ? "warn" : "error",
  });
}
