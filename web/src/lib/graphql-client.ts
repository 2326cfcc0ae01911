/// <reference types="vite/client" />
// Sends typed operations to the API on our own origin and turns GraphQL errors
// into one ApiError, so pages branch on `code` and never on message text.
// Operations go by id (a trusted document, docs/decisions/019-trusted-documents.md),
// never as text: the API may run nothing else.
import type { TadaDocumentNode } from "gql.tada";
import { errorCodes } from "./error-codes";
import { documentIdOf, printDocument } from "./trusted-documents";

// The codes a person can act on, shared with the API. Anything else, such as an
// operation that no longer fits the schema, is shown as our own fault.
const personFacingCodes = errorCodes;
export type ApiErrorCode = (typeof personFacingCodes)[number] | "INTERNAL_SERVER_ERROR" | "NETWORK";
const isPersonFacing = (code: unknown): code is (typeof personFacingCodes)[number] =>
  personFacingCodes.includes(code as never);

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldErrors = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: FieldErrors; retryAfterSeconds?: number };
}

const unreachable = "We couldn't reach Kinship. Check your connection and try again.";
const unexpected = "Something went wrong on our side. Please try again in a moment.";
// After an update, a page opened before it asks for requests the API no longer has.
const outdated = "Kinship has been updated since this page was opened. Please reload the page.";
// Web Crypto (for the id) exists only on https pages and on this computer's own addresses.
const insecure = "Please open Kinship at its secure address, starting with https://.";

// Operations without variables may be called without a second argument.
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

type ResponseBody<Result> = { data?: Result | null; errors?: GraphQLErrorBody[] };

async function post<Result>(payload: Record<string, unknown>): Promise<ResponseBody<Result>> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new ApiError("NETWORK", unreachable);
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError("INTERNAL_SERVER_ERROR", unexpected);
  }
}

const isUnknownDocument = (body: ResponseBody<unknown>) =>
  body.errors?.[0]?.extensions?.code === "PERSISTED_DOCUMENT_NOT_FOUND";

export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
): Promise<Result> {
  if (!globalThis.crypto?.subtle) throw new ApiError("INTERNAL_SERVER_ERROR", insecure);
  const documentId = await documentIdOf(document);
  let body = await post<Result>({ documentId, variables: variables ?? {} });
  // In development (vite dev), a document added since the manifest was last written
  // is sent again as text, which the API runs unless trusted documents are enforced.
  // Production builds drop this branch and never send text.
  if (import.meta.env.DEV && isUnknownDocument(body)) {
    body = await post<Result>({ query: printDocument(document), variables: variables ?? {} });
  }
  if (isUnknownDocument(body)) throw new ApiError("INTERNAL_SERVER_ERROR", outdated);
  const [first] = body.errors ?? [];
  if (first) {
    const { code, fields, retryAfterSeconds } = first.extensions ?? {};
    if (!isPersonFacing(code) || !first.message) throw new ApiError("INTERNAL_SERVER_ERROR", unexpected);
    throw new ApiError(code, first.message, fields ?? {}, retryAfterSeconds);
  }
  if (!body.data) throw new ApiError("INTERNAL_SERVER_ERROR", unexpected);
  return body.data;
}

/** Any thrown value as an ApiError, so forms can always show something useful. */
export const toApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError("INTERNAL_SERVER_ERROR", unexpected);
