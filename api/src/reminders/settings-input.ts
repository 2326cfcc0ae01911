// What a person may choose on /account/reminders. Times are "HH:MM" on the
// London clock; quiet hours are both times or neither.
import { z } from "zod";
import { maxDailyLimit } from "./preferences";

const ZClock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 21:00 or 08:30.");

export const ZReminderSettingsInput = z
  .object({
    sms: z.boolean(),
    email: z.boolean(),
    /** Absent: leave notifications as they are (they are turned on from a device). */
    push: z.boolean().nullish(),
    quietFrom: ZClock.nullish().transform((value) => value || null),
    quietUntil: ZClock.nullish().transform((value) => value || null),
    dailyLimit: z
      .number()
      .int("Choose a whole number.")
      .min(1, "Choose at least 1 a day, or turn reminders off.")
      .max(maxDailyLimit, `Choose at most ${maxDailyLimit} a day.`),
    mayNameService: z.boolean(),
  })
  .superRefine((input, context) => {
    if (Boolean(input.quietFrom) !== Boolean(input.quietUntil)) {
      const path = input.quietFrom ? "quietUntil" : "quietFrom";
      context.addIssue({ code: "custom", path: [path], message: "Give both times for quiet hours, or neither." });
    } else if (input.quietFrom && input.quietFrom === input.quietUntil) {
      context.addIssue({
        code: "custom",
        path: ["quietUntil"],
        message: "Quiet hours need to end at a different time from when they start.",
      });
    }
  });
export type ReminderSettingsInput = z.infer<typeof ZReminderSettingsInput>;
