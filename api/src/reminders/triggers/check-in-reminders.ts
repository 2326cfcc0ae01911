// "It's time for your check-in": from the hourly sweep, one reminder per due
// cycle to each person who chose a reminder channel and whose recovery check-in
// is due. A cycle is their organisation's `checkInEveryWeeks` (the organisation
// they joined first that has chosen, as the check-in form uses; otherwise the
// built-in instrument's suggestion), counted from their last check-in or, if
// they have never taken one, from the day they first joined an organisation as
// a member: that is when the first check-in is offered, so one cycle later is
// the first reminder. Someone who still has not checked in is reminded again
// each cycle, never more often.
//
// A cycle's reminder is written from 10am (London) on its due day, so one taken
// that morning needs none; a sweep that missed that hour catches up for a week,
// after which that cycle is let go (it is also how long a reminder row is kept
// for at least, so the dedupe key always still exists while it matters).
import { type Database, schema } from "@kinship/db";
import { builtInDefinition } from "@kinship/db/journey-defaults";
import { and, eq, sql } from "drizzle-orm";
import { addDays, londonDate } from "../../calendar-dates";
import { zonedAt } from "../../directory/schedule";
import { enqueueReminder } from "../enqueue-reminder";
import { reminderTimeZone } from "../london-clock";
import { reminderTemplates } from "../templates";

export const defaultCheckInReminderLimit = 500;
const remindAt = "10:00";
const catchUpDays = 7;

export const checkInReminderKey = (dueOn: string) => `check-in:${dueOn}`;

const atTen = (date: string) => new Date(zonedAt(date, remindAt, reminderTimeZone).epochMilliseconds);

/** The latest day whose 10am has passed: the due days up to it may be reminded of. */
function remindableUpTo(now: Date) {
  const today = londonDate(now);
  return atTen(today).getTime() <= now.getTime() ? today : addDays(today, -1);
}

/**
 * People with a check-in due and no reminder of that cycle yet. Driven by the
 * consents of people who chose a channel (a covering index), then one index
 * seek per person into memberships, settings, check-ins and reminders.
 */
export function dueCheckInsQuery(now: Date, limit: number) {
  const upTo = remindableUpTo(now);
  const defaultDays = builtInDefinition.suggestedEveryWeeks * 7;
  return sql`
    with opted_in as (
      select distinct consents.person_id
      from consents
      join people on people.id = consents.person_id and people.disabled_at is null
      where consents.purpose in ('reminders_by_sms', 'reminders_by_email', 'reminders_by_push')
        and consents.is_granted = 1
        and consents.id = (select max(newest.id) from consents newest
                           where newest.person_id = consents.person_id and newest.purpose = consents.purpose)
        and (case consents.purpose when 'reminders_by_sms' then people.mobile
               when 'reminders_by_email' then people.email
               else (select 'push' from push_subscriptions where push_subscriptions.person_id = people.id limit 1)
             end) is not null
    ),
    cycles as materialized (
      select opted_in.person_id,
        coalesce(
          (select max(taken_on) from recovery_check_ins where recovery_check_ins.person_id = opted_in.person_id),
          (select date(min(memberships.created_at) / 1000, 'unixepoch') from memberships
           where memberships.person_id = opted_in.person_id and memberships.role = 'member')
        ) as anchor_on,
        coalesce(
          (select journey_settings.check_in_every_weeks * 7 from memberships
           join journey_settings on journey_settings.organisation_id = memberships.organisation_id
           join recovery_instruments on recovery_instruments.id = journey_settings.instrument_id
             and recovery_instruments.retired_at is null
           where memberships.person_id = opted_in.person_id
           order by memberships.created_at, memberships.id limit 1),
          ${defaultDays}
        ) as every_days,
        (select organisations.name from memberships
         join organisations on organisations.id = memberships.organisation_id
         where memberships.person_id = opted_in.person_id
         order by memberships.created_at, memberships.id limit 1) as organisation
      from opted_in
    ),
    elapsed as (
      select person_id, organisation, every_days,
        cast(julianday(${upTo}) - julianday(anchor_on) as integer) as days
      from cycles
      where anchor_on is not null and organisation is not null
    ),
    due as (
      select person_id, organisation, date(${upTo}, '-' || (days % every_days) || ' days') as due_on
      from elapsed
      where days >= every_days and days % every_days < ${catchUpDays}
    )
    select person_id as personId, organisation, due_on as dueOn from due
    where not exists (select 1 from reminder_messages
                      where reminder_messages.person_id = due.person_id
                        and reminder_messages.dedupe_key = 'check-in:' || due.due_on)
    limit ${limit}`;
}

export async function remindDueCheckIns({
  db,
  now,
  limit = defaultCheckInReminderLimit,
}: {
  db: Database;
  now: Date;
  limit?: number;
}) {
  const due = await db.all<{ personId: string; organisation: string; dueOn: string }>(dueCheckInsQuery(now, limit));
  const source = { db, now: () => now };
  const statements = due.map(({ personId, organisation, dueOn }) =>
    enqueueReminder(source, {
      personId,
      kind: "check_in_due",
      dedupeKey: checkInReminderKey(dueOn),
      dueAt: atTen(dueOn),
      text: reminderTemplates.checkInDue({ organisation }),
      expiresAt: atTen(addDays(dueOn, catchUpDays)),
    }),
  );
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return { checkInReminders: due.length };
}

/** A check-in taken while its reminder waits (quiet hours, the daily cap): the reminder is no longer needed. */
export function cancelCheckInReminders(db: Database, { personId, now }: { personId: string; now: Date }) {
  const { reminderMessages: m } = schema;
  return db
    .update(m)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(eq(m.personId, personId), eq(m.kind, "check_in_due"), eq(m.status, "pending")));
}
