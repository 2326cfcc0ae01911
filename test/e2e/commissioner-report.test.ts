// The commissioner report in a real browser: a coordinator (after confirming it's
// them) opens it for the last whole quarter, chooses another period, is told
// plainly when the dates run backwards, and downloads the same report as a PDF.
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { expectNoAccessibilityViolations, signIn } from "./steps";

const app = browserAgainstServer();
const password = "demo-recovery-2026";
// Sam coordinates Irwell Recovery Service in the demo town.
const coordinator = "sam.coordinator@demo.kinship.test";
const reportPath = "/organisations/irwell-recovery-service/reports/commissioner";
const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const spoken = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`));

test("a coordinator opens the commissioner report, changes the period and downloads the PDF", async () => {
  const { page, problems, close } = await app.openPage();
  page.setDefaultTimeout(10_000);
  try {
    await signIn(page, coordinator, password);
    await page.waitForURL("**/home");
    await page
      .getByRole("link", { name: /^Report to commissioners/ })
      .first()
      .waitFor();
    await page.goto(reportPath);
    await page.getByRole("heading", { level: 1, name: "Confirm it's you first" }).waitFor();
    await setUpAuthenticatorApp(page);
    await page.goto(reportPath);
    await page.getByRole("heading", { level: 1, name: "Report to commissioners" }).waitFor();

    // The last whole quarter by default, with every section and its tables.
    const from = await page.getByLabel("From", { exact: true }).inputValue();
    const to = await page.getByLabel("To", { exact: true }).inputValue();
    expect(from).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    await page.getByText(`Irwell Recovery Service, ${spoken(from)} to ${spoken(to)}.`).waitFor();
    for (const heading of ["How to read this report", "People supported", "Peer mentoring matches", "Outcomes"]) {
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    }
    await page.getByRole("table", { name: /^Matches that ended, and why/ }).waitFor();
    await expectNoAccessibilityViolations(page);

    // A whole year instead: the address keeps the period, so the report can be shared or printed again.
    const year = Number(from.slice(0, 4)) - 1;
    await page.getByLabel("From", { exact: true }).fill(`${year}-01-01`);
    await page.getByLabel("To", { exact: true }).fill(`${year}-12-31`);
    await page.getByRole("button", { name: "Show this period" }).click();
    await page.waitForURL(`**${reportPath}?from=${year}-01-01&to=${year}-12-31`);
    await page
      .getByText(`Irwell Recovery Service, ${spoken(`${year}-01-01`)} to ${spoken(`${year}-12-31`)}.`)
      .waitFor();
    const ended = page.getByRole("table", { name: /^Matches that ended, and why/ });
    expect(await ended.getByRole("row").count()).toBeGreaterThan(3);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`kinship-commissioner-report-${year}-01-01-to-${year}-12-31.pdf`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Dates that run backwards are explained beside the field, and nothing else is shown.
    await page.getByLabel("From", { exact: true }).fill(`${year}-12-31`);
    await page.getByLabel("To", { exact: true }).fill(`${year}-01-01`);
    await page.getByRole("button", { name: "Show this period" }).click();
    await page.getByText("The end date must be on or after the start date.").waitFor();
    expect(await page.getByRole("link", { name: "Download PDF" }).count()).toBe(0);
    await expectNoAccessibilityViolations(page);

    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
