// Taking back reminders that have not gone yet, because their cause went away (a
// session called off) or the person stopped reminders. An UPDATE to add to the
// same batch as that change. Messages already being sent are left to finish.
import { type Database, schema } from "@kinship/db";
import { and, eq, type SQL, sql } from "drizzle-orm";

export function cancelRemindersStatement(
  db: Database,
  { personId, dedupeKeyPrefix, now }: { personId?: string; dedupeKeyPrefix?: string; now: Date },
) {
  const { reminderMessages } = schema;
  if (!personId && dedupeKeyPrefix === undefined) throw new Error("Say whose reminders, or which, to cancel.");
  const conditions: SQL[] = [eq(reminderMessages.status, "pending")];
  if (personId) conditions.push(eq(reminderMessages.personId, personId));
  if (dedupeKeyPrefix !== undefined) {
    // substr rather than LIKE: a key may hold "%" or "_".
    conditions.push(sql`substr(${reminderMessages.dedupeKey}, 1, ${dedupeKeyPrefix.length}) = ${dedupeKeyPrefix}`);
  }
  return db
    .update(reminderMessages)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(...conditions));
}
