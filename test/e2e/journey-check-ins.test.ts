// Recovery check-ins in a real browser on a 360px phone: a new person checks in
// (for a day six weeks ago), checks in again today, and sees the trend and each
// part of life with its change; an admin loads a licensed instrument from pasted
// JSON, is shown where the definition is wrong, and offers it. No sideways
// scrolling, no accessibility violations, no console errors.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { builtInDefinition } from "@kinship/db/journey-defaults";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { expectNoAccessibilityViolations, signIn, signUp } from "./steps";

const app = browserAgainstServer();
const today = londonDate(new Date());
const sixWeeksAgo = addDays(today, -42);
const longDate = (on: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${on}T12:00:00Z`),
  );

async function expectNoSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

/** Answers every statement: `answers` by item code, "Slightly agree" for the rest. */
async function answerAll(page: Page, answers: Record<string, string>) {
  for (const item of builtInDefinition.items) {
    const group = page.getByRole("group", { name: item.text });
    await group.getByLabel(answers[item.code] ?? "Slightly agree", { exact: true }).check();
  }
}

test("a person checks in twice and sees the trend and each part of life", async () => {
  const { page, problems, close } = await app.openPage();
  page.setDefaultTimeout(10_000);
  try {
    await signUp(page, { name: "Robin", email: "robin.check-ins@example.test", password: "a long enough password" });
    await page.goto("/journey/check-ins");
    await page.getByRole("heading", { level: 1, name: "Your check-ins" }).waitFor();
    await page.getByText("You haven't checked in yet.").waitFor();
    await page.getByRole("link", { name: "Check in", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "How are things going?" }).waitFor();
    await page.getByText("Now is a good time for your first check-in.").waitFor();
    await expectNoSidewaysScrolling(page);
    await expectNoAccessibilityViolations(page);

    // Leaving statements out is explained, each one linked to its answers.
    await page
      .getByRole("group", { name: "I feel hopeful about my future." })
      .getByLabel("Agree", { exact: true })
      .check();
    await page.getByRole("button", { name: "Save my check-in" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "Choose an answer for “I have a safe, settled place to live.”" }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("radio");
    await expectNoAccessibilityViolations(page);

    // The first check-in, caught up for a day six weeks ago.
    await answerAll(page, { home: "Strongly agree", people: "Disagree", trouble: "Strongly disagree" });
    await page.getByLabel("Anything you want to remember about how things are (optional)").fill("Got the keys today.");
    await page.getByLabel("The day this check-in is for").fill(sixWeeksAgo);
    await page.getByRole("button", { name: "Save my check-in" }).click();
    await page.getByRole("heading", { name: "Thank you for checking in" }).waitFor();
    await page.getByText("Having a safe place to live is a strength right now.").waitFor();
    await page.getByText("Keeping away from trouble is hard right now.").waitFor();
    await page.getByText(/^Overall: Building \(54%\)/).waitFor();
    await expectNoAccessibilityViolations(page);

    // Six weeks on: things have moved.
    await page.goto("/journey/check-in");
    await page.getByText("It's a good time to check in again.").waitFor();
    await answerAll(page, { home: "Strongly agree", people: "Agree", trouble: "Agree", hope: "Agree" });
    await page.getByRole("button", { name: "Save my check-in" }).click();
    await page.getByRole("heading", { name: "Thank you for checking in" }).waitFor();
    await page.getByText("Having people who back recovery: up 60 since last time").waitFor();
    await page.getByText("Keeping away from trouble: up 80 since last time").waitFor();
    await page.getByText(`Your next check-in is suggested for ${longDate(addDays(today, 42))}.`).waitFor();

    await page.getByRole("link", { name: "See how things have changed" }).click();
    await page.getByRole("heading", { level: 1, name: "Your check-ins" }).waitFor();
    const trend = page.getByRole("figure").filter({ hasText: "Your overall score, check-in by check-in" });
    await trend.getByRole("img", { name: "Your overall score, check-in by check-in" }).waitFor();
    await trend.getByText("Show the numbers").click();
    await trend.getByRole("cell", { name: "54%" }).waitFor();
    await trend.getByRole("cell", { name: "70%" }).waitFor();
    const parts = page.getByRole("table", { name: /^Each part of life on/ });
    await parts.getByRole("row", { name: /Having people who back recovery.*80%.*up 60 since last time/ }).waitFor();
    await parts.getByRole("row", { name: /Having a safe place to live.*100%.*the same as last time/ }).waitFor();
    await page.getByText(`${longDate(sixWeeksAgo)}: Building, 54%`).waitFor();
    await page.getByText("“Got the keys today.”").waitFor();
    await expectNoSidewaysScrolling(page);
    await expectNoAccessibilityViolations(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);

test("an admin loads a licensed instrument from JSON and offers it; the wrong parts are pointed out", async () => {
  const { page, problems, close } = await app.openPage();
  page.setDefaultTimeout(10_000);
  try {
    await signIn(page, "alex.admin@demo.kinship.test", "demo-recovery-2026");
    await page.waitForURL("**/home");
    await setUpAuthenticatorApp(page);
    await page.goto("/organisations/irwell-recovery-service/journey/check-ins");
    await page.getByRole("heading", { level: 1, name: "Recovery check-ins" }).waitFor();
    await page.getByText("This is the built-in check-in: nothing has been chosen yet.").waitFor();
    await expectNoAccessibilityViolations(page);

    const definition = {
      items: [
        { code: "q1", domain: "housing_safety", text: "I feel safe where I live." },
        { code: "q2", domain: "happiness", text: "I feel cut off from other people.", isReversed: true },
        { code: "q3", domain: "meaningful_activities", text: "I do things I find worthwhile." },
      ],
      scale: { min: 0, max: 4, labels: ["Never", "Rarely", "Sometimes", "Often", "Always"] },
      strengthAtLeastPercent: 75,
      gapAtMostPercent: 25,
      bands: [
        { fromPercent: 0, label: "Low capital", meaning: "Few resources yet." },
        { fromPercent: 50, label: "High capital", meaning: "Many resources." },
      ],
      suggestedEveryWeeks: 12,
    };
    await page.getByLabel("Name", { exact: true }).fill("Wellbeing Capital Scale");
    await page.getByLabel("Code", { exact: true }).fill("wellbeing-capital");
    await page
      .getByLabel("Whose it is and under what licence you use it")
      .fill("© Example Research Group, licence 114.");
    await page.getByLabel("Definition (JSON)").fill(JSON.stringify(definition, null, 2));
    await page.getByRole("button", { name: "Load instrument" }).click();
    await page.getByText(/^In the definition at items\.1\.domain: Use one of the domains/).waitFor();
    await expectNoAccessibilityViolations(page);

    definition.items[1]!.domain = "social_support";
    await page.getByLabel("Definition (JSON)").fill(JSON.stringify(definition, null, 2));
    await page.getByRole("button", { name: "Load instrument" }).click();
    await page
      .getByText("“Wellbeing Capital Scale” version 1 is loaded. You can now offer it to your members.")
      .waitFor();
    await page
      .getByLabel("The check-in your members are offered")
      .selectOption({ label: "Wellbeing Capital Scale (version 1)" });
    await page.getByLabel("Suggest a check-in every … weeks").fill("8");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. Your members are offered this check-in from now on.").waitFor();
    await page
      .getByText(
        /Your members are offered Wellbeing Capital Scale \(version 1\), with a check-in suggested every 8 weeks\./,
      )
      .waitFor();
    await expectNoSidewaysScrolling(page);
    await expectNoAccessibilityViolations(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
