// Re-authentication before changing how a person signs in (ASVS 5, level 2): a
// new email or mobile, or a new or removed authenticator app. One rule for every
// such change: this session must have proved the password in the last five
// minutes. The password may come with the change itself (which counts as proving
// it), or just before through `reauthenticate`. A stolen session cookie alone is
// then not enough to take the account over.
//
// Every wrong password counts against the same per-account and per-address
// allowance as signing in, so re-authentication is no way round the sign-in
// throttle for guessing a password.
import { schema } from "@kinship/db";
import { and, eq, ne } from "drizzle-orm";
import { verifyPassword } from "../auth/password";
import { clearFailures, recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { AppError, rateLimitedError } from "../errors";
import type { Context, Viewer } from "../graphql/context";

/** How long a proven password lets sensitive changes through without asking again. */
export const reauthenticationWindowMs = 5 * 60_000;

const wrongPassword = () =>
  new AppError("BAD_CREDENTIALS", "That password isn't right, so nothing was changed. Check it and try again.");

/**
 * Checks the person's password under the sign-in throttle. Waits before checking
 * when the account or the network address has failed too often; a failure
 * counts against both; a success clears the account's count, as signing in does.
 */
export async function verifyCurrentPassword(ctx: Context, viewer: Viewer, password: string) {
  const { db, client } = ctx;
  const now = ctx.now();
  const wait = Math.max(
    await secondsUntilAllowed(db, "address", client.address, now),
    await secondsUntilAllowed(db, "account", viewer.personId, now),
  );
  if (wait > 0) throw rateLimitedError(wait);
  const person = await db.query.people.findFirst({ columns: { passwordHash: true }, where: { id: viewer.personId } });
  if (!person || !(await verifyPassword(password, person.passwordHash))) {
    await recordFailure(db, "address", client.address, now);
    await recordFailure(db, "account", viewer.personId, now);
    throw wrongPassword();
  }
  await clearFailures(db, "account", viewer.personId);
}

/** Proves the password for this session; sensitive changes go through without it until the returned time. */
export async function reauthenticate({ ctx, viewer, password }: { ctx: Context; viewer: Viewer; password: string }) {
  await verifyCurrentPassword(ctx, viewer, password);
  const now = ctx.now();
  await ctx.db.update(schema.sessions).set({ reauthenticatedAt: now }).where(eq(schema.sessions.id, viewer.session.id));
  return new Date(now.getTime() + reauthenticationWindowMs);
}

/**
 * Lets a sensitive change through, or refuses it: with `currentPassword` it is
 * checked now (and the session stamped); without, the session must have proved
 * the password within the window.
 */
export async function requireRecentReauthentication({
  ctx,
  viewer,
  currentPassword,
}: {
  ctx: Context;
  viewer: Viewer;
  currentPassword?: string | null;
}) {
  if (currentPassword) {
    await reauthenticate({ ctx, viewer, password: currentPassword });
    return;
  }
  const session = await ctx.db.query.sessions.findFirst({
    columns: { reauthenticatedAt: true },
    where: { id: viewer.session.id },
  });
  const provedAt = session?.reauthenticatedAt?.getTime();
  const age = provedAt === undefined ? Number.POSITIVE_INFINITY : ctx.now().getTime() - provedAt;
  if (age < 0 || age >= reauthenticationWindowMs) {
    throw new AppError(
      "REAUTHENTICATION_REQUIRED",
      "To keep your account safe, enter your password again to make this change.",
    );
  }
}

/**
 * Ends every session of the viewer's but this one, as a password change does:
 * whoever might be signed in elsewhere must sign in again with the new details.
 * A statement for the same batch as the change.
 */
export function endOtherSessions(ctx: Context, viewer: Viewer) {
  const { sessions } = schema;
  return ctx.db.delete(sessions).where(and(eq(sessions.personId, viewer.personId), ne(sessions.id, viewer.session.id)));
}
