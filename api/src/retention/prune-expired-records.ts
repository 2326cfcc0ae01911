// Letting go of records whose use has passed, a bounded number of each per run:
// - notifications the person has read, 12 months after they were sent (a notice
//   only points at something; the thing itself stays where it lives);
// - sign-in sessions past their idle or absolute timeout (they can never be used
//   again, but the rows still say which devices a person used and when);
// - sign-in throttle counters a day after their window (they only matter for
//   minutes, and their keys are hashes of accounts and network addresses).
import { type Database, schema } from "@kinship/db";
import { and, inArray, isNotNull, isNull, lt, lte, or } from "drizzle-orm";
import { absoluteLifetimeMs } from "../auth/sessions";
import { monthsBefore } from "./retention-settings";

export const readNotificationMonths = 12;
const throttleKeptMs = 24 * 60 * 60_000;

export async function pruneExpiredRecords(db: Database, now: Date, limit: number) {
  const { notifications, sessions, signInThrottle } = schema;
  const oldRead = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(isNotNull(notifications.readAt), lt(notifications.createdAt, monthsBefore(now, readNotificationMonths))))
    .limit(limit);
  const deadSessions = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.createdAt, new Date(now.getTime() - absoluteLifetimeMs))))
    .limit(limit);
  const staleCounters = db
    .select({ keyHash: signInThrottle.keyHash })
    .from(signInThrottle)
    .where(
      and(
        lt(signInThrottle.windowStartedAt, new Date(now.getTime() - throttleKeptMs)),
        or(isNull(signInThrottle.blockedUntil), lte(signInThrottle.blockedUntil, now)),
      ),
    )
    .limit(limit);
  const [notices, ended, counters] = await db.batch([
    db.delete(notifications).where(inArray(notifications.id, oldRead)).returning({ id: notifications.id }),
    db.delete(sessions).where(inArray(sessions.id, deadSessions)).returning({ id: sessions.id }),
    db
      .delete(signInThrottle)
      .where(inArray(signInThrottle.keyHash, staleCounters))
      .returning({ keyHash: signInThrottle.keyHash }),
  ]);
  return {
    notificationsDeleted: notices.length,
    sessionsDeleted: ended.length,
    throttleCountersDeleted: counters.length,
  };
}
