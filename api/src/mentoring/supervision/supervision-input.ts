// What a coordinator records about a supervision session.
import { z } from "zod";
import { ZCalendarDate } from "../../calendar-dates";

export const ZSupervisionInput = z.object({
  heldOn: ZCalendarDate,
  durationMinutes: z
    .number()
    .int("Use whole minutes.")
    .min(5, "Supervision is at least 5 minutes.")
    .max(600, "Supervision can be at most 10 hours."),
  notes: z
    .string()
    .trim()
    .max(4000, "Keep the notes to 4,000 characters.")
    .nullish()
    .transform((notes) => notes || null),
});

export type SupervisionInput = z.output<typeof ZSupervisionInput>;
