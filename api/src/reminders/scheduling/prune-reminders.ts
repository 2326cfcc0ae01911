// Retention: finished messages (and what the development sink kept of them) go
// after 90 days; stop links when they expire. Pending messages stay until sent,
// skipped or cancelled.
import { type Database, schema } from "@kinship/db";
import { and, inArray, lt } from "drizzle-orm";

const keepMessagesForMs = 90 * 24 * 60 * 60_000;

export async function pruneReminders(db: Database, now: Date) {
  const { reminderMessages: m, reminderStopTokens: tokens } = schema;
  const [messages, stopTokens] = await db.batch([
    db
      .delete(m)
      .where(
        and(
          inArray(m.status, ["sent", "failed", "cancelled", "skipped"]),
          lt(m.updatedAt, new Date(now.getTime() - keepMessagesForMs)),
        ),
      )
      .returning({ id: m.id }),
    db.delete(tokens).where(lt(tokens.expiresAt, now)).returning({ hash: tokens.tokenHash }),
  ]);
  return messages.length + stopTokens.length;
}
