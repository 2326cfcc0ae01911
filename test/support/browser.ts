// A real Chromium for the browser tests (Debian's, not a downloaded one), and a
// page that fails the test on any script error or console error.
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startTestServer } from "./server";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // No sandbox: containers and CI runners lack the kernel features it needs.
    // The rest keep Chromium from calling home, so tests run offline and quietly.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A new page in its own context (its own cookies), 360px wide like a cheap phone.
 * Page errors and console errors (including CSP violations) are collected in
 * `problems`; assert it is empty at the end of the test.
 */
export async function openPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: "en-GB" });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * For a browser test file: one Chromium and one real server (fresh database with
 * the demo town) for the whole file, closed afterwards. `openPage()` gives a new
 * phone-sized page on that server; `databaseUrl()` is its database, for factories.
 */
export function browserAgainstServer() {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startTestServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { openPage: () => openPage(browser!, server!.url), databaseUrl: () => server!.databaseUrl };
}

/** Staff set up an authenticator app (as a coordinator would) so their session has proved a second factor. */
export async function setUpAuthenticatorApp(page: Page) {
  await page.goto("/second-factor");
  await page.getByRole("heading", { level: 1, name: "Set up your authenticator app" }).waitFor();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("6-digit code from your app").fill(totpFor(secret, "").generate());
  await page.getByRole("button", { name: "Check code" }).click();
  await page.getByRole("button", { name: "I've saved these" }).click();
  await page.waitForURL("**/home");
}
