// Keeping in touch in a real browser: a mentor plans the next catch-up on the
// sessions page, the mentee sees it on their mentoring page, the mentor records a
// catch-up that didn't happen and sees it in the history, and the mentee's
// reminder appears in the development outbox when the worker runs at its time
// (the worker's clock is moved, not waited for). No accessibility violations.
import { addDays, londonDate, londonMidnight } from "@kinship/api/calendar-dates";
import { createDevelopmentSink } from "@kinship/api/reminders/channels/development-sink";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { nextLondonClock, whenWords } from "@kinship/api/reminders/london-clock";
import { schema } from "@kinship/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openPage } from "../support/browser";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations, signIn } from "./steps";

let browser: Browser;
let server: OwnServer;
const people = { mentee: "", mentor: "" };
let matchId = "";

beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer());
  const { db } = server;
  const organisation = await createOrganisation(db, { name: "Browser Catch-ups" });
  const mentee = await createPerson(db, {
    displayName: "Robin",
    memberships: [{ organisationId: organisation.id, role: "member" }],
  });
  const mentor = await createPerson(db, {
    displayName: "Dave",
    memberships: [{ organisationId: organisation.id, role: "peer_mentor" }],
  });
  await db.insert(schema.consents).values({
    personId: mentee.id,
    purpose: "reminders_by_email",
    isGranted: true,
    wordingVersion: 1,
    recordedAt: new Date(),
  });
  Object.assign(people, { mentee: mentee.email, mentor: mentor.email });
  const profile = await createMentorProfile(db, mentor.id, organisation.id);
  const request = await createMentorRequest(db, mentee.id, organisation.id);
  matchId = (await createMatch(db, request, profile, { createdAt: new Date(Date.now() - 10 * 86_400_000) })).id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("a mentor plans a catch-up, the mentee sees it and is reminded; a missed one shows in the history", async () => {
  const mentor = await openPage(browser, server.url);
  const mentee = await openPage(browser, server.url);
  for (const { page } of [mentor, mentee]) page.setDefaultTimeout(10_000);
  const catchUpOn = addDays(londonDate(new Date()), 3);
  const startsAt = nextLondonClock(new Date(londonMidnight(catchUpOn)), "14:00");
  try {
    const { page } = mentor;
    await signIn(page, people.mentor, defaultPassword);
    await page.waitForURL("**/home");
    await page.goto(`/mentoring/matches/${matchId}/sessions`);
    await page.getByRole("heading", { level: 2, name: "Next catch-up" }).waitFor();
    await page.getByText("Nothing planned yet.").waitFor();
    await expectNoAccessibilityViolations(page);

    // No date: the problem is said next to the field.
    const planForm = page.getByRole("form", { name: "Plan the next catch-up" });
    await planForm.getByRole("button", { name: "Plan catch-up" }).click();
    await planForm.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.locator("#catch-up-date-error").waitFor();

    await planForm.getByLabel("Date", { exact: true }).fill(catchUpOn);
    await planForm.getByLabel("Time (UK time)").fill("14:00");
    await planForm.getByLabel("By phone").check();
    await planForm.getByRole("button", { name: "Plan catch-up" }).click();
    await page.getByText("Catch-up planned. You'll both be reminded.").waitFor();
    await page.getByText(`A catch-up with Robin: ${whenWords(startsAt)}`).waitFor();
    await expectNoAccessibilityViolations(page);

    // It didn't happen (an earlier one): recorded, and in the history.
    await page.getByText("It didn't happen", { exact: true }).click();
    const missedForm = page.getByRole("form", { name: "Record a catch-up that didn't happen" });
    await missedForm.getByLabel("Meeting in person").check();
    await missedForm.getByRole("button", { name: "Record that it didn't happen" }).click();
    await page.getByText("Recorded. Thank you for trying.").waitFor();
    await page.locator(".contact-history").getByText("Didn't happen: met in person").waitFor();
    await expectNoAccessibilityViolations(page);

    // The mentee sees it, read-only, on their mentoring page.
    await signIn(mentee.page, people.mentee, defaultPassword);
    await mentee.page.waitForURL("**/home");
    await mentee.page.goto("/mentoring");
    await mentee.page.getByText(`Your next catch-up: ${whenWords(startsAt)}`).waitFor();
    expect(await mentee.page.getByRole("button", { name: "Plan catch-up" }).count()).toBe(0);
    await expectNoAccessibilityViolations(mentee.page);

    // The evening before at 18:00 London time, the worker sends the mentee's reminder.
    const eveningBefore = nextLondonClock(new Date(londonMidnight(addDays(catchUpOn, -1))), "18:00");
    const { db } = server;
    const runWorkerAt = (at: Date) =>
      sendDueReminders({
        db,
        adapters: { sms: createDevelopmentSink(db, () => at), email: createDevelopmentSink(db, () => at) },
        now: () => at,
        origin: server.url,
        workerId: `e2e-catch-up-${at.getTime()}`,
      });
    expect(await runWorkerAt(new Date(eveningBefore.getTime() - 60_000))).toMatchObject({ sent: 0 });
    expect(await runWorkerAt(eveningBefore)).toMatchObject({ sent: 1 });
    await mentee.page.goto("/dev/outbox");
    const entry = mentee.page.locator(".outbox-entry").filter({ hasText: `Email to ${people.mentee}` });
    await entry.getByText(`Reminder: catch-up with Dave on ${whenWords(startsAt)}.`).waitFor();
    expect(mentor.problems).toEqual([]);
    expect(mentee.problems).toEqual([]);
  } finally {
    await mentor.close();
    await mentee.close();
  }
}, 120_000);
