// The error codes of the API, in a file with no imports: the web client and the
// API (api/src/error-codes.ts re-exports it) share the very same list.
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
 * - REAUTHENTICATION_REQUIRED: a change to how the person signs in (email, mobile, second
 *   factor) needs their password again: sent with the change, or proven in the last 5 minutes.
 *
 * Codes the transport adds itself: BAD_REQUEST (the HTTP request is malformed),
 * BAD_USER_INPUT (a variable does not fit its type, e.g. an unknown enum value),
 * GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED (the operation does not fit
 * the schema), QUERY_TOO_COMPLEX (over a limit in graphql/limits.ts),
 * PERSISTED_DOCUMENT_REQUIRED (operation text, where only trusted documents run)
 * and PERSISTED_DOCUMENT_NOT_FOUND (an id not in the manifest; see
 * graphql/trusted-documents.ts), and INTERNAL_SERVER_ERROR (anything unexpected,
 * always masked).
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
  "REAUTHENTICATION_REQUIRED",
] as const;
export type ErrorCode = (typeof errorCodes)[number];
