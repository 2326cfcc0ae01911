// What the worker needs to know about the people in a claimed batch, read once
// per batch: where to reach them, what they agreed to (consent is checked at the
// moment of sending, so a withdrawal stops messages already queued), their
// preferences, and which reminders they have already had today.
import { type Database, schema } from "@kinship/db";
import type { ConsentPurpose } from "@kinship/db/schema";
import { and, count, desc, eq, gte, inArray } from "drizzle-orm";
import { startOfLondonDay } from "../london-clock";
import { consentForChannel, loadPreferences, type ReminderPreferences } from "../preferences";

export interface Recipient {
  mobile: string | null;
  email: string | null;
  /** Browsers with notifications turned on: a push message goes to each. */
  pushSubscriptionCount: number;
  isDisabled: boolean;
  consents: ReadonlySet<ConsentPurpose>;
  preferences: ReminderPreferences;
  /** Dedupe keys sent today (London day): one reminder on two channels counts once. */
  sentToday: Set<string>;
}

export async function loadRecipients(db: Database, personIds: readonly string[], now: Date) {
  const ids = [...new Set(personIds)];
  const recipients = new Map<string, Recipient>();
  if (ids.length === 0) return recipients;
  const { people, consents, reminderMessages: m, pushSubscriptions } = schema;
  const [persons, consentRows, sent, preferences, subscriptions] = await Promise.all([
    db
      .select({ id: people.id, mobile: people.mobile, email: people.email, disabledAt: people.disabledAt })
      .from(people)
      .where(inArray(people.id, ids)),
    db
      .select({ personId: consents.personId, purpose: consents.purpose, isGranted: consents.isGranted })
      .from(consents)
      .where(and(inArray(consents.personId, ids), inArray(consents.purpose, Object.values(consentForChannel))))
      .orderBy(desc(consents.id)),
    db
      .select({ personId: m.personId, dedupeKey: m.dedupeKey })
      .from(m)
      .where(and(inArray(m.personId, ids), eq(m.status, "sent"), gte(m.sentAt, startOfLondonDay(now)))),
    loadPreferences(db, ids),
    db
      .select({ personId: pushSubscriptions.personId, count: count() })
      .from(pushSubscriptions)
      .where(inArray(pushSubscriptions.personId, ids))
      .groupBy(pushSubscriptions.personId),
  ]);
  for (const person of persons) {
    // Newest first: the first row seen for a purpose is the one in force.
    const seen = new Set<string>();
    const granted = new Set<ConsentPurpose>();
    for (const row of consentRows.filter((c) => c.personId === person.id)) {
      if (seen.has(row.purpose)) continue;
      seen.add(row.purpose);
      if (row.isGranted) granted.add(row.purpose);
    }
    recipients.set(person.id, {
      mobile: person.mobile,
      email: person.email,
      pushSubscriptionCount: subscriptions.find((row) => row.personId === person.id)?.count ?? 0,
      isDisabled: person.disabledAt !== null,
      consents: granted,
      preferences: preferences.get(person.id)!,
      sentToday: new Set(sent.filter((s) => s.personId === person.id).map((s) => s.dedupeKey)),
    });
  }
  return recipients;
}
