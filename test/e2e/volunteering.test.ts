// Volunteering hours in a real browser: a member logs hours, a coordinator
// (after confirming it's them with an authenticator app) approves them in bulk,
// and the member sees their first milestone and saves their certificate.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { expectNoAccessibilityViolations, signIn } from "./steps";

const app = browserAgainstServer();
const password = "demo-recovery-2026";
// Jay is a member of Irwell Recovery Service (and Bury Recovery Community); Sam coordinates Irwell.
const member = "jay@demo.kinship.test";
const coordinator = "sam.coordinator@demo.kinship.test";

async function logHours(page: Page, activity: string, hours: string, description: string) {
  await page.getByLabel("Which organisation did you volunteer for?").selectOption({ label: "Irwell Recovery Service" });
  await page.getByLabel("What did you do?").selectOption({ label: activity });
  await page.getByLabel("Hours", { exact: true }).fill(hours);
  await page.getByLabel("What you did (optional)").fill(description);
  await page.getByRole("button", { name: "Log these hours" }).click();
  await page.getByText(`${hours} hours logged for Irwell Recovery Service. A coordinator will check it.`).waitFor();
}

test("a member logs hours, a coordinator approves them together, and the member saves a certificate", async () => {
  const volunteer = await app.openPage();
  const staff = await app.openPage();
  for (const { page } of [volunteer, staff]) page.setDefaultTimeout(10_000);
  try {
    const { page } = volunteer;
    await signIn(page, member, password);
    await page.waitForURL("**/home");
    await page.goto("/volunteering");
    await page.getByRole("heading", { level: 1, name: "Your volunteering" }).waitFor();
    await page.getByText("Nothing logged yet.").waitFor();

    // Nothing is sent for no time at all; the problem is explained beside the field.
    await page.getByLabel("Hours", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Log these hours" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "Log at least 15 minutes." }).waitFor();
    await expectNoAccessibilityViolations(page);

    await logHours(page, "Recovery café shift", "6", "Teas, toast and washing up");
    await logHours(page, "Leading a walk", "4", "Sunday walk by the river");
    const entries = page.locator(".hours-entry");
    // The walk ran long: correct it while it waits to be checked.
    const walk = entries.filter({ hasText: "Leading a walk" });
    await walk.getByRole("button", { name: /^Change/ }).click();
    await walk.getByLabel("Hours", { exact: true }).fill("5");
    await walk.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Your changes are saved.").waitFor();
    await walk.getByRole("heading", { name: "Leading a walk, 5 hours" }).waitFor();
    expect(await entries.count()).toBe(2);
    expect(await entries.getByText("Waiting to be checked").count()).toBe(2);
    await page.getByText("11 hours", { exact: true }).waitFor();

    // The coordinator is asked to confirm it's them before seeing anyone's hours.
    await signIn(staff.page, coordinator, password);
    await staff.page.waitForURL("**/home");
    await staff.page.goto("/organisations/irwell-recovery-service/volunteering");
    await staff.page.getByRole("heading", { level: 1, name: "Confirm it's you first" }).waitFor();
    await setUpAuthenticatorApp(staff.page);
    await staff.page.goto("/organisations/irwell-recovery-service/volunteering");
    await staff.page
      .getByRole("heading", { level: 1, name: "Volunteering hours for Irwell Recovery Service" })
      .waitFor();
    await staff.page.getByText("Jay: Recovery café shift, 6 hours").waitFor();
    await staff.page.getByText("Jay: Leading a walk, 5 hours").waitFor();
    await expectNoAccessibilityViolations(staff.page);
    // Select all takes every entry waiting (the demo town's too); Jay's two are chosen on their own.
    await staff.page.getByLabel(/^Select all \(\d+\)$/).check();
    const approveAll = staff.page.getByRole("button", { name: /^Approve selected \(\d+\)$/ });
    expect(Number((await approveAll.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(2);
    await staff.page.getByLabel(/^Select all/).uncheck();
    await staff.page.getByRole("button", { name: "Approve selected (0)" }).waitFor();
    await staff.page.getByRole("checkbox", { name: /^Jay: Recovery café shift, 6 hours/ }).check();
    await staff.page.getByRole("checkbox", { name: /^Jay: Leading a walk, 5 hours/ }).check();
    await staff.page.getByRole("button", { name: "Approve selected (2)" }).click();
    await staff.page.getByText("Approved 2 entries. Thank you.").waitFor();
    expect(await staff.page.getByText(/^Jay: /).count()).toBe(0);
    const jay = staff.page.getByRole("table", { name: "By person" }).getByRole("row", { name: /^Jay / });
    expect(await jay.textContent()).toBe("Jay11 hours");

    // The member sees the approval, their first milestone, and saves the certificate.
    await page.reload();
    await page.getByText("You've reached 10 verified hours. Thank you for everything you give.").waitFor();
    expect(await page.getByTestId("verified-total").textContent()).toBe("11 hours");
    expect(await entries.getByText("Approved").count()).toBe(2);
    await page.getByText("39 hours more verified to reach 50 hours.").waitFor();
    await expectNoAccessibilityViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download certificate (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("kinship-volunteering-hours.pdf");
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    for (const { problems } of [volunteer, staff]) expect(problems).toEqual([]);
  } finally {
    await Promise.all([volunteer.close(), staff.close()]);
  }
}, 120_000);
