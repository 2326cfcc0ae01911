// The network map in a real browser, on a 360px phone: a person adds people to
// their map, changes one with the keyboard alone, puts their mentor on it from a
// suggestion, and sees the growth charts and the summary in words change against
// an older snapshot. No accessibility violations, no console errors.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openPage } from "../support/browser";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations, signIn } from "./steps";

let browser: Browser;
let server: OwnServer;
let personEmail = "";
let personId = "";

// Our own server rather than the demo town: the person starts with an empty map and one live match.
beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer());
  const { db } = server;
  const organisation = await createOrganisation(db, { name: "Browser Network Service" });
  const person = await createPerson(db, { memberships: [{ organisationId: organisation.id, role: "member" }] });
  const mentor = await createPerson(db, { memberships: [{ organisationId: organisation.id, role: "peer_mentor" }] });
  await db.update(schema.people).set({ displayName: "Robin" }).where(eq(schema.people.id, person.id));
  await db.update(schema.people).set({ displayName: "Maggie" }).where(eq(schema.people.id, mentor.id));
  const profile = await createMentorProfile(db, mentor.id, organisation.id);
  await createMatch(db, await createMentorRequest(db, person.id, organisation.id), profile);
  personEmail = person.email;
  personId = person.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function addConnection(page: Page, label: string, kind: string, influence: string, closeness: string) {
  const form = page.getByRole("region", { name: "Add someone or a group" });
  await form.getByLabel("Who, or which group?").fill(label);
  await form.getByLabel("What kind of connection?").selectOption({ label: kind });
  await form.getByRole("radio", { name: new RegExp(`^. ${influence}:`) }).check();
  await form.getByRole("radio", { name: new RegExp(`^${closeness} \\(`) }).check();
  await form.getByRole("button", { name: "Add to my map" }).click();
  await page.getByText(`${label} is on your map.`).waitFor();
}

const growthSummary = (page: Page) => page.getByTestId("network-growth-summary");
const numbersOf = async (page: Page, chart: string) => {
  const figure = page.getByRole("figure").filter({ hasText: chart });
  const table = figure.getByRole("table");
  if (!(await table.isVisible())) await figure.getByText("Show the numbers").click();
  return table.getByRole("row").allInnerTexts();
};

test("a person adds connections, changes one with the keyboard, accepts a suggestion and sees their map grow", async () => {
  const { page, problems, close } = await openPage(browser, server.url);
  page.setDefaultTimeout(10_000);
  try {
    await signIn(page, personEmail, defaultPassword);
    await page.waitForURL("**/home");
    await page.goto("/journey/network");
    await page.getByRole("heading", { level: 1, name: "Your network map" }).waitFor();
    await growthSummary(page).getByText("Your map is empty so far.").waitFor();
    await page.getByText("Maggie", { exact: true }).waitFor();
    await page.getByText("Your mentor at Browser Network Service").waitFor();

    // An empty name is explained beside the field.
    await page.getByRole("button", { name: "Add to my map" }).click();
    await page.getByRole("link", { name: "Give them a name or a word you'll recognise." }).waitFor();
    await expectNoAccessibilityViolations(page);

    // Mum goes on first. Then, through the database, her day moves back two months: the "before".
    await addConnection(page, "Mum", "Family", "Supportive", "Very close");
    const before = addDays(londonDate(new Date()), -60);
    await server.db
      .update(schema.networkSnapshots)
      .set({ takenOn: before })
      .where(eq(schema.networkSnapshots.personId, personId));
    await server.db
      .update(schema.networkConnections)
      .set({ addedOn: before })
      .where(eq(schema.networkConnections.personId, personId));
    const since = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${before}T00:00:00Z`),
    );
    await page.reload();
    await growthSummary(page).getByText(`Since ${since} your map has 1 connection, 1 of them supportive.`).waitFor();

    await addConnection(page, "Dean", "Someone I used with", "Using", "Close");
    await growthSummary(page).getByText(`Since ${since} your supportive connections have stayed at 1.`).waitFor();
    await page.getByTestId("network-counts").getByText("2 connections: 1 supportive, 0 neutral, 1 using.").waitFor();

    // Keyboard only: to Dean's node, Enter opens the panel; Space picks the outer ring; Enter saves.
    const dean = page.getByRole("button", { name: /^Dean\W+someone I used with\W+Using\W+close\W+Change$/ });
    await dean.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Change Dean" });
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Change Dean");
    await expectNoAccessibilityViolations(page);
    await panel.getByRole("radio", { name: "Further away (outer ring)" }).focus();
    await page.keyboard.press("Space");
    await panel.getByRole("button", { name: "Save changes" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Saved. Dean is on your map as you described.").waitFor();
    await page.getByRole("button", { name: /^Dean\W+someone I used with\W+Using\W+further away\W+Change$/ }).waitFor();

    // The mentor's suggestion goes on the map as supportive, and the map has grown since then.
    await page.getByRole("button", { name: "Add Maggie to my map" }).click();
    await page.getByText("Maggie is on your map as supportive and close.").waitFor();
    await page.getByRole("button", { name: /^Maggie\W+peer mentor\W+Supportive\W+close\W+Change$/ }).waitFor();
    await page.getByText("No suggestions right now.", { exact: false }).waitFor();
    await growthSummary(page)
      .getByText(`Since ${since} you've added 1 supportive connection. That includes 1 more in the recovery community.`)
      .waitFor();

    const shortDay = (isoDate: string) =>
      new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${isoDate}T00:00:00Z`),
      );
    const today = londonDate(new Date());
    expect(await numbersOf(page, "Connections on the map")).toEqual([
      "When\tConnections",
      `${shortDay(before)}\t1`,
      `${shortDay(today)}\t3`,
    ]);
    expect(await numbersOf(page, "Share that are supportive")).toEqual([
      "When\tSupportive",
      `${shortDay(before)}\t100%`,
      `${shortDay(today)}\t67%`,
    ]);
    expect(await numbersOf(page, "Recovery community connections")).toEqual([
      "When\tRecovery community",
      `${shortDay(before)}\t0`,
      `${shortDay(today)}\t1`,
    ]);
    // Everything fits the phone's width: nothing to scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAccessibilityViolations(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
