// When a listing's series begins and ends, as instants. Feeds that describe a
// series as a whole (Meeting Guide, Open Referral) change at these moments with
// no edit at all, so their Last-Modified counts them as well as edits.

import { ruleParts } from "../rrule-parts";
import { occurrencesBetween, type Schedule, zonedAt } from "../schedule";

export interface SeriesWindow {
  startsAt: Date;
  /** When the last occurrence ends; null for a rule that never runs out. */
  endsAt: Date | null;
}

const day = 86_400_000;

export function seriesWindow(schedule: Schedule): SeriesWindow {
  const first = zonedAt(schedule.startsOn, schedule.startTime, schedule.timezone);
  const startsAt = new Date(first.epochMilliseconds);
  if (!schedule.recurrence) {
    return { startsAt, endsAt: new Date(first.add({ minutes: schedule.durationMinutes }).epochMilliseconds) };
  }
  const parts = ruleParts(schedule.recurrence);
  const until = parts.get("UNTIL");
  if (!until && !parts.has("COUNT")) return { startsAt, endsAt: null };
  // Expand only as far as the rule can reach: a day past its UNTIL, or as far
  // as its COUNT goes (the recurrence engine stops there by itself).
  const to = until ? untilInstant(until, schedule.timezone) + day : startsAt.getTime() + 100 * 366 * day;
  const last = occurrencesBetween(schedule, [], startsAt, new Date(to)).at(-1);
  return { startsAt, endsAt: last ? new Date(last.end.epochMilliseconds) : startsAt };
}

/** UNTIL as RFC 5545 allows it: a date, a UTC date-time, or a local date-time. */
function untilInstant(until: string, timezone: string): number {
  const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  if (until.length === 8) return zonedAt(date, "00:00", timezone).add({ days: 1 }).epochMilliseconds;
  const time = `${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}`;
  if (until.endsWith("Z")) return Date.parse(`${date}T${time}Z`);
  return zonedAt(date, time, timezone).epochMilliseconds;
}

export const hasBegun = (window: SeriesWindow, now: Date) => window.startsAt.getTime() <= now.getTime();
export const hasFinished = (window: SeriesWindow, now: Date) =>
  window.endsAt !== null && window.endsAt.getTime() <= now.getTime();

/** The latest moment, up to now, at which one of these series began or finished. */
export function lastClockChange(windows: readonly SeriesWindow[], now: Date): Date | null {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { startsAt, endsAt } of windows) {
    for (const instant of [startsAt.getTime(), endsAt?.getTime() ?? Number.NaN]) {
      if (instant <= now.getTime() && instant > latest) latest = instant;
    }
  }
  return Number.isFinite(latest) ? new Date(latest) : null;
}
