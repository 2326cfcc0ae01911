// The service dashboard in a real browser: a coordinator (after confirming it's
// them) opens it from their home page, sees the charts and the tables under
// them, changes the dates, and downloads the figures as a CSV file.
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { expectNoAccessibilityViolations, signIn } from "./steps";

const app = browserAgainstServer();
const coordinator = "sam.coordinator@demo.kinship.test";

test("a coordinator opens the dashboard, changes the dates, and downloads the CSV", async () => {
  const { page, problems, close } = await app.openPage();
  page.setDefaultTimeout(15_000);
  try {
    await signIn(page, coordinator, "demo-recovery-2026");
    await page.waitForURL("**/home");
    await setUpAuthenticatorApp(page);
    await page.getByRole("link", { name: "Service dashboard at Irwell Recovery Service" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard for Irwell Recovery Service" }).waitFor();

    // Twelve months to start with: a chart and a table for each group of figures.
    const period = page.getByTestId("dashboard-period");
    await period.getByText(/^Showing /).waitFor();
    const matches = page.getByTestId("dashboard-matches");
    await matches.getByRole("img", { name: "Matches and support sessions" }).waitFor();
    expect(await matches.locator("table.change-table tbody tr").count()).toBe(12);
    await page.getByTestId("dashboard-hours").getByRole("img", { name: "Hours of support and volunteering" }).waitFor();
    await page.getByRole("heading", { name: "Change in people's journeys" }).waitFor();
    await page.getByRole("heading", { name: "People who have gone quiet" }).waitFor();
    await expectNoAccessibilityViolations(page);

    // The last three months instead.
    await page.getByRole("button", { name: "Last 3 months" }).click();
    await expect.poll(() => matches.locator("table.change-table tbody tr").count()).toBe(3);
    const from = await page.getByLabel("From", { exact: true }).inputValue();
    await period.getByText(new RegExp(`^Showing .*\\(${from} to `)).waitFor();

    // Dates the wrong way round are explained, and nothing is asked of the server.
    await page.getByLabel("To", { exact: true }).fill("2020-01-01");
    await page.getByRole("button", { name: "Show these dates" }).click();
    await page.getByRole("link", { name: "The end date must be on or after the start date." }).waitFor();

    const download = page.getByRole("link", { name: "Download CSV" });
    expect(await download.getAttribute("href")).toContain(`from=${from}`);
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^kinship-dashboard-irwell-recovery-service-\d{4}-\d{2}-\d{2}-to-/);
    const text = await readFile(await file.path(), "utf8");
    expect(text.split("\r\n")[0]).toBe(
      "Month,Active matches,New matches,Support sessions held,Hours of support,Verified volunteering hours,Pending volunteering hours,Check-ins at gatherings",
    );
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
