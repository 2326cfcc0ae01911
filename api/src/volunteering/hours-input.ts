// What a person may enter for an entry of volunteering hours. Minutes are any
// whole number from 15 to 720: the form offers quarter hours, but support
// sessions (logged for mentors automatically) run to the minute, and a
// 50-minute session is a true record, not a mistake to round.
import { volunteeringActivities } from "@kinship/db/schema";
import { z } from "zod";
import { addMonths, londonDate, ZCalendarDate } from "../calendar-dates";
import { validationError } from "../errors";

const shortestMinutes = 15;
const longestMinutes = 12 * 60;
const longestDescription = 200;
/** How far back an entry may be dated, so coordinators can still check it. */
const monthsBack = 12;

export const ZHoursInput = z.object({
  activity: z.enum(volunteeringActivities),
  workedOn: ZCalendarDate,
  minutes: z
    .number()
    .int("Use whole minutes.")
    .min(shortestMinutes, "Log at least 15 minutes.")
    .max(longestMinutes, "Log at most 12 hours for one day. Add another entry for another day."),
  description: z
    .string()
    .trim()
    .max(longestDescription, "Please keep the description to 200 characters.")
    .nullish()
    .transform((text) => text ?? ""),
});
export type HoursInput = z.infer<typeof ZHoursInput>;

/** The checks that need today's date: not in the future, and not too long ago to check. */
export function checkWorkedOn(workedOn: string, now: Date) {
  const today = londonDate(now);
  if (workedOn > today) {
    throw validationError({ workedOn: ["That date is in the future. Log hours once you've done them."] });
  }
  if (workedOn < addMonths(today, -monthsBack)) {
    throw validationError({
      workedOn: ["That's more than 12 months ago, too long ago for a coordinator to check. Choose a later date."],
    });
  }
}
