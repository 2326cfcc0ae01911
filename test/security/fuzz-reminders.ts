// Mutation fuzz of reminders (see fuzz-values.ts): the signed-in person's own settings
// (their account has an email address but no mobile).
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { anything, type FuzzFeature, text } from "./fuzz-values";

// Reminder settings near the edges (times, limits 0–11, a channel with no address) and junk.
const reminderSettings = fc.oneof(
  fc.record(
    {
      sms: fc.oneof(fc.boolean(), anything),
      email: fc.oneof(fc.boolean(), anything),
      quietFrom: fc.oneof(fc.constantFrom("21:00", "00:00", "23:59", "24:00", "9pm", "", null), text),
      quietUntil: fc.oneof(fc.constantFrom("08:00", "21:00", "7:30", "", null), text),
      dailyLimit: fc.oneof(fc.integer({ min: -1, max: 12 }), anything),
      mayNameService: fc.oneof(fc.boolean(), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);
export const remindersFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: ReminderSettingsInput!) { saveReminderSettings(input: $i) { dailyLimit } }",
      variables: { i: reminderSettings },
    },
  ],
  async checkDatabase(db) {
    // Reminder preferences are within what the page offers, quiet hours are both times or neither.
    const [strayPreferences] = await db.all<{ n: number }>(
      sql`select count(*) as n from reminder_preferences where daily_limit not between 1 and 10
        or (quiet_from is null) != (quiet_until is null) or quiet_from = quiet_until
        or quiet_from not glob '[0-2][0-9]:[0-5][0-9]' or quiet_until not glob '[0-2][0-9]:[0-5][0-9]'`,
    );
    expect(strayPreferences?.n).toBe(0);
  },
};
