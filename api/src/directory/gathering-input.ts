// What an organiser may enter for a gathering, checked at the edge and turned
// into stored values: a structured schedule becomes an RFC 5545 RRULE, a
// postcode is normalised, and the attendance mode decides which parts are required.
import { accessibilityFeatures, attendanceModes, gatheringKinds } from "@kinship/db/schema";
import { isValid, toNormalised } from "postcode";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { ZCalendarDate } from "../calendar-dates";
import { weekdays } from "./search-gatherings";
import { isKnownTag } from "./vocabulary";

export const repeatKinds = ["once", "weekly", "monthly_by_weekday"] as const;
export const weeksOfMonth = [1, 2, 3, 4, -1] as const;

const ZLocalDate = ZCalendarDate;
const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 19:00.");
const ZTimezone = z.string().refine((zone) => {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}, "That is not a time zone we know, such as Europe/London.");
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => value || null);
const ZWebAddress = z
  .string()
  .trim()
  .max(500, "Please keep web addresses to 500 characters.")
  .refine((value) => /^https:\/\/[^\s]+$/i.test(value) && URL.canParse(value), "Use a full https:// web address.");

export const ZScheduleInput = z
  .object({
    repeat: z.enum(repeatKinds),
    startsOn: ZLocalDate,
    startTime: ZLocalTime,
    durationMinutes: z
      .number()
      .int()
      .min(5, "At least 5 minutes.")
      .max(24 * 60, "At most 24 hours."),
    timezone: ZTimezone.nullish().transform((zone) => zone ?? "Europe/London"),
    weekdays: z.array(z.enum(weekdays)).max(7).nullish(),
    everyWeeks: z.number().int().min(1).max(8, "At most every 8 weeks.").nullish(),
    weeksOfMonth: z
      .array(
        z
          .number()
          .int()
          .refine((n) => (weeksOfMonth as readonly number[]).includes(n), "Use 1–4 or -1 (last)."),
      )
      .max(5)
      .nullish(),
    endsOn: ZLocalDate.nullish(),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.repeat !== "once" && !schedule.weekdays?.length) {
      ctx.addIssue({ code: "custom", path: ["weekdays"], message: "Choose the day or days it happens." });
    }
    if (schedule.repeat === "monthly_by_weekday") {
      if (!schedule.weeksOfMonth?.length) {
        ctx.addIssue({ code: "custom", path: ["weeksOfMonth"], message: "Choose which week of the month." });
      }
      if ((schedule.weekdays?.length ?? 0) > 1) {
        ctx.addIssue({ code: "custom", path: ["weekdays"], message: "A monthly gathering happens on one weekday." });
      }
    }
    if (schedule.endsOn && schedule.endsOn < schedule.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last date is before the first." });
    }
  })
  .transform(({ repeat, weekdays: days, everyWeeks, weeksOfMonth: weeks, endsOn, ...rest }) => ({
    ...rest,
    recurrence: toRecurrence(repeat, days ?? [], everyWeeks ?? 1, weeks ?? [], endsOn ?? null),
  }));

function toRecurrence(
  repeat: (typeof repeatKinds)[number],
  days: readonly string[],
  everyWeeks: number,
  weeks: readonly number[],
  endsOn: string | null,
): string | null {
  if (repeat === "once") return null;
  // UNTIL as a date only: the series ends after that local day, whatever the clocks do.
  const until = endsOn ? `;UNTIL=${endsOn.replaceAll("-", "")}T235959Z` : "";
  if (repeat === "weekly") {
    const interval = everyWeeks > 1 ? `;INTERVAL=${everyWeeks}` : "";
    return `FREQ=WEEKLY${interval};BYDAY=${[...new Set(days)].join(",")}${until}`;
  }
  const day = days[0];
  return `FREQ=MONTHLY;BYDAY=${[...new Set(weeks)].map((week) => `${week}${day}`).join(",")}${until}`;
}

export const ZPlaceInput = z.object({
  venueName: z.string().trim().min(1, "Give the venue's name.").max(120, "Keep the venue name to 120 characters."),
  address: z.string().trim().min(1, "Give the street address.").max(200, "Keep the address to 200 characters."),
  town: z.string().trim().min(1, "Give the town.").max(80, "Keep the town to 80 characters."),
  postcode: z
    .string()
    .trim()
    .refine((value) => isValid(value), "That isn't a UK postcode. Check it on a letter or the venue's website.")
    .transform((value) => toNormalised(value) as string),
  latitude: z.number().min(49).max(61).nullish(),
  longitude: z.number().min(-9).max(2.5).nullish(),
});

export const ZOnlineInput = z
  .object({
    url: ZWebAddress.nullish().transform((value) => value || null),
    phone: optionalText(40, "Keep the phone number to 40 characters."),
    notes: optionalText(500, "Keep the joining notes to 500 characters."),
  })
  .refine((online) => online.url || online.phone, { message: "Give a link to join, a phone number, or both." });

export const ZGatheringInput = z
  .object({
    name: z.string().trim().min(1, "Give the gathering a name.").max(120, "Keep the name to 120 characters."),
    kind: z.enum(gatheringKinds),
    description: z.string().trim().max(3000, "Keep what to expect to 3,000 characters."),
    attendanceMode: z.enum(attendanceModes),
    schedule: ZScheduleInput,
    place: ZPlaceInput.nullish(),
    online: ZOnlineInput.nullish(),
    accessibility: z.array(z.enum(accessibilityFeatures)).max(accessibilityFeatures.length).default([]),
    accessibilityNotes: optionalText(500, "Keep accessibility notes to 500 characters."),
    tags: z.array(z.string().refine(isKnownTag, "That is not a tag we know.")).max(30, "At most 30 tags.").default([]),
    contactEmail: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email("That doesn't look like an email address."))
      .nullish()
      .or(z.literal("").transform(() => null)),
    contactPhone: optionalText(40, "Keep the phone number to 40 characters."),
    website: ZWebAddress.nullish().transform((value) => value || null),
  })
  .superRefine((input, ctx) => {
    if (input.attendanceMode !== "online" && !input.place) {
      ctx.addIssue({ code: "custom", path: ["place"], message: "Say where people should go." });
    }
    if (input.attendanceMode !== "in_person" && !input.online) {
      ctx.addIssue({ code: "custom", path: ["online"], message: "Say how people join online." });
    }
  });

export type GatheringInput = z.output<typeof ZGatheringInput>;
