// Claiming work, the same way scheduled imports claim a source: a conditional
// UPDATE … RETURNING, one statement, so two workers (two Node processes, or two
// Cron invocations) can never both hold a message. A claim is a lease: if its
// worker dies, the lease runs out and the message is put back, marked uncertain,
// because the dead worker may have handed it to the provider already.
import { type Database, schema } from "@kinship/db";
import type { ReminderChannel } from "@kinship/db/schema";
import { and, asc, eq, inArray, lte } from "drizzle-orm";

export const leaseMs = 5 * 60_000;

export type ClaimedMessage = typeof schema.reminderMessages.$inferSelect;

/** Puts back messages whose worker's lease ran out; returns how many. */
export async function recoverExpiredLeases(db: Database, now: Date) {
  const { reminderMessages: m } = schema;
  const recovered = await db
    .update(m)
    .set({ status: "pending", isUncertain: true, leaseOwner: null, leaseUntil: null, updatedAt: now })
    .where(and(eq(m.status, "sending"), lte(m.leaseUntil, now)))
    .returning({ id: m.id });
  return recovered.length;
}

/** Skips what can no longer be useful: due messages past their expiry. */
export async function skipExpired(db: Database, now: Date) {
  const { reminderMessages: m } = schema;
  const skipped = await db
    .update(m)
    .set({ status: "skipped", lastError: "too_late", updatedAt: now })
    .where(and(eq(m.status, "pending"), lte(m.expiresAt, now)))
    .returning({ id: m.id });
  return skipped.length;
}

export async function claimDueMessages(
  db: Database,
  { workerId, now, channels, limit }: { workerId: string; now: Date; channels: ReminderChannel[]; limit: number },
): Promise<ClaimedMessage[]> {
  if (channels.length === 0) return [];
  const { reminderMessages: m } = schema;
  const isDue = and(eq(m.status, "pending"), lte(m.nextAttemptAt, now), inArray(m.channel, channels));
  const oldestDue = db.select({ id: m.id }).from(m).where(isDue).orderBy(asc(m.nextAttemptAt)).limit(limit);
  const claimed = await db
    .update(m)
    .set({ status: "sending", leaseOwner: workerId, leaseUntil: new Date(now.getTime() + leaseMs), updatedAt: now })
    // The outer condition repeats the inner one: only a row still pending is taken.
    .where(and(inArray(m.id, oldestDue), isDue))
    .returning();
  return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

/** True while `workerId` still holds the message: every write after a claim is conditional on it. */
export const heldBy = (id: string, workerId: string) =>
  and(
    eq(schema.reminderMessages.id, id),
    eq(schema.reminderMessages.status, "sending"),
    eq(schema.reminderMessages.leaseOwner, workerId),
  );
