// Taking back a person's reminders that have not gone yet, because they stopped
// reminders. An UPDATE to add to the same batch as that change. Messages already
// being sent are left to finish.
import { type Database, schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";

export function cancelRemindersStatement(db: Database, { personId, now }: { personId: string; now: Date }) {
  const { reminderMessages } = schema;
  return db
    .update(reminderMessages)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(eq(reminderMessages.status, "pending"), eq(reminderMessages.personId, personId)));
}
