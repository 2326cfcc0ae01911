// Trusted documents (docs/decisions/019-trusted-documents.md): the API executes the
// operations of our own web client by id, from the manifest that
// `pnpm trusted-documents` writes. With `trustedOnly`, nothing else is executed.
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";
import manifestFile from "./trusted-documents.json" with { type: "json" };

const manifest: Readonly<Record<string, string>> = manifestFile;

/** The GraphQL-over-HTTP persisted documents parameter, in a JSON body or a GET query string. */
export const documentIdParameter = "documentId";
const documentIdPattern = /^sha256:[0-9a-f]{64}$/;

// These refusals are about the request, not the data, so they answer 400 before
// anything runs, and never echo what was sent.
const refusal = (code: string, message: string) => () =>
  createGraphQLError(message, { extensions: { code, http: { status: 400 } } });

const unknownDocument = refusal(
  "PERSISTED_DOCUMENT_NOT_FOUND",
  "This request is not one this service knows. If the page has been open a while, please reload it.",
);
const documentRequired = refusal(
  "PERSISTED_DOCUMENT_REQUIRED",
  "This service runs only its own requests: send a documentId, not the text of an operation.",
);
const nothingToRun = refusal("BAD_REQUEST", "The request has no operation to run: send a documentId or a query.");

function documentIdOf(params: GraphQLParams, request: Request) {
  // Yoga reads only query, variables, operationName and extensions from a GET URL.
  const id =
    request.method === "GET"
      ? new URL(request.url).searchParams.get(documentIdParameter)
      : (params as { [documentIdParameter]?: unknown })[documentIdParameter];
  // Anything that is not a well-formed id is treated as an unknown one, so the
  // answer is the same whatever was sent.
  if (id === null || id === undefined) return null;
  return typeof id === "string" && documentIdPattern.test(id) ? id : "sha256:unknown";
}

/**
 * Runs manifest documents by `documentId`. With `trustedOnly`, a request carrying
 * operation text is refused even when the text equals a manifest document: one rule
 * ("send an id") is easier to reason about than a text comparison.
 */
export function trustedDocuments({ trustedOnly }: { trustedOnly: boolean }): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => (Object.hasOwn(manifest, id) ? (manifest[id] ?? null) : null),
    extractPersistedOperationId: documentIdOf,
    allowArbitraryOperations: !trustedOnly,
    customErrors: {
      notFound: unknownDocument,
      keyNotFound: trustedOnly ? documentRequired : nothingToRun,
      persistedQueryOnly: documentRequired,
    },
  });
}

/**
 * `KINSHIP_TRUSTED_DOCUMENTS_ONLY`: "true" or "false"; unset means on in production.
 * Anything else stops start-up, so a typo never quietly turns the protection off.
 */
export function trustedDocumentsOnlyFromEnv(value: string | undefined, isProduction: boolean) {
  if (value === undefined || value === "") return isProduction;
  if (value === "true" || value === "false") return value === "true";
  throw new Error(`KINSHIP_TRUSTED_DOCUMENTS_ONLY must be "true" or "false", not "${value}".`);
}
