// Changing how a person signs in, in a real browser: a new email address needs
// the password (a wrong one is explained beside it), and a coordinator replaces
// their authenticator app only after giving their password again; the old
// recovery codes stop working. And an admin sets how long closed cases are kept.
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer } from "../support/browser";
import { codeFromOutbox, expectNoAccessibilityViolations, signIn, signOut, signUp } from "./steps";

const app = browserAgainstServer();

async function inPage(run: (page: Page) => Promise<void>) {
  const { page, problems, close } = await app.openPage();
  try {
    await run(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}

test("a person changes their email address with their password, then signs in with the new one", async () => {
  await inPage(async (page) => {
    const password = "a walk by the canal at dawn";
    const oldEmail = `jo-${Date.now()}@example.test`;
    const newEmail = `jo.new-${Date.now()}@example.test`;
    await signUp(page, { name: "Jo", email: oldEmail, password });
    await page.goto("/account");
    const emailForm = page.getByRole("region", { name: "Change your email address" });
    await emailForm.getByText(`Your email address is ${oldEmail}.`).waitFor();
    await expectNoAccessibilityViolations(page);

    await emailForm.getByLabel("New email address").fill(newEmail);
    await emailForm.getByLabel("Your password").fill("not my password");
    await emailForm.getByRole("button", { name: "Change email address" }).click();
    await emailForm.getByRole("heading", { name: "There is a problem" }).waitFor();
    const passwordError = emailForm.locator("#emailCurrentPassword-error");
    expect(await passwordError.textContent()).toContain("That password isn't right");

    await emailForm.getByLabel("Your password").fill(password);
    await emailForm.getByRole("button", { name: "Change email address" }).click();
    // The new address counts only once the code sent to it comes back.
    await emailForm.getByText(`To make ${newEmail} your new email address, enter the code we sent to it.`).waitFor();
    await expectNoAccessibilityViolations(page);
    await emailForm.getByLabel("Enter the code we sent you").fill("000000");
    await emailForm.getByRole("button", { name: "Confirm new email address" }).click();
    await emailForm.locator("#code-error").getByText("That code isn't right", { exact: false }).waitFor();
    await emailForm.getByLabel("Enter the code we sent you").fill(await codeFromOutbox(page, newEmail));
    await emailForm.getByRole("button", { name: "Confirm new email address" }).click();
    await emailForm
      .getByRole("status")
      .getByText(`Your email address is now ${newEmail}. Any other devices have been signed out.`)
      .waitFor();
    expect(await emailForm.getByLabel("New email address").inputValue()).toBe("");
    await emailForm.getByText(`Your email address is ${newEmail}.`).waitFor();

    await page.goto("/home");
    await signOut(page);
    await signIn(page, oldEmail, password);
    await page.getByText("Those details don't match an account.", { exact: false }).waitFor();
    await signIn(page, newEmail, password);
    await page.waitForURL("**/home");
  });
});

/** Scans (reads) the set-up key, enters the app's code and returns the recovery codes shown once. */
async function finishSetUp(page: Page, heading: string) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("6-digit code from your app").fill(totpFor(secret, "").generate());
  await page.getByRole("button", { name: "Check code" }).click();
  await page.getByRole("heading", { level: 1, name: "Save your recovery codes" }).waitFor();
  const codes = await page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem").allInnerTexts();
  await page.getByRole("button", { name: "I've saved these" }).click();
  await page.waitForURL("**/home");
  return codes;
}

test("a coordinator replaces their authenticator app only after giving their password again", async () => {
  await inPage(async (page) => {
    const sam = { email: "sam.coordinator@demo.kinship.test", password: "demo-recovery-2026" };
    await signIn(page, sam.email, sam.password);
    await page.waitForURL("**/home");
    await page.goto("/second-factor");
    const firstCodes = await finishSetUp(page, "Set up your authenticator app");

    await page.goto("/second-factor");
    await page.getByRole("heading", { level: 1, name: "You've confirmed it's you" }).waitFor();
    const replace = page.getByRole("region", { name: "Replace your authenticator app" });
    await replace.getByLabel("Your password").fill("not the right password");
    await replace.getByRole("button", { name: "Replace my app" }).click();
    await replace.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await replace.locator("#replaceCurrentPassword-error").textContent()).toContain("That password isn't right");
    await expectNoAccessibilityViolations(page);

    await replace.getByLabel("Your password").fill(sam.password);
    await replace.getByRole("button", { name: "Replace my app" }).click();
    await page.getByText("Your old app and recovery codes no longer work.").waitFor();
    await expectNoAccessibilityViolations(page);
    const newCodes = await finishSetUp(page, "Set up your new authenticator app");
    expect(newCodes).toHaveLength(10);
    expect(newCodes).not.toContain(firstCodes[0]);
    await signOut(page);

    // Next time, the first app's recovery code is refused and the new one's works.
    await signIn(page, sam.email, sam.password);
    await page.waitForURL("**/home");
    await page.goto("/second-factor");
    await page.getByRole("heading", { level: 1, name: "Confirm it's you" }).waitFor();
    await page.getByLabel("Code from your authenticator app").fill(firstCodes[0]!);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("That code didn't work.", { exact: false }).first().waitFor();
    await page.getByLabel("Code from your authenticator app").fill(newCodes[0]!);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL("**/home");
  });
});

test("an admin chooses how long closed cases are kept; a wrong number is explained", async () => {
  await inPage(async (page) => {
    await signIn(page, "alex.admin@demo.kinship.test", "demo-recovery-2026");
    await page.waitForURL("**/home");
    await page.goto("/second-factor");
    await finishSetUp(page, "Set up your authenticator app");
    await page
      .getByRole("link", { name: /^Keeping closed cases/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "How long closed cases are kept" }).waitFor();
    await page.getByText("for 24 months after that (the usual period)", { exact: false }).waitFor();
    await expectNoAccessibilityViolations(page);
    const months = page.getByLabel("Months to keep a closed case");
    await months.fill("200");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator("#closedCaseMonths-error").textContent()).toContain("at most 96 months");
    await months.fill("36");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Saved. Closed cases are now kept for 36 months.").waitFor();
  });
});
