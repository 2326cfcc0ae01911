// Signs a person in by email or mobile and password, throttled per account and
// per address. Every failure looks the same and takes the same time, whether or
// not the account exists.
import { decoyPasswordHash, verifyPassword } from "../auth/password";
import { clearFailures, recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { AppError, rateLimitedError } from "../errors";
import type { Context } from "../graphql/context";
import { parseIdentifier } from "./account-input";
import { startSession } from "./start-session";

export interface SignInInput {
  identifier: string;
  password: string;
}

const badCredentials = () =>
  new AppError("BAD_CREDENTIALS", "Those details don't match an account. Check them and try again.");

export async function signIn({ ctx, input }: { ctx: Context; input: SignInInput }) {
  const { db, client } = ctx;
  const now = ctx.now();
  const addressWait = await secondsUntilAllowed(db, "address", client.address, now);
  if (addressWait > 0) throw rateLimitedError(addressWait);

  const identifier = parseIdentifier(input.identifier);
  const person = identifier
    ? await db.query.people.findFirst({
        columns: { id: true, passwordHash: true, disabledAt: true },
        where: identifier,
      })
    : undefined;

  if (person) {
    const accountWait = await secondsUntilAllowed(db, "account", person.id, now);
    if (accountWait > 0) throw rateLimitedError(accountWait);
  }
  const isMatch = await verifyPassword(input.password, person?.passwordHash ?? decoyPasswordHash);
  if (!person || !isMatch || person.disabledAt) {
    await recordFailure(db, "address", client.address, now);
    if (person) await recordFailure(db, "account", person.id, now);
    throw badCredentials();
  }
  await clearFailures(db, "account", person.id);
  await startSession(ctx, person.id);
  return person.id;
}
