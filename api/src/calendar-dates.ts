// Calendar dates as people in the UK live them: YYYY-MM-DD strings, real dates
// only, and "today" on the Europe/London wall clock rather than UTC, so a
// follow-up due today is not overdue at 00:30 British Summer Time. One module for
// the directory, mentoring and volunteering alike.
import { Temporal } from "temporal-polyfill";
import { z } from "zod";

/** A real calendar date written YYYY-MM-DD (no 30 February, no 2026-1-1). */
export function isCalendarDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" }).toString() === value;
  } catch {
    return false;
  }
}

export const ZCalendarDate = z.string().refine(isCalendarDate, "Use a date like 2026-12-31.");

/** The Europe/London calendar date of an instant, as YYYY-MM-DD. */
export const londonDate = (instant: Date) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO("Europe/London")
    .toPlainDate()
    .toString();

/** A date moved by whole days (negative: earlier). */
export const addDays = (date: string, days: number) => Temporal.PlainDate.from(date).add({ days }).toString();

/** Whole months later (negative: earlier); a day past the month's end becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export const addMonths = (date: string, months: number) => Temporal.PlainDate.from(date).add({ months }).toString();

/** The instant a London calendar day begins, for comparing dates with columns stored as instants. */
export const londonMidnight = (date: string) =>
  Temporal.PlainDate.from(date).toZonedDateTime("Europe/London").epochMilliseconds;

/** The earliest of some dates, ignoring the missing ones. */
export const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;

const longFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 March 2026", as people write dates in the UK. */
export const longDate = (date: string) => longFormat.format(new Date(`${date}T00:00:00Z`));
