// The second factor in a real browser: a coordinator sets up an authenticator
// app, sees members, and on the next sign-in confirms it's them with a recovery code.
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer } from "../support/browser";
import { expectNoAccessibilityViolations, signIn, signOut } from "./steps";

const app = browserAgainstServer();

const sam = { email: "sam.coordinator@demo.kinship.test", password: "demo-recovery-2026" };

async function expectMembersPage(page: Page) {
  await page.getByRole("link", { name: "Members of Irwell Recovery Service" }).click();
  await page.getByRole("heading", { level: 1, name: "Members of Irwell Recovery Service" }).waitFor();
  const names = await page.locator(".member-name").allInnerTexts();
  expect(names).toContain("Alex (admin)");
}

test("a coordinator sets up an app, sees members, and later confirms with a recovery code", async () => {
  const { page, problems, close } = await app.openPage();
  try {
    await signIn(page, sam.email, sam.password);
    await page.waitForURL("**/home");

    // Before the second step, the members page explains it instead of showing anyone.
    await page.goto("/organisations/irwell-recovery-service/members");
    await page.getByRole("heading", { level: 1, name: "Confirm it's you first" }).waitFor();
    await page.getByRole("link", { name: "Kinship", exact: true }).click();

    await page.getByRole("heading", { name: "Set up your authenticator app" }).waitFor();
    await page.getByRole("link", { name: "Set up your app" }).click();
    await page.getByRole("heading", { level: 1, name: "Set up your authenticator app" }).waitFor();
    await page.getByRole("img", { name: "QR code to scan with your authenticator app" }).waitFor();
    await expectNoAccessibilityViolations(page);

    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
    await page.getByLabel("6-digit code from your app").fill(totpFor(secret, "").generate());
    await page.getByRole("button", { name: "Check code" }).click();

    await page.getByRole("heading", { level: 1, name: "Save your recovery codes" }).waitFor();
    const codes = await page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem").allInnerTexts();
    expect(codes).toHaveLength(10);
    await page.getByRole("button", { name: "I've saved these" }).click();
    await page.waitForURL("**/home");
    await expectMembersPage(page);
    await signOut(page);

    // A new session must confirm again. The app's code was just used, so use a recovery code.
    await signIn(page, sam.email, sam.password);
    await page.waitForURL("**/home");
    await page.getByRole("link", { name: "Enter a code" }).click();
    await page.getByRole("heading", { level: 1, name: "Confirm it's you" }).waitFor();
    await page.getByLabel("Code from your authenticator app").fill(codes[0]!);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL("**/home");
    await expectMembersPage(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
