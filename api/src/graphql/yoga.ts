// GraphQL Yoga over the Pothos schema. Errors that are not AppErrors are masked
// ("Unexpected error."), so internals never reach a client.
import { createYoga, maskError } from "graphql-yoga";
import type { Context } from "./context";
import { codeEveryError } from "./error-codes";
import { limitPlugins } from "./limits";
import { schema } from "./schema";

export function createGraphQLHandler({ isProduction }: { isProduction: boolean }) {
  return createYoga<Context>({
    schema,
    graphqlEndpoint: "/graphql",
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        // Expected errors (AppError, bad queries) are the client's business; only
        // log what was masked, by name and message: never variables or records.
        if ((masked as Error).message === message) {
          const original = (error as { originalError?: Error }).originalError ?? error;
          console.error(
            `Unexpected error in GraphQL resolver: ${(original as Error).name}: ${(original as Error).message}`,
          );
        }
        return masked;
      },
    },
    plugins: [...limitPlugins({ isProduction }), codeEveryError],
    graphiql: !isProduction,
    landingPage: false,
    // Yoga's own logger would print every expected error too; we log above instead.
    logging: false,
  });
}
