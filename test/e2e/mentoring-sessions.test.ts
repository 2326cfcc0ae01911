// Support sessions in a real browser: a mentor records a session with a
// follow-up and a safeguarding concern; a coordinator (after confirming it's
// them) acknowledges the concern, checks caseloads and records supervision; the
// mentee reads what was written and confirms the session. No accessibility
// violations and no console errors on any page.
import type { Database } from "@kinship/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openPage, setUpAuthenticatorApp } from "../support/browser";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations, signIn } from "./steps";

let browser: Browser;
let server: OwnServer;
const people = { mentee: "", mentor: "", coordinator: "" };
let matchId = "";
let profileId = "";
const slug = "browser-sessions-service";

async function named(
  db: Database,
  displayName: string,
  organisationId: string,
  role: "member" | "peer_mentor" | "coordinator",
) {
  const person = await createPerson(db, { displayName, memberships: [{ organisationId, role }] });
  return person;
}

// Our own server rather than the shared demo town: the factories set up exactly this match.
beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer());
  const { db } = server;
  const organisation = await createOrganisation(db, { name: "Browser Sessions Service" });
  const mentee = await named(db, "Robin", organisation.id, "member");
  const mentor = await named(db, "Dave", organisation.id, "peer_mentor");
  const coordinator = await named(db, "Sam", organisation.id, "coordinator");
  Object.assign(people, { mentee: mentee.email, mentor: mentor.email, coordinator: coordinator.email });
  const profile = await createMentorProfile(db, mentor.id, organisation.id);
  profileId = profile.id;
  matchId = (await createMatch(db, await createMentorRequest(db, mentee.id, organisation.id), profile)).id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("a mentor records a session with a concern, a coordinator answers it, the mentee confirms it", async () => {
  const mentor = await openPage(browser, server.url);
  const coordinator = await openPage(browser, server.url);
  const mentee = await openPage(browser, server.url);
  for (const { page } of [mentor, coordinator, mentee]) page.setDefaultTimeout(10_000);
  const sessionsPath = `/mentoring/matches/${matchId}/sessions`;
  const concern = "Robin said her ex has been waiting outside her flat at night.";
  try {
    // The mentor records a session: first an empty form is explained, then the real one.
    const { page } = mentor;
    await signIn(page, people.mentor, defaultPassword);
    await page.waitForURL("**/home");
    await page.goto(sessionsPath);
    await page.getByRole("heading", { level: 1, name: "Sessions with Robin" }).waitFor();
    await page.getByText("No sessions recorded yet.").waitFor();
    await page.getByRole("button", { name: "Save session" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "A session is at least 5 minutes." }).waitFor();
    await page.getByLabel("How long you spent together, in minutes").fill("60");
    await page.getByLabel("Travel and preparation, in minutes (optional)").fill("20");
    await page.getByRole("radio", { name: "Phone call" }).check();
    await page.getByRole("checkbox", { name: "Housing", exact: true }).check();
    await page.getByRole("checkbox", { name: "Food bank" }).check();
    await page.getByLabel("Notes (optional)").fill("Talked through the letter from the council.");
    await page.getByRole("button", { name: "Add a follow-up" }).click();
    await page.getByLabel("Follow-up 1: what needs doing").fill("Ring the council together");
    await page.getByRole("heading", { name: "I'm worried about their safety or someone else's" }).waitFor();
    await page.getByLabel("What are you worried about?").fill(concern);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Save session" }).click();
    await page.getByText("The coordinators have been told there is a concern.").waitFor();
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "A safeguarding concern was raised" }) });
    await card.getByText(concern).waitFor();
    await card.getByText("A coordinator has been told and will respond.").waitFor();
    await card.getByText("Phone call, 1 hour, plus 20 minutes travel. Recorded by you.").waitFor();
    await card.getByText("Robin hasn't confirmed this session yet.").waitFor();
    // The follow-up is ticked off once it's done.
    await card.getByRole("checkbox", { name: /^Ring the council together/ }).check();
    await card.getByText(/^ Done on /).waitFor();
    expect(await card.getByRole("checkbox", { name: /^Ring the council together/ }).isDisabled()).toBe(true);

    // A coordinator confirms it's them, then answers the concern.
    await signIn(coordinator.page, people.coordinator, defaultPassword);
    await coordinator.page.waitForURL("**/home");
    await coordinator.page.goto(`/organisations/${slug}/mentoring/concerns`);
    await coordinator.page.getByRole("heading", { level: 1, name: "Confirm it's you first" }).waitFor();
    await setUpAuthenticatorApp(coordinator.page);
    await coordinator.page.goto(`/organisations/${slug}/mentoring/concerns`);
    await coordinator.page.getByRole("heading", { level: 1, name: "Safeguarding concerns" }).waitFor();
    const waiting = coordinator.page.getByRole("listitem").filter({
      has: coordinator.page.getByRole("heading", { name: "Dave about Robin" }),
    });
    await waiting.getByText(concern).waitFor();
    await expectNoAccessibilityViolations(coordinator.page);
    await waiting.getByLabel("Your response").fill("Rang Robin today. Referred to the domestic abuse service.");
    await waiting.getByRole("button", { name: "Acknowledge the concern from Dave about Robin" }).click();
    await waiting.getByText("Acknowledged. Dave will see your response.").waitFor();

    // Caseloads show Dave with nothing waiting; his supervision page takes a session.
    await coordinator.page.getByRole("link", { name: "Caseloads" }).click();
    await coordinator.page.getByRole("heading", { level: 1, name: "Mentors' caseloads" }).waitFor();
    const row = coordinator.page
      .getByRole("row")
      .filter({ has: coordinator.page.getByRole("rowheader", { name: "Dave" }) });
    expect(await row.getByRole("cell").allInnerTexts()).toEqual([
      "1 of 2",
      "None overdue",
      "None",
      expect.stringMatching(/^Due by .+\. Supervision/),
      "1",
    ]);
    await expectNoAccessibilityViolations(coordinator.page);
    await row.getByRole("link", { name: "Supervision of Dave" }).click();
    await coordinator.page.getByRole("heading", { level: 1, name: "Supervision: Dave" }).waitFor();
    expect(coordinator.page.url()).toContain(`/mentoring/mentors/${profileId}/supervision`);
    await coordinator.page.getByLabel("How long, in minutes").fill("45");
    await coordinator.page.getByLabel("Notes (optional)").fill("Talked about the concern. Dave is coping well.");
    await coordinator.page.getByRole("button", { name: "Save supervision" }).click();
    await coordinator.page.getByText("Supervision saved.").waitFor();
    await coordinator.page.getByText("Talked about the concern. Dave is coping well.").waitFor();
    await expectNoAccessibilityViolations(coordinator.page);

    // The mentee reads what was written about them, the response included, and confirms it.
    await signIn(mentee.page, people.mentee, defaultPassword);
    await mentee.page.waitForURL("**/home");
    await mentee.page.goto(sessionsPath);
    await mentee.page.getByRole("heading", { level: 1, name: "Your sessions with Dave" }).waitFor();
    await mentee.page.getByText("Talked through the letter from the council.").waitFor();
    await mentee.page.getByText("Rang Robin today. Referred to the domestic abuse service.").waitFor();
    await expect(mentee.page.getByRole("button", { name: "Save session" }).count()).resolves.toBe(0);
    await expectNoAccessibilityViolations(mentee.page);
    await mentee.page.getByRole("button", { name: /^Yes, this happened/ }).click();
    await mentee.page.getByText(/^You confirmed this session on /).waitFor();

    // The mentor sees the response and the confirmation.
    await page.reload();
    await page.getByText("Rang Robin today. Referred to the domestic abuse service.").waitFor();
    await page.getByText(/^Robin confirmed this session on /).waitFor();

    for (const { problems } of [mentor, coordinator, mentee]) expect(problems).toEqual([]);
  } finally {
    await Promise.all([mentor.close(), coordinator.close(), mentee.close()]);
  }
}, 120_000);
