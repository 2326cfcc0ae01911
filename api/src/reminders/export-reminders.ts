// Reminders in a person's data download: their preferences, every message in
// the outbox for them (with its words and what happened to it), the stop links
// made for them (when, and whether used: never the link itself), and anything
// the development sink kept.
import { type Database, schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";

export async function exportReminders(db: Database, personId: string) {
  const { reminderPreferences, reminderMessages: m, reminderStopTokens: tokens, developmentOutbox: outbox } = schema;
  const [preferences, messages, stopLinks, developmentMessages] = await Promise.all([
    db
      .select({
        quietFrom: reminderPreferences.quietFrom,
        quietUntil: reminderPreferences.quietUntil,
        dailyLimit: reminderPreferences.dailyLimit,
        mayNameService: reminderPreferences.mayNameService,
        updatedAt: reminderPreferences.updatedAt,
      })
      .from(reminderPreferences)
      .where(eq(reminderPreferences.personId, personId)),
    db
      .select({
        kind: m.kind,
        channel: m.channel,
        discreetWords: m.text,
        namedWords: m.namedText,
        dueAt: m.dueAt,
        status: m.status,
        attempts: m.attempts,
        provider: m.provider,
        deliveryStatus: m.deliveryStatus,
        sentAt: m.sentAt,
        createdAt: m.createdAt,
      })
      .from(m)
      .where(eq(m.personId, personId))
      .orderBy(asc(m.dueAt)),
    db
      .select({ createdAt: tokens.createdAt, expiresAt: tokens.expiresAt, usedAt: tokens.usedAt })
      .from(tokens)
      .where(eq(tokens.personId, personId))
      .orderBy(asc(tokens.createdAt)),
    db
      .select({
        channel: outbox.channel,
        recipient: outbox.recipient,
        subject: outbox.subject,
        body: outbox.body,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(eq(outbox.personId, personId))
      .orderBy(asc(outbox.sentAt)),
  ]);
  return { preferences: preferences[0] ?? null, messages, stopLinks, developmentMessages };
}
