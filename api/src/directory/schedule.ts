// When a gathering happens: its occurrences between two instants, worked out in
// its own time zone by an RFC 5545 recurrence library, so "7pm every Monday"
// stays 7pm local time across the clock changes. Cancelled and moved single
// occurrences come from the exceptions, never from editing the series.
import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";

export interface Schedule {
  timezone: string;
  /** Local date of the first (or only) occurrence, YYYY-MM-DD. */
  startsOn: string;
  /** Local wall-clock start, HH:MM. */
  startTime: string;
  durationMinutes: number;
  /** RRULE value such as FREQ=WEEKLY;BYDAY=MO; null for a one-off event. */
  recurrence: string | null;
}

export interface ScheduleException {
  occurrenceOn: string;
  change: "cancelled" | "moved";
  movedToOn: string | null;
  movedToTime: string | null;
  note: string | null;
}

export type OccurrenceStatus = "scheduled" | "cancelled" | "moved";

export interface Occurrence {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
  status: OccurrenceStatus;
  /** The local date the occurrence was originally due on (differs from start when moved). */
  originalOn: string;
  note: string | null;
}

// Parsing a rule is the expensive part of a search over thousands of listings;
// the same few thousand rules are asked about again and again.
const ruleCache = new Map<string, RRuleTemporal<Temporal.ZonedDateTime>>();
const ruleCacheLimit = 50_000;

function ruleFor(schedule: Schedule): RRuleTemporal<Temporal.ZonedDateTime> | null {
  if (!schedule.recurrence) return null;
  const dtstart = `${schedule.startsOn.replaceAll("-", "")}T${schedule.startTime.replace(":", "")}00`;
  const key = `${schedule.timezone}|${dtstart}|${schedule.recurrence}`;
  let rule = ruleCache.get(key);
  if (!rule) {
    rule = new RRuleTemporal({
      rruleString: `DTSTART;TZID=${schedule.timezone}:${dtstart}\nRRULE:${schedule.recurrence}`,
      // Occurrences as our own Temporal's objects, so they compare with ours.
      temporal: Temporal,
    });
    if (ruleCache.size >= ruleCacheLimit) ruleCache.clear();
    ruleCache.set(key, rule);
  }
  return rule;
}

export function zonedAt(date: string, time: string, timezone: string): Temporal.ZonedDateTime {
  // "compatible" disambiguation: a time skipped by the spring clock change moves
  // forward an hour; a repeated autumn time takes the earlier one. Both as RFC 5545 says.
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timezone, { disambiguation: "compatible" });
}

function occurrence(start: Temporal.ZonedDateTime, schedule: Schedule, rest: Omit<Occurrence, "start" | "end">) {
  return { start, end: start.add({ minutes: schedule.durationMinutes }), ...rest };
}

/** Every occurrence that overlaps [from, to), in start order, cancelled ones included and marked. */
export function occurrencesBetween(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  from: Date,
  to: Date,
): Occurrence[] {
  const byDate = new Map(exceptions.map((e) => [e.occurrenceOn, e]));
  // Start early enough to catch one that began before `from` and is still going.
  const windowStart = new Date(from.getTime() - schedule.durationMinutes * 60_000);
  const rule = ruleFor(schedule);
  const starts = rule
    ? rule.between(windowStart, to, true)
    : [zonedAt(schedule.startsOn, schedule.startTime, schedule.timezone)];

  const found: Occurrence[] = [];
  for (const start of starts) {
    const originalOn = start.toPlainDate().toString();
    const exception = byDate.get(originalOn);
    if (exception?.change === "moved") continue; // placed below, at its new time
    found.push(
      occurrence(start, schedule, {
        status: exception ? "cancelled" : "scheduled",
        originalOn,
        note: exception?.note ?? null,
      }),
    );
  }
  for (const exception of exceptions) {
    if (exception.change !== "moved" || !exception.movedToOn) continue;
    const start = zonedAt(exception.movedToOn, exception.movedToTime ?? schedule.startTime, schedule.timezone);
    found.push(
      occurrence(start, schedule, { status: "moved", originalOn: exception.occurrenceOn, note: exception.note }),
    );
  }
  return found
    .filter((o) => overlaps(o, windowStart, from, to))
    .sort((a, b) => Temporal.ZonedDateTime.compare(a.start, b.start));
}

function overlaps(o: Occurrence, windowStart: Date, from: Date, to: Date) {
  const start = o.start.epochMilliseconds;
  return start >= windowStart.getTime() && start < to.getTime() && o.end.epochMilliseconds > from.getTime();
}

/**
 * The next occurrence that has not yet ended (so one happening now counts),
 * skipping cancelled ones; looks ahead at most `horizonDays`.
 */
export function nextOccurrence(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  after: Date,
  horizonDays = 400,
): Occurrence | null {
  // Weekly listings answer within the first week; only the rare monthly or
  // far-future ones need the longer look-ahead.
  for (const days of [8, horizonDays]) {
    const to = new Date(after.getTime() + days * 86_400_000);
    const next = occurrencesBetween(schedule, exceptions, after, to).find((o) => o.status !== "cancelled");
    if (next) return next;
  }
  return null;
}

/** Whether the series itself (ignoring exceptions) has an occurrence due on that local date. */
export function isOccurrenceDate(schedule: Schedule, date: string): boolean {
  let day: Temporal.ZonedDateTime;
  try {
    day = zonedAt(date, "00:00", schedule.timezone);
  } catch {
    return false;
  }
  const from = new Date(day.epochMilliseconds);
  const to = new Date(day.add({ days: 1 }).epochMilliseconds);
  return occurrencesBetween(schedule, [], from, to).some((o) => o.originalOn === date);
}
