// The small phrases the public pages share: distances, how long ago a listing
// was confirmed, and single dates in local time with the zone.
import { Temporal } from "temporal-polyfill";
import { clockTime, describeOccurrence, longDate } from "../describe-schedule";
import type { Occurrence } from "../schedule";
import { isStale } from "../settings";

/** 0.4 → "0.4 miles", 1 → "1 mile", 12.3 → "12 miles". */
export function distanceInWords(miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return `${rounded} ${rounded === 1 ? "mile" : "miles"}`;
}

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "always" });

/** "3 days ago", "5 weeks ago", "8 months ago", "2 years ago". */
export function timeAgo(then: Date, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 86_400_000));
  if (days < 14) return days === 0 ? "today" : relative.format(-days, "day");
  if (days < 61) return relative.format(-Math.floor(days / 7), "week");
  if (days < 730) return relative.format(-Math.floor(days / 30.44), "month");
  return relative.format(-Math.floor(days / 365.25), "year");
}

export function staleWarning(lastConfirmedAt: Date, now: Date, staleAfterDays: number): string | null {
  return isStale(lastConfirmedAt, now, staleAfterDays)
    ? `Last confirmed ${timeAgo(lastConfirmedAt, now)} — check before you go`
    : null;
}

/** "GMT" or "BST" for the UK; whatever the zone's short name is elsewhere. */
function zoneName(occurrence: Occurrence): string {
  return occurrence.start.toLocaleString("en-GB", { timeZoneName: "short" }).split(" ").at(-1) ?? "";
}

/** "Monday 26 October 2026, 7pm to 8:30pm (GMT)" */
export function occurrenceWithEnd(occurrence: Occurrence): string {
  const { start, end } = occurrence;
  return `${longDate(start)}, ${clockTime(start.toPlainTime())} to ${clockTime(end.toPlainTime())} (${zoneName(occurrence)})`;
}

/** "Monday 26 October 2026, 7pm (GMT)": what the finder's list shows. */
export const occurrenceStart = describeOccurrence;

/** ISO 8601 with the offset (no zone annotation), for <time> and JSON-LD. */
export const isoWithOffset = (time: Occurrence["start"]) => time.toString({ timeZoneName: "never" });

/** "Moved from Monday 19 October 2026", with the organiser's note when given. */
export function movedNote(occurrence: Occurrence): string | null {
  if (occurrence.status !== "moved") return occurrence.note;
  const from = longDate(Temporal.PlainDate.from(occurrence.originalOn));
  return [`Moved from ${from}.`, occurrence.note].filter(Boolean).join(" ");
}
