// A morning digest for the people who approve volunteering hours: each
// coordinator and admin of an organisation with entries waiting hears once a day,
// at 09:00 London time, how many wait. Their own entries are not counted (they
// may not approve them), and nothing is sent when nothing waits.
//
// One message per person per organisation per day (`hours-digest:<organisation>:
// <day>`): the named words say which organisation, and someone who coordinates two
// hears about each, which is rare enough not to merge. The sweep runs hourly;
// the digest is made by the runs between 09:00 and noon, so a missed 09:00 run
// is caught up that morning, while hours logged in the afternoon wait for
// tomorrow's digest rather than bringing a second message.
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import { enqueueReminder } from "../enqueue-reminder";
import { nextLondonClock, startOfNextLondonDay } from "../london-clock";
import { reminderTemplates } from "../templates";
import { enqueueInBatches } from "./enqueue-in-batches";

/** New digests written per run at most; the rest follow in the next hour of the morning. */
export const defaultHoursDigestLimit = 500;

const firstHour = 9;
const lastHour = 11;

const londonHour = (instant: Date) =>
  Number(
    new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone: "Europe/London" }).format(instant),
  );

interface Waiting {
  organisationId: string;
  organisationName: string;
  personId: string;
  count: number;
}

// From the organisations (few) with anything pending, through the (organisation,
// status) index on hours and the (organisation, person, role) one on memberships.
// CROSS JOIN keeps that order: left to itself SQLite walks every membership first.
const waitingFor = (db: Database) =>
  db.all<Waiting>(sql`
    select organisations.id as organisationId, organisations.name as organisationName,
      memberships.person_id as personId,
      (select count(*) from volunteering_hours as hours
        where hours.organisation_id = organisations.id and hours.status = 'pending'
          and hours.person_id is not memberships.person_id) as count
    from organisations
    cross join memberships on memberships.organisation_id = organisations.id
      and memberships.role in ('coordinator', 'admin')
    where exists (select 1 from volunteering_hours as hours
      where hours.organisation_id = organisations.id and hours.status = 'pending')
    order by organisations.id, memberships.person_id`);

export async function sendHoursDigests({
  db,
  now,
  limit = defaultHoursDigestLimit,
}: {
  db: Database;
  now: Date;
  limit?: number;
}) {
  const hour = londonHour(now);
  if (hour < firstHour || hour > lastHour) return { waiting: 0, digests: 0 };
  const today = londonDate(now);
  const waiting = (await waitingFor(db)).filter((row) => row.count > 0);
  // Not worth sending once tomorrow's digest is due.
  const expiresAt = nextLondonClock(startOfNextLondonDay(now), "09:00");
  const inserts = waiting.map((row) =>
    enqueueReminder(
      { db, now: () => now },
      {
        personId: row.personId,
        kind: "hours_digest",
        dedupeKey: `hours-digest:${row.organisationId}:${today}`,
        dueAt: now,
        expiresAt,
        text: reminderTemplates.hoursDigest({ count: row.count, organisation: row.organisationName }),
      },
    ),
  );
  const digests = await enqueueInBatches(db, inserts, limit);
  return { waiting: waiting.length, digests };
}
