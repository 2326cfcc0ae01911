// Privacy in a real browser: a new member gives and withdraws a consent, sees
// that nobody has looked at their record, downloads their data, and deletes
// their account, after which they cannot sign in.
import { expect, test } from "vitest";
import { browserAgainstServer } from "../support/browser";
import { expectNoAccessibilityViolations, signIn, signUp } from "./steps";

const app = browserAgainstServer();

test("a member manages consents, downloads their data and deletes their account", async () => {
  const { page, problems, close } = await app.openPage();
  try {
    const person = { name: "Morgan", email: `morgan-${Date.now()}@example.test`, password: "tea by the window" };
    await signUp(page, person);
    await page.getByRole("link", { name: "Privacy and your data" }).click();
    await page.getByRole("heading", { level: 1, name: "Privacy and your data" }).waitFor();
    await page.getByText("Nobody has looked at your record yet.").waitFor();
    await expectNoAccessibilityViolations(page);

    const title = "Send me reminders by email";
    await page.getByRole("button", { name: `Agree to: ${title}` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `You've agreed to: ${title}.` })
      .waitFor();
    await page.getByRole("button", { name: `Withdraw agreement to: ${title}` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `You've withdrawn: ${title}.` })
      .waitFor();
    await page.getByRole("button", { name: `Agree to: ${title}` }).waitFor();

    // The download is a plain link; fetch it with the page's own cookies.
    const download = page.getByRole("link", { name: "Download your data" });
    expect(await download.getAttribute("href")).toBe("/api/my-data");
    const response = await page.request.get("/api/my-data");
    expect(response.status()).toBe(200);
    expect(JSON.stringify(await response.json())).toContain(person.name);

    // A wrong password deletes nothing and says so beside the field.
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator("#erasePassword-error").count()).toBe(1);

    await page.getByLabel("Your password").fill(person.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL("**/sign-in");
    await page.getByText("Your account has been deleted").waitFor();
    await expect(page.getByRole("button", { name: "Sign out" }).count()).resolves.toBe(0);

    await signIn(page, person.email, person.password);
    await page.getByText("Those details don't match an account.", { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
