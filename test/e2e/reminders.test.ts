// Reminders in a real browser: a person turns on email reminders and sets quiet
// hours; a reminder due in their quiet hours appears in the development outbox
// when the quiet hours end (the worker's clock is moved forward, not waited
// for), and the stop link in it ends reminders.
import { createDevelopmentSink } from "@kinship/api/reminders/channels/development-sink";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { nextLondonClock, whenWords } from "@kinship/api/reminders/london-clock";
import { reminderTemplates } from "@kinship/api/reminders/templates";
import { openDatabase, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { browserAgainstServer } from "../support/browser";
import { expectNoAccessibilityViolations, signUp } from "./steps";

const app = browserAgainstServer();
const day = 24 * 60 * 60_000;

test("a person sets reminders and quiet hours, gets one at the right time, and stops them", async () => {
  const { page, problems, close } = await app.openPage();
  page.setDefaultTimeout(10_000);
  const { db, close: closeDb } = await openDatabase({ url: app.databaseUrl() });
  try {
    const email = `reminders-${Date.now()}@example.test`;
    await signUp(page, { name: "Robin", email, password: "a long enough password" });
    await page.getByRole("link", { name: "Reminders", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await page.getByText("None: reminders are off.").waitFor();
    await expectNoAccessibilityViolations(page);

    // No mobile number on this account: asking for texts is explained beside the choice.
    await page.getByLabel("By text message").check();
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "Your account has no mobile number, so we can't text you." }).waitFor();
    await page.getByLabel("By text message").uncheck();

    await page.getByLabel(`By email to ${email}`).check();
    await page.getByLabel("From").fill("22:00");
    await page.getByLabel("Until").fill("07:00");
    await page.getByLabel("At most how many reminders a day?").selectOption("2");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Your reminder settings are saved.").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    expect(await page.getByLabel(`By email to ${email}`).isChecked()).toBe(true);
    expect(await page.getByLabel("From").inputValue()).toBe("22:00");
    expect(await page.getByLabel("Until").inputValue()).toBe("07:00");
    await expectNoAccessibilityViolations(page);

    // A catch-up reminder falls due at 22:30 London time, inside the quiet hours. The
    // dates are weeks ahead, so the server's own scheduler (on the real clock) leaves it be.
    const [person] = await db
      .select({ id: schema.people.id })
      .from(schema.people)
      .where(eq(schema.people.email, email));
    const dueAt = nextLondonClock(new Date(Date.now() + 40 * day), "22:30");
    const quietEnds = nextLondonClock(dueAt, "07:00");
    await db.batch([
      enqueueReminder(db, {
        personId: person!.id,
        kind: "support_session",
        dedupeKey: `e2e:${dueAt.toISOString()}`,
        dueAt,
        text: reminderTemplates.supportSession({
          withName: "Sam",
          at: new Date(dueAt.getTime() + day),
          organisation: "Bury Recovery Community",
        }),
      }),
    ]);
    const origin = new URL(page.url()).origin;
    const runWorkerAt = (at: Date) =>
      sendDueReminders({
        db,
        adapters: { sms: createDevelopmentSink(db, () => at), email: createDevelopmentSink(db, () => at) },
        now: () => at,
        origin,
        workerId: `e2e-${at.getTime()}`,
      });
    expect(await runWorkerAt(dueAt)).toMatchObject({ sent: 0, later: 1 });
    expect(await runWorkerAt(new Date(quietEnds.getTime() - 60_000))).toMatchObject({ sent: 0 });

    await page.goto("/dev/outbox");
    await page.getByRole("heading", { level: 1, name: "Development outbox" }).waitFor();
    // The sign-up code is there already; the reminder is not.
    const reminderEntry = page
      .locator(".outbox-entry")
      .filter({ hasText: `Email to ${email}` })
      .filter({ hasText: "catch-up with Sam" });
    expect(await reminderEntry.count()).toBe(0);

    expect(await runWorkerAt(quietEnds)).toMatchObject({ sent: 1 });
    await page.reload();
    const entry = reminderEntry;
    await entry.waitFor();
    // Sent when the quiet hours ended: 7am on the London clock.
    expect(whenWords(quietEnds)).toMatch(/ at 7am$/);
    await entry.getByText(`Sent ${whenWords(quietEnds)}`).waitFor();
    await entry.getByText("Subject: A reminder").waitFor();
    await entry.getByText(/^Reminder: catch-up with Sam on /).waitFor();

    await entry.getByRole("link", { name: /\/stop\// }).click();
    await page.getByRole("heading", { level: 1, name: "Stop reminders?" }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Stop all reminders" }).click();
    await page.getByRole("heading", { level: 1, name: "Reminders are off" }).waitFor();
    await page.getByText("We won't send you any more reminders, by text message or by email.").waitFor();

    await page.goto("/account/reminders");
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    expect(await page.getByLabel(`By email to ${email}`).isChecked()).toBe(false);
    // The privacy page shows the same consent withdrawn.
    await page.goto("/account/privacy");
    const consent = page.locator(".consent-list li").filter({ hasText: "Send me reminders by email" });
    await consent.getByText("You haven't agreed to this.").waitFor();

    // Nothing more is queued for them.
    await db.batch([
      enqueueReminder(db, {
        personId: person!.id,
        kind: "check_in_due",
        dedupeKey: `e2e:after-stop:${dueAt.toISOString()}`,
        dueAt: quietEnds,
        text: reminderTemplates.checkInDue({ organisation: "Bury Recovery Community" }),
      }),
    ]);
    const queued = await db
      .select()
      .from(schema.reminderMessages)
      .where(eq(schema.reminderMessages.personId, person!.id));
    expect(queued.map((message) => message.status)).toEqual(["sent"]);
    expect(problems).toEqual([]);
  } finally {
    closeDb();
    await close();
  }
});
