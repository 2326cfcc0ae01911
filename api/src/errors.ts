// The one error type clients see. Anything else thrown is masked by Yoga as
// "Unexpected error." so no stack trace, SQL or file path ever reaches a client.
import { GraphQLError } from "graphql";

import type { ErrorCode } from "./error-codes";

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
