// Erasure: the person proves it is them, then every row about them goes, in one
// batch. Foreign keys cascade from `people` to memberships, sessions, consents
// and second factors. The access audit keeps its rows (they hold only ids, now
// pointing at no one) plus one tombstone saying the account was erased.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { clearedSessionCookie } from "../auth/cookie";
import { verifyPassword } from "../auth/password";
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { AppError, rateLimitedError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { cancelPeoplesContactsStatements } from "../mentoring/planned-contacts/cancel-upcoming-contacts";

export async function eraseMyAccount({ ctx, viewer, password }: { ctx: Context; viewer: Viewer; password: string }) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "account", viewer.personId, now);
  if (wait > 0) {
    throw rateLimitedError(wait);
  }
  const person = await ctx.db.query.people.findFirst({
    columns: { passwordHash: true },
    where: { id: viewer.personId },
  });
  if (!person || !(await verifyPassword(password, person.passwordHash))) {
    await recordFailure(ctx.db, "account", viewer.personId, now);
    throw new AppError("BAD_CREDENTIALS", "That password isn't right, so nothing was deleted.");
  }
  await ctx.db.batch([
    ctx.db.insert(schema.accessAudit).values({
      at: now,
      viewerPersonId: viewer.personId,
      subjectPersonId: viewer.personId,
      organisationId: null,
      viewerRole: "self",
      relationship: "the person themself",
      fields: "",
      via: "Account erased",
    }),
    // The other person's reminders of a catch-up with them would name someone who has gone.
    ...cancelPeoplesContactsStatements(ctx, viewer.personId, now),
    ctx.db.delete(schema.people).where(eq(schema.people.id, viewer.personId)),
  ]);
  ctx.responseCookies.push(clearedSessionCookie(ctx.client.isSecure));
}
