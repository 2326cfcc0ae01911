// Calendar dates as people in the UK live them: "today" and "overdue" follow the
// Europe/London wall clock, not UTC, so a follow-up due today is not overdue at
// 00:30 British Summer Time.
import { Temporal } from "temporal-polyfill";
import { z } from "zod";

/** The Europe/London calendar date of an instant, as YYYY-MM-DD. */
export const londonDate = (instant: Date) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO("Europe/London")
    .toPlainDate()
    .toString();

/** A YYYY-MM-DD date moved by whole days (negative: earlier). */
export const addDays = (date: string, days: number) => Temporal.PlainDate.from(date).add({ days }).toString();

/** A real calendar date written YYYY-MM-DD (no 30 February). */
export const ZCalendarDate = z.string().refine((value) => {
  try {
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(value) && Temporal.PlainDate.from(value, { overflow: "reject" }).toString() === value
    );
  } catch {
    return false;
  }
}, "Use a date like 2026-12-31.");
