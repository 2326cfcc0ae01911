// Goals, lapses, treatment phases and the shared journey in a real browser: a
// person sets a goal with small steps, ticks one and is told so, notes a lapse
// and is shown how to re-plan with nothing reset; a coordinator records a
// treatment phase; the matched mentor sees the journey only once it is shared.
// No accessibility violations and no console errors on any page.
import { addDays, addMonths, londonDate } from "@kinship/api/calendar-dates";
import { type Database, newId, schema } from "@kinship/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openPage, setUpAuthenticatorApp } from "../support/browser";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations, signIn } from "./steps";

let browser: Browser;
let server: OwnServer;
const people = { robin: { email: "", id: "" }, dave: { email: "", id: "" }, sam: { email: "", id: "" } };
const today = londonDate(new Date());

async function named(
  db: Database,
  displayName: string,
  organisationId: string,
  role: "member" | "peer_mentor" | "coordinator",
) {
  const person = await createPerson(db, { displayName, memberships: [{ organisationId, role }] });
  return { email: person.email, id: person.id };
}

// Our own server rather than the shared demo town: the factories set up exactly this match.
beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer());
  const { db } = server;
  const organisation = await createOrganisation(db, { name: "Browser Journey Service" });
  people.robin = await named(db, "Robin", organisation.id, "member");
  people.dave = await named(db, "Dave", organisation.id, "peer_mentor");
  people.sam = await named(db, "Sam", organisation.id, "coordinator");
  const profile = await createMentorProfile(db, people.dave.id, organisation.id);
  await createMatch(db, await createMentorRequest(db, people.robin.id, organisation.id), profile);
  // Dave's own maintenance review is overdue, so the phases page has one to put first.
  await db.insert(schema.treatmentPhaseRecords).values({
    id: newId(),
    personId: people.dave.id,
    organisationId: organisation.id,
    phase: "maintenance",
    reviewOn: addDays(today, -10),
    recordedAt: new Date(Date.now() - 180 * 86_400_000),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function asPerson(who: keyof typeof people, run: (page: Page) => Promise<void>) {
  const { page, problems, close } = await openPage(browser, server.url);
  page.setDefaultTimeout(10_000);
  try {
    await signIn(page, people[who].email, defaultPassword);
    await page.waitForURL("**/home");
    await run(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}

test("a person sets a goal, ticks a step, notes a lapse and is shown how to re-plan, with nothing reset", async () => {
  await asPerson("robin", async (page) => {
    await page.getByRole("link", { name: "My journey" }).click();
    await page.getByRole("heading", { level: 1, name: "Your recovery journey" }).waitFor();
    await page.getByText("No, not at the moment").first().waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: "Your goals" }).click();
    await page.getByRole("heading", { level: 1, name: "Your goals" }).waitFor();
    // An empty goal is explained, and nothing is set.
    await page.getByRole("button", { name: "Set this goal" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByLabel("What would you like to work towards?").fill("Get back into swimming");
    await page.getByLabel("Small steps to get there").fill("Find the pool times\nBuy a costume\nGo once, even briefly");
    await page.getByLabel("Health").check();
    await page.getByRole("button", { name: "Set this goal" }).click();
    const status = page.getByRole("status").filter({ hasText: "Goal set" });
    await status.getByText("Goal set: “Get back into swimming”.").waitFor();
    await page.getByText("0 of 3 steps done").waitFor();

    await page.getByLabel("Find the pool times").check();
    await page.getByRole("status").getByText("Your first step is done.", { exact: false }).waitFor();
    await page.getByText("1 of 3 steps done").waitFor();
    expect(await page.getByLabel("Find the pool times").isChecked()).toBe(true);
    await expectNoAccessibilityViolations(page);

    // Something happened: noted privately, answered kindly, and nothing is reset.
    await page.getByRole("heading", { name: "Something happened?" }).waitFor();
    await page.getByLabel("When was it?").fill(addDays(today, -1));
    await page.getByLabel("Anything you want to remember about it (optional)").fill("Bad day at the jobcentre.");
    await page.getByRole("button", { name: "Note it privately" }).click();
    const answer = page.getByRole("status").filter({ hasText: "doesn't undo what you've built" });
    await answer.waitFor();
    await answer.getByRole("link", { name: "Look at your goals and choose a small next step" }).waitFor();
    await answer.getByRole("link", { name: "Talk it over with Dave, your mentor" }).waitFor();
    expect(await answer.getByRole("link", { name: /Find a meeting/ }).getAttribute("href")).toBe("/find");
    await page.getByText("1 of 3 steps done").waitFor();
    expect(await page.getByLabel("Find the pool times").isChecked()).toBe(true);
    await page.getByText("What you've noted before").click();
    await page.getByText("Bad day at the jobcentre.", { exact: false }).waitFor();
    await expectNoAccessibilityViolations(page);

    // Milestones still count what was done.
    await page.goto("/journey/milestones");
    await page.getByText("Your first step done").waitFor();
    await expectNoAccessibilityViolations(page);
  });
});

test("a coordinator records a treatment phase, held to a six-monthly review for maintenance", async () => {
  await asPerson("sam", async (page) => {
    await setUpAuthenticatorApp(page);
    await page.getByRole("link", { name: "Treatment phases at Browser Journey Service" }).click();
    await page.getByRole("heading", { level: 1, name: "Treatment phases at Browser Journey Service" }).waitFor();
    await page.getByText("1 review is overdue. They are listed first.").waitFor();
    const cards = page.locator(".listing-list > li");
    await expect.poll(() => cards.first().getByRole("heading").textContent()).toBe("Dave");
    await cards.first().getByText("Review overdue").waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByText("Record a phase for Robin").click();
    await page.getByLabel("Phase for Robin").selectOption("MAINTENANCE");
    const review = page.locator(`#review-${people.robin.id}`);
    await review.fill(addMonths(today, 7));
    await page.getByRole("button", { name: "Save phase for Robin" }).click();
    await page.getByText("Maintenance is reviewed at least every six months.", { exact: false }).first().waitFor();
    await review.fill(addMonths(today, 3));
    await page.getByRole("button", { name: "Save phase for Robin" }).click();
    await page.getByRole("status").getByText("Saved: Robin is in maintenance.").waitFor();
    await page.getByText("Maintenance. Review by", { exact: false }).first().waitFor();
    await expectNoAccessibilityViolations(page);
  });
});

test("the matched mentor opens the person's journey only once they share it", async () => {
  await asPerson("dave", async (page) => {
    await page.goto("/mentoring");
    await page.getByRole("link", { name: /Their journey \(if they share it\)/ }).click();
    await page.getByRole("heading", { level: 1, name: "This journey isn't shared with you" }).waitFor();
    await expectNoAccessibilityViolations(page);
  });
  await asPerson("robin", async (page) => {
    await page.goto("/account/privacy");
    await page.getByRole("button", { name: /Agree.*Share my journey with my mentor/ }).click();
    await page.getByText("Thank you. You've agreed to: Share my journey with my mentor.").waitFor();
  });
  await asPerson("dave", async (page) => {
    await page.goto(`/journey/people/${people.robin.id}`);
    await page.getByRole("heading", { level: 1, name: "Robin's journey" }).waitFor();
    const goals = page.getByRole("region", { name: "Goals and milestones" });
    await goals.getByText("Get back into swimming").waitFor();
    await goals.getByText("Find the pool times").waitFor();
    await page
      .getByRole("region", { name: "Things that happened" })
      .getByText("Bad day at the jobcentre.", { exact: false })
      .waitFor();
    await page.getByRole("heading", { name: "Check-ins" }).waitFor();
    await page.getByRole("heading", { name: "Network" }).waitFor();
    await expectNoAccessibilityViolations(page);
  });
});
