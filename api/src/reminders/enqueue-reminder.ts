// The transactional outbox's way in. A feature that causes a reminder (a session
// booked, a check-in falling due) adds this statement to the same `db.batch` as
// its own change, so the reminder exists exactly when the change does. One row is
// written per channel the person has agreed to and has an address for (for push:
// at least one browser with notifications on); the same
// dedupe key for the same person and channel is stored once, so a sweep that
// runs again, or a retried request, enqueues nothing new.
import { type Database, newId } from "@kinship/db";
import type { ReminderKind } from "@kinship/db/schema";
import { sql } from "drizzle-orm";
import type { Context } from "../graphql/context";
import type { ReminderText } from "./templates";

export interface Reminder {
  personId: string;
  kind: ReminderKind;
  /** Names the cause, e.g. `support_session:<id>:day_before`. */
  dedupeKey: string;
  /** When to send it (quiet hours and the daily limit may move it later). */
  dueAt: Date;
  /** Made by a template in templates.ts, never written by hand. */
  text: ReminderText;
  /** Not sent after this; by default a day after `dueAt`. */
  expiresAt?: Date;
}

const day = 24 * 60 * 60 * 1000;

type Source = Database | Pick<Context, "db" | "now">;

export function enqueueReminder(source: Source, reminder: Reminder) {
  const db = "db" in source ? source.db : source;
  const now = ("now" in source ? source.now() : new Date()).getTime();
  const due = reminder.dueAt.getTime();
  const expires = (reminder.expiresAt ?? new Date(due + day)).getTime();
  const { personId } = reminder;
  // Consents are a history: the newest row per purpose is the one in force.
  return db.run(sql`
    insert into reminder_messages (id, person_id, kind, dedupe_key, channel, text, named_text, due_at, expires_at,
      status, attempts, next_attempt_at, is_uncertain, created_at, updated_at)
    select wanted.id, ${personId}, ${reminder.kind}, ${reminder.dedupeKey}, wanted.channel, ${reminder.text.discreet},
      ${reminder.text.named}, ${due}, ${expires}, 'pending', 0, ${due}, 0, ${now}, ${now}
    from (select ${newId()} as id, 'sms' as channel, 'reminders_by_sms' as purpose
          union all select ${newId()}, 'email', 'reminders_by_email'
          union all select ${newId()}, 'push', 'reminders_by_push') as wanted
    join people on people.id = ${personId} and people.disabled_at is null
      and (case wanted.channel when 'sms' then people.mobile when 'email' then people.email
           else (select 'push' from push_subscriptions where push_subscriptions.person_id = people.id limit 1)
           end) is not null
    where (select consents.is_granted from consents
           where consents.person_id = ${personId} and consents.purpose = wanted.purpose
           order by consents.id desc limit 1) = 1
    on conflict do nothing`);
}
