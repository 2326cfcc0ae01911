// Calendar dates as volunteering uses them: YYYY-MM-DD strings, real dates only,
// with "today" taken in UK time so an entry logged at 00:30 BST is for that day.
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { validationError } from "../errors";

export const isRealDate = (value: string) => {
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" }).toString() === value;
  } catch {
    return false;
  }
};

export const ZLocalDate = z.string().refine(isRealDate, "Use a real date like 2026-12-31.");

/** Today's date in the UK at `now`. */
export const londonToday = (now: Date) =>
  Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO("Europe/London").toPlainDate();

/** Refuses a range that ends before it starts; either end may be open. */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && from > to) throw validationError({ to: ["The end date must be on or after the start date."] });
  return { from: from ?? null, to: to ?? null };
}
