// The public finder in a real browser: search by postcode, filter, open a
// listing, share it; the same with JavaScript off; the map loads Leaflet only
// when asked for; no accessibility violations and no console errors (so no
// CSP violations either).
import { type Database, newId } from "@kinship/db";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createGathering, createOrganisation } from "../support/factories";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations } from "./steps";

let browser: Browser;
let server: OwnServer;
let fridayId = "";

// Our own listings, inserted through the server's database, far from the demo
// town (Bury) and searched nearest first, so the test does not depend on what
// the demo data holds.
const penzance = {
  venueName: "St John's Hall",
  address: "Alverton Street",
  town: "Penzance",
  postcode: "TR18 2QW",
  latitude: 50.1186,
  longitude: -5.5371,
};
async function addListings(db: Database) {
  const org = (await createOrganisation(db, { name: `E2E Hub ${newId().slice(0, 6)}` })).id;
  const today = new Date();
  await createGathering(db, org, { name: "E2E Monday café", ...penzance, lastConfirmedAt: today });
  fridayId = (
    await createGathering(db, org, {
      ...penzance,
      name: "E2E Friday SMART",
      kind: "smart_recovery",
      recurrence: "FREQ=WEEKLY;BYDAY=FR",
      startTime: "18:00",
      accessibility: ["step_free", "hearing_loop"],
      lastConfirmedAt: today,
    })
  ).id;
}

beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer({ seedDemo: true }));
  await addListings(server.db);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone-sized page collecting script and console errors, like support/browser.ts's openPage. */
async function openPage(options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 740 },
    locale: "en-GB",
    ...options,
  });
  // Map tiles come from the real tile server in production; answer them here so
  // the test runs offline. The CSP is still checked: the browser applies it first.
  await context.route("https://tile.openstreetmap.org/**", (route) =>
    route.fulfill({ status: 200, contentType: "image/png", body: onePixelPng }),
  );
  const page = await context.newPage();
  // Fail on the step that is stuck, well inside the test's own time limit.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => requests.push(request.url()));
  return { page, problems, requests, close: () => context.close() };
}
const onePixelPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const leafletRequests = (requests: string[]) => requests.filter((url) => /leaflet|results-map/i.test(url));

test("someone finds a meeting by postcode, filters, opens it and shares it", async () => {
  const { page, problems, requests, close } = await openPage({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    await page.goto("/find");
    await page.getByRole("heading", { level: 1, name: "Find a meeting or group" }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Postcode or town").fill("TR18 2QW");
    await page.getByLabel("Show").selectOption("Nearest first");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "E2E Monday café" }).waitFor();
    await page.getByRole("link", { name: "E2E Friday SMART" }).waitFor();
    expect(new URL(page.url()).searchParams.get("place")).toBe("TR18 2QW");
    await expectNoAccessibilityViolations(page);

    await page.getByText("More filters").click();
    await page.getByRole("group", { name: "What kind" }).getByLabel("SMART Recovery meeting").check();
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/kind=smart_recovery/);
    await page.getByRole("link", { name: "E2E Friday SMART" }).waitFor();
    expect(await page.getByRole("link", { name: "E2E Monday café" }).count()).toBe(0);

    // The map: Leaflet is fetched on the click, not before.
    expect(leafletRequests(requests)).toEqual([]);
    await page.getByRole("button", { name: "Show map" }).click();
    await page.locator(".leaflet-container .leaflet-tile-loaded").first().waitFor();
    await page.locator(".leaflet-interactive").first().waitFor();
    expect(leafletRequests(requests).length).toBeGreaterThan(0);
    expect(requests.some((url) => url.startsWith("https://tile.openstreetmap.org/"))).toBe(true);
    await page.getByRole("button", { name: "Hide map" }).click();

    await page.getByRole("link", { name: "E2E Friday SMART" }).click();
    await page.getByRole("heading", { level: 1, name: "E2E Friday SMART" }).waitFor();
    await page.getByText("Hearing loop").waitFor();
    await expectNoAccessibilityViolations(page);
    const calendar = page.getByRole("link", { name: "Add to calendar" });
    expect(await calendar.getAttribute("href")).toBe(`/gatherings/${fridayId}/calendar.ics`);
    const suggest = page.getByRole("link", { name: "Suggest a change" });
    expect(await suggest.getAttribute("href")).toBe(`/gatherings/${fridayId}/suggest`);
    const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(event).toMatchObject({ "@type": "Event", name: "E2E Friday SMART" });

    await page.getByRole("link", { name: "Share" }).click();
    await page.getByText("Link copied.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/gatherings/${fridayId}`);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test("'Use my location' searches near the browser's position", async () => {
  const { page, problems, close } = await openPage({
    permissions: ["geolocation"],
    geolocation: { latitude: 50.11861, longitude: -5.53709 },
  });
  try {
    await page.goto("/find?place=Leeds&order=nearest");
    await page.getByRole("button", { name: "Use my location" }).click();
    await page.waitForURL(/lat=50\.119&lng=-5\.537/);
    expect(new URL(page.url()).searchParams.get("place")).toBe(""); // cleared: a typed place would win
    await page.getByRole("heading", { level: 2, name: /within \d+ miles of you/ }).waitFor();
    await page.getByRole("link", { name: "E2E Monday café" }).waitFor();
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test("the finder and listings work with JavaScript turned off", async () => {
  const { page, problems, requests, close } = await openPage({ javaScriptEnabled: false });
  try {
    await page.goto("/find");
    expect(await page.getByRole("button", { name: "Use my location" }).isVisible()).toBe(false);
    await page.getByLabel("Postcode or town").fill("TR18");
    await page.getByLabel("Show").selectOption("Nearest first");
    await page.getByText("More filters").click();
    await page.getByRole("group", { name: "Day" }).getByLabel("Monday").check();
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/place=TR18&.*day=MO/);
    await page.getByRole("link", { name: "E2E Monday café" }).waitFor();
    expect(await page.getByRole("link", { name: "E2E Friday SMART" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Show map" }).isVisible()).toBe(false);

    await page.getByRole("link", { name: "E2E Monday café" }).click();
    await page.getByRole("heading", { level: 1, name: "E2E Monday café" }).waitFor();
    await page.getByRole("link", { name: "Directions (OpenStreetMap)" }).waitFor();
    // Without the script, Share is a plain email link.
    expect(await page.getByRole("link", { name: "Share" }).getAttribute("href")).toMatch(/^mailto:\?subject=/);
    expect(leafletRequests(requests)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
