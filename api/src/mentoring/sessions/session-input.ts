// What a mentor may record about a support session, checked at the edge. Free
// text is trimmed, and an empty note or concern counts as none.
import { contactModes, signpostTargets, supportNeeds } from "@kinship/db/schema";
import { z } from "zod";
import { ZCalendarDate } from "../../calendar-dates";

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => value || null);
const distinctList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .nullish()
    .transform((list) => [...new Set(list ?? [])]);

const ZFollowUpInput = z.object({
  description: z.string().trim().min(1, "Say what needs doing.").max(300, "Keep each follow-up to 300 characters."),
  dueOn: ZCalendarDate,
});

export const ZSupportSessionInput = z.object({
  heldOn: ZCalendarDate,
  durationMinutes: z
    .number()
    .int("Use whole minutes.")
    .min(5, "A session is at least 5 minutes.")
    .max(600, "A session can be at most 10 hours."),
  travelMinutes: z
    .number()
    .int("Use whole minutes.")
    .min(0, "Travel time can't be less than nothing.")
    .max(600, "Travel and preparation can be at most 10 hours.")
    .nullish()
    .transform((minutes) => minutes ?? 0),
  contactMode: z.enum(contactModes),
  topics: distinctList(supportNeeds),
  signposting: distinctList(signpostTargets),
  notes: optionalText(4000, "Keep the notes to 4,000 characters."),
  followUps: z
    .array(ZFollowUpInput)
    .max(10, "Add up to 10 follow-ups for one session.")
    .nullish()
    .transform((list) => list ?? []),
  concern: optionalText(2000, "Keep the concern to 2,000 characters. A coordinator will ask you for more."),
});

export type SupportSessionInput = z.output<typeof ZSupportSessionInput>;
