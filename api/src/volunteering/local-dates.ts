// The date-range check volunteering's lists and totals share. Single dates use
// the shared ZCalendarDate (calendar-dates.ts), so a date reads the same everywhere.
import { validationError } from "../errors";

/** Refuses a range that ends before it starts; either end may be open. */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && from > to) throw validationError({ to: ["The end date must be on or after the start date."] });
  return { from: from ?? null, to: to ?? null };
}
