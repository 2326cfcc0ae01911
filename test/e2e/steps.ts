// Steps several browser tests take: signing up, in and out, and checking a page
// for accessibility problems with axe (WCAG 2.1 A and AA rules).
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("What would you like to be called?").fill(name);
  await page.getByLabel("Email address or mobile number").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Enter the code we sent you").fill(await codeFromOutbox(page, email));
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/home");
}

/**
 * The code in the newest message to this address, read from the development
 * outbox (/dev/outbox) in another tab, as a developer would, so the page waiting
 * for the code keeps its place. Waits briefly: messages go just after the answer.
 */
export async function codeFromOutbox(page: Page, recipient: string) {
  const outbox = await page.context().newPage();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      await outbox.goto(new URL("/dev/outbox", page.url()).href);
      const entry = outbox
        .locator(".outbox-entry")
        .filter({ hasText: ` to ${recipient}` })
        .first();
      const text = (await entry.count()) > 0 ? ((await entry.textContent()) ?? "") : "";
      const code = /\b(\d{6})\b/.exec(text)?.[1];
      if (code) return code;
      await outbox.waitForTimeout(100);
    }
    throw new Error(`No code for ${recipient} in the development outbox.`);
  } finally {
    await outbox.close();
  }
}

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address or mobile number").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in");
  await page.getByText("You've signed out.").waitFor();
}

/** Fails with a readable list (rule, impact, first element) rather than axe's whole report. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes[0]?.target.join(" ") ?? ""}`,
  );
  expect(violations).toEqual([]);
}
