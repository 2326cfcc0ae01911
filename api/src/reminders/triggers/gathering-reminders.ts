// Reminders of a gathering date someone said they are going to: one at 6pm the
// evening before and one two hours before it starts (never before 8am), both
// expiring when it starts. Written in the same batch as "I'm going", and redone
// in the same batch as anything that changes the date: un-going, the organiser
// cancelling or moving that date, or cancelling, withdrawing or reinstating the
// whole listing. A reminder that would already be late is not written at all.
import { type Database, schema } from "@kinship/db";
import { and, eq, gte, inArray, type SQLWrapper, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Temporal } from "temporal-polyfill";
import { addDays, londonDate } from "../../calendar-dates";
import type { GatheringRecord } from "../../directory/gathering-record";
import { type ScheduleException, zonedAt } from "../../directory/schedule";
import type { Context } from "../../graphql/context";
import { enqueueReminder } from "../enqueue-reminder";
import { reminderTimeZone } from "../london-clock";
import { reminderTemplates } from "../templates";

type Statement = BatchItem<"sqlite">;
type Source = Pick<Context, "db" | "now">;
export type GatheringForReminders = Pick<
  GatheringRecord,
  "id" | "name" | "startTime" | "timezone" | "venueName" | "town" | "attendanceMode" | "exceptions"
> & { cancelledAt: Date | null; withdrawnAt: Date | null };

const dayBeforeAt = "18:00";
const onTheDayBeforeMs = 2 * 3_600_000;
const notBefore = "08:00";

/** Everything about one date of a gathering starts with this, so one prefix cancels it all. */
const occurrencePrefix = (gatheringId: string, occurrenceOn: string) => `gathering:${gatheringId}:${occurrenceOn}:`;

/** When the date starts now, or null when it has been called off (by date or as a whole). */
export function occurrenceStart(gathering: GatheringForReminders, occurrenceOn: string) {
  const exception = gathering.exceptions.find((e) => e.occurrenceOn === occurrenceOn);
  if (gathering.cancelledAt || gathering.withdrawnAt || exception?.change === "cancelled") return null;
  const moved = exception?.change === "moved" ? exception : null;
  const on = moved?.movedToOn ?? occurrenceOn;
  const time = moved?.movedToTime ?? gathering.startTime;
  return { start: zonedAt(on, time, gathering.timezone), movedTo: moved ? `${on}T${time}` : null };
}

const londonClockOn = (date: string, clock: string) => zonedAt(date, clock, reminderTimeZone).epochMilliseconds;

/** The reminders still worth sending for a start time, seen from `now`. */
export function gatheringReminderTimes(start: Temporal.ZonedDateTime, now: Date) {
  const startMs = start.epochMilliseconds;
  const startDay = londonDate(new Date(startMs));
  const times = [
    { which: "day_before", dueMs: londonClockOn(addDays(startDay, -1), dayBeforeAt) },
    { which: "on_the_day", dueMs: Math.max(startMs - onTheDayBeforeMs, londonClockOn(startDay, notBefore)) },
  ];
  return times.filter((t) => t.dueMs > now.getTime() && t.dueMs < startMs);
}

function placeOf(gathering: GatheringForReminders) {
  if (gathering.attendanceMode === "online") return "online";
  return gathering.venueName ?? gathering.town ?? null;
}

const pendingAbout = (prefix: string) =>
  and(
    eq(schema.reminderMessages.status, "pending"),
    sql`substr(${schema.reminderMessages.dedupeKey}, 1, ${prefix.length}) = ${prefix}`,
  );

/** Cancels what has not gone yet about one date (or, without a date, every date) for these people. */
export function cancelGatheringReminders(
  db: Database,
  {
    gatheringId,
    occurrenceOn,
    personIds,
    now,
  }: { gatheringId: string; occurrenceOn?: string; personIds: SQLWrapper | string[]; now: Date },
) {
  const { reminderMessages: m } = schema;
  const prefix = occurrenceOn ? occurrencePrefix(gatheringId, occurrenceOn) : `gathering:${gatheringId}:`;
  return db
    .update(m)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(inArray(m.personId, personIds), pendingAbout(prefix)));
}

/** Who is going to one date (or to any date), as a subquery read in the same batch as a change. */
export function peopleGoing(
  db: Database,
  { gatheringId, occurrenceOn }: { gatheringId: string; occurrenceOn?: string },
) {
  const { gatheringAttendance: a } = schema;
  return db
    .select({ personId: a.personId })
    .from(a)
    .where(
      and(
        eq(a.gatheringId, gatheringId),
        eq(a.status, "going"),
        occurrenceOn ? eq(a.occurrenceOn, occurrenceOn) : undefined,
      ),
    );
}

/**
 * Statements that make these people's reminders of one date match the
 * gathering as it is now: what is pending is cancelled, and reminders at the
 * current time are written (replacing cancelled ones with the same key, so
 * going again after un-going, or a date restored, reminds again).
 */
export function rescheduleGatheringReminders(
  source: Source,
  {
    gathering,
    occurrenceOn,
    personIds,
  }: { gathering: GatheringForReminders; occurrenceOn: string; personIds: string[] },
): Statement[] {
  if (personIds.length === 0) return [];
  const { db } = source;
  const now = source.now();
  const statements: Statement[] = [
    cancelGatheringReminders(db, { gatheringId: gathering.id, occurrenceOn, personIds, now }),
  ];
  const when = occurrenceStart(gathering, occurrenceOn);
  if (!when) return statements;
  const at = new Date(when.start.epochMilliseconds);
  const text = reminderTemplates.gathering({ name: gathering.name, at, place: placeOf(gathering) });
  const { reminderMessages: m } = schema;
  for (const { which, dueMs } of gatheringReminderTimes(when.start, now)) {
    // A moved date is a new reminder: the one for the old time may already have gone.
    const dedupeKey = `${occurrencePrefix(gathering.id, occurrenceOn)}${which}${when.movedTo ? `:${when.movedTo}` : ""}`;
    statements.push(
      db.delete(m).where(and(inArray(m.personId, personIds), eq(m.dedupeKey, dedupeKey), eq(m.status, "cancelled"))),
      ...personIds.map((personId) =>
        enqueueReminder(source, {
          personId,
          kind: "gathering",
          dedupeKey,
          dueAt: new Date(dueMs),
          text,
          expiresAt: at,
        }),
      ),
    );
  }
  return statements;
}

/** After an organiser cancels, moves or restores one date (`exception` null): for everyone going to it. */
export async function remindersAfterOccurrenceChange(
  source: Source,
  {
    gathering,
    occurrenceOn,
    exception,
  }: { gathering: GatheringForReminders; occurrenceOn: string; exception: ScheduleException | null },
): Promise<Statement[]> {
  const thoseGoing = { gatheringId: gathering.id, occurrenceOn };
  const going = await peopleGoing(source.db, thoseGoing);
  const others = gathering.exceptions.filter((e) => e.occurrenceOn !== occurrenceOn);
  const changed = { ...gathering, exceptions: exception ? [...others, exception] : others };
  return [
    // Who is going is read again inside the batch, so someone saying "going" meanwhile keeps no old time.
    cancelGatheringReminders(source.db, {
      ...thoseGoing,
      personIds: peopleGoing(source.db, thoseGoing),
      now: source.now(),
    }),
    ...rescheduleGatheringReminders(source, {
      gathering: changed,
      occurrenceOn,
      personIds: going.map((g) => g.personId),
    }),
  ];
}

/** Reminders for everyone going to a date from yesterday on, at the listing's time now (reinstated or edited). */
export async function remindersForEveryoneGoing(source: Source, gathering: GatheringForReminders) {
  const { gatheringAttendance: a } = schema;
  const going = await source.db
    .select({ personId: a.personId, occurrenceOn: a.occurrenceOn })
    .from(a)
    .where(
      and(
        eq(a.gatheringId, gathering.id),
        eq(a.status, "going"),
        gte(a.occurrenceOn, addDays(londonDate(source.now()), -1)),
      ),
    );
  const byDate = new Map<string, string[]>();
  for (const row of going) byDate.set(row.occurrenceOn, [...(byDate.get(row.occurrenceOn) ?? []), row.personId]);
  return [...byDate].flatMap(([occurrenceOn, personIds]) =>
    rescheduleGatheringReminders(source, { gathering, occurrenceOn, personIds }),
  );
}
