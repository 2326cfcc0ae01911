// The one error type clients see. Anything else thrown is masked by Yoga as
// "Unexpected error." so no stack trace, SQL or file path ever reaches a client.
import { GraphQLError } from "graphql";

/**
 * Codes are part of the API: clients branch on `extensions.code`, never on the message.
 * - UNAUTHENTICATED: no valid session (signed out, expired or revoked).
 * - FORBIDDEN: signed in, but this viewer may not see or do this.
 * - NOT_FOUND: no such record, or one the viewer may not know exists.
 * - VALIDATION: the input is wrong; `extensions.fields` says which and why.
 * - BAD_CREDENTIALS: sign-in failed; deliberately says no more than that.
 * - CONFLICT: the change clashes with what is stored (e.g. an email already in use).
 * - RATE_LIMITED: too many attempts; `extensions.retryAfterSeconds` says when to try again.
 * - CSRF: a cookie-authenticated request came from another site.
 * - SECOND_FACTOR_REQUIRED: staff must confirm a second factor in this session first.
 *
 * Codes the transport adds itself: BAD_REQUEST (the HTTP request is malformed),
 * BAD_USER_INPUT (a variable does not fit its type, e.g. an unknown enum value),
 * GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED (the operation does not fit
 * the schema), QUERY_TOO_COMPLEX (over a limit in graphql/limits.ts), INTERNAL_SERVER_ERROR (anything unexpected, always masked).
 */
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "BAD_CREDENTIALS",
  "CONFLICT",
  "RATE_LIMITED",
  "CSRF",
  "SECOND_FACTOR_REQUIRED",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export type FieldProblems = Record<string, string[]>;

export const validationError = (fields: FieldProblems, message = "Please check what you entered.") =>
  new AppError("VALIDATION", message, { fields });

/**
 * Too many attempts. Also answered as HTTP 429 with Retry-After (Yoga reads
 * `extensions.http` and leaves it out of the body), so generic clients and
 * proxies understand it too.
 */
export const rateLimitedError = (retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`, {
    retryAfterSeconds,
    http: { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  });
