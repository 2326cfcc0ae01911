// GraphQL Yoga over the Pothos schema. Errors that are not AppErrors are masked
// ("Unexpected error."), so internals never reach a client.
import { createYoga, maskError } from "graphql-yoga";
import type { Context } from "./context";
import { codeEveryError } from "./error-codes";
import { limitPlugins } from "./limits";
import { schema } from "./schema";
import { documentIdParameter, trustedDocuments } from "./trusted-documents";

export function createGraphQLHandler({
  isProduction,
  trustedDocumentsOnly,
}: {
  isProduction: boolean;
  /** Execute only the web client's documents, by id (graphql/trusted-documents.ts). */
  trustedDocumentsOnly: boolean;
}) {
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
    // Documents by id first: every later step (limits included) sees the document
    // whether it came by id or as text.
    plugins: [
      trustedDocuments({ trustedOnly: trustedDocumentsOnly }),
      ...limitPlugins({ isProduction }),
      codeEveryError,
    ],
    extraParamNames: [documentIdParameter],
    graphiql: !isProduction,
    landingPage: false,
    // Yoga's own logger would print every expected error too; we log above instead.
    logging: false,
  });
}
