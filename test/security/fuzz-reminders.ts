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
      push: fc.oneof(fc.boolean(), fc.constant(null), anything),
      quietFrom: fc.oneof(fc.constantFrom("21:00", "00:00", "23:59", "24:00", "9pm", "", null), text),
      quietUntil: fc.oneof(fc.constantFrom("08:00", "21:00", "7:30", "", null), text),
      dailyLimit: fc.oneof(fc.integer({ min: -1, max: 12 }), anything),
      mayNameService: fc.oneof(fc.boolean(), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);
// A browser's subscription near the edges: https or not, local hosts, ports, long
// addresses, keys of the wrong length or alphabet (push is not configured in the
// fuzz app, so even a well-formed one is refused without a write).
const base64Url = (bytes: number) =>
  fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => Buffer.from(b).toString("base64url"));
const pushSubscription = fc.oneof(
  fc.record(
    {
      endpoint: fc.oneof(
        fc.constantFrom(
          "https://push.example.test/a",
          "http://push.example.test/a",
          "https://127.0.0.1/a",
          "https://localhost/a",
        ),
        fc.webUrl({ withQueryParameters: true }),
        fc.string({ minLength: 990, maxLength: 1_100 }).map((tail) => `https://push.example.test/${tail}`),
        text,
      ),
      p256dh: fc.oneof(base64Url(65), base64Url(64), base64Url(66), text),
      auth: fc.oneof(base64Url(16), base64Url(15), text),
    },
    { requiredKeys: [] },
  ),
  anything,
);

export const remindersFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: PushSubscriptionInput!) { subscribeToPush(input: $i) { pushDeviceCount } }",
      variables: { i: pushSubscription },
    },
    {
      document: "mutation($e: String!) { unsubscribeFromPush(endpoint: $e) { pushDeviceCount } }",
      variables: { e: fc.oneof(fc.webUrl(), text, anything) },
    },
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
    // No push service is configured in the fuzz app: no browser may have been stored.
    const [strayBrowsers] = await db.all<{ n: number }>(sql`select count(*) as n from push_subscriptions`);
    expect(strayBrowsers?.n).toBe(0);
  },
};
