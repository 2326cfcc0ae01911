// Accounts in a real browser: creating an account (with the code sent to the
// address), signing out and in again, a forgotten password, a coordinator's home
// page, and a wrong password, against the real server.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer } from "../support/browser";
import { codeFromOutbox, expectNoAccessibilityViolations, signUp } from "./steps";

const app = browserAgainstServer();

/** Runs a test in a fresh page and fails it on any script or console error. */
async function inPage(run: (page: Page) => Promise<void>) {
  const { page, problems, close } = await app.openPage();
  try {
    await run(page);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}

async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address or mobile number").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in");
  await page.getByText("You've signed out.").waitFor();
}

const navigationItems = (page: Page) =>
  page.getByTestId("role-navigation").first().getByRole("listitem").allInnerTexts();

test("a new person creates an account, signs out and signs in again", async () => {
  await inPage(async (page) => {
    const email = `robin-${Date.now()}@example.test`;
    const password = "a walk by the canal at dawn";
    await page.goto("/");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("What would you like to be called?").fill("Robin");
    await page.getByLabel("Email address or mobile number").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Continue" }).click();
    // The code step: filled from the message on a phone, typed here from the development outbox.
    const codeBox = page.getByLabel("Enter the code we sent you");
    expect(await codeBox.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await codeBox.getAttribute("inputmode")).toBe("numeric");
    await page.getByText("We've sent a code to your email. It works for 15 minutes.").waitFor();
    await page.getByText(/You can ask for a new code in \d+ seconds/).waitFor();
    await expectNoAccessibilityViolations(page);
    await codeBox.fill(await codeFromOutbox(page, email));
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL("**/home");
    await page.getByRole("heading", { level: 1, name: "Welcome, Robin" }).waitFor();
    expect(await navigationItems(page)).toEqual([
      "Find meetings and events",
      "My journey",
      "Ask for a mentor",
      "My mentoring",
    ]);
    await signOut(page);

    // Signed out, the home page is no longer reachable.
    await page.goto("/home");
    await page.waitForURL("**/sign-in");

    await signIn(page, email, password);
    await page.waitForURL("**/home");
    await page.getByRole("heading", { level: 1, name: "Welcome, Robin" }).waitFor();
    await page.getByRole("heading", { name: "What you'll be able to do once you join" }).waitFor();
    await signOut(page);
  });
});

test("a person who forgot their password gets a code, chooses a new one, and signs in with it", async () => {
  await inPage(async (page) => {
    const email = `forgetful-${Date.now()}@example.test`;
    await signUp(page, { name: "Lee", email, password: "the first password I chose" });
    await signOut(page);
    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await page.getByRole("heading", { level: 1, name: "Forgotten your password?" }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Email address or mobile number").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await page.getByLabel("Enter the code we sent you").fill(await codeFromOutbox(page, email));
    await page.getByLabel("New password").fill("password123");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.locator("#newPassword-error").getByText("most common", { exact: false }).waitFor();
    await page.getByLabel("New password").fill("a fresh start by the river");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.waitForURL("**/sign-in");
    await page.getByText("Your password has been changed and every device signed out.", { exact: false }).waitFor();
    await signIn(page, email, "the first password I chose");
    await page.getByText("Those details don't match an account.", { exact: false }).waitFor();
    await signIn(page, email, "a fresh start by the river");
    await page.waitForURL("**/home");
  });
});

test("the demo coordinator sees the coordinator's home page", async () => {
  await inPage(async (page) => {
    await signIn(page, "sam.coordinator@demo.kinship.test", "demo-recovery-2026");
    await page.waitForURL("**/home");
    await page.getByRole("heading", { level: 1, name: "Welcome, Sam (coordinator)" }).waitFor();
    // What exists is a link; the rest is listed as coming soon.
    const links = page.getByTestId("role-links").first().getByRole("link");
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute("href")))).toEqual([
      "/journey",
      "/mentoring/ask?organisation=irwell-recovery-service",
      "/mentoring",
      "/mentoring",
      "/volunteering",
      "/organisations/irwell-recovery-service/mentoring/mentors",
      "/organisations/irwell-recovery-service/mentoring",
      "/organisations/irwell-recovery-service/volunteering",
      "/organisations/irwell-recovery-service/journey/phases",
      "/organisations/irwell-recovery-service/journey/check-ins",
      "/organisations/irwell-recovery-service/dashboard",
      "/organisations/irwell-recovery-service/reports/commissioner",
      "/organisations/irwell-recovery-service/retention",
    ]);
    await page.getByRole("link", { name: "Vet mentors at Irwell Recovery Service" }).waitFor();
    expect(await navigationItems(page)).toEqual(["Find meetings and events"]);
    await page.getByText("Coordinator", { exact: false }).first().waitFor();
    await signOut(page);
  });
});

test("a wrong password is explained and the person stays on the sign-in page", async () => {
  await inPage(async (page) => {
    await signIn(page, "sam.coordinator@demo.kinship.test", "not the right password");
    const summary = page.getByRole("heading", { name: "There is a problem" });
    await summary.waitFor();
    await expect(page.getByText("Those details don't match an account.", { exact: false }).isVisible()).resolves.toBe(
      true,
    );
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
