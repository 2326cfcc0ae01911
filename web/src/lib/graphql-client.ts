// Sends typed operations to the API on our own origin and turns GraphQL errors
// into one ApiError, so pages branch on `code` and never on message text.
import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import { errorCodes } from "./error-codes";

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

// Operations without variables may be called without a second argument.
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError("NETWORK", unreachable);
  }
  let body: { data?: Result | null; errors?: GraphQLErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError("INTERNAL_SERVER_ERROR", unexpected);
  }
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
