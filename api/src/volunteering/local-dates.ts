// Volunteering's dates: the shared calendar dates, with volunteering's own words
// for a date that isn't real, and the date-range check its lists and totals share.
import { z } from "zod";
import { isCalendarDate } from "../calendar-dates";
import { validationError } from "../errors";

export const ZLocalDate = z.string().refine(isCalendarDate, "Use a real date like 2026-12-31.");

/** Refuses a range that ends before it starts; either end may be open. */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && from > to) throw validationError({ to: ["The end date must be on or after the start date."] });
  return { from: from ?? null, to: to ?? null };
}
