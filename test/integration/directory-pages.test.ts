// The directory's public pages through the real app: the finder by postcode,
// outward code and town, its filters and paging, what it says when it cannot
// help, and each listing's page with its JSON-LD, on a fixed clock the weekend
// the clocks go back.
import { readFileSync } from "node:fs";
import { newId, schema } from "@kinship/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createGathering, createOrganisation } from "../support/factories";

// Friday 23 October 2026, 18:30 BST; the clocks go back early on Sunday the 25th.
const now = new Date("2026-10-23T17:30:00Z");
let t: TestAppHandle;
const ids: Record<string, string> = {};

const get = (path: string) => t.app.request(`http://localhost${path}`);
async function page(path: string, status = 200) {
  const response = await get(path);
  const html = await response.text();
  expect(response.status, html.slice(0, 500)).toBe(status);
  return { response, html, text: textOf(html) };
}
/** The page's words as a person reads them: tags removed, entities decoded. */
function textOf(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
const resultNames = (html: string) =>
  [...html.matchAll(/<h3><a href="\/gatherings\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
function jsonLd(html: string) {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown> & { location: unknown; organizer: { name: string } };
}

const bury = { town: "Bury", postcode: "BL9 0BW", latitude: 53.5925, longitude: -2.2979 };
const online = {
  attendanceMode: "online" as const,
  venueName: null,
  address: null,
  town: null,
  postcode: null,
  latitude: null,
  longitude: null,
};

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const org = (await createOrganisation(t.db, { name: "Bury Recovery Hub" })).id;
  const add = async (key: string, values: Parameters<typeof createGathering>[2]) => {
    ids[key] = (await createGathering(t.db, org, { name: key, ...values })).id;
  };
  await add("Monday café", {
    ...bury,
    tags: ["free-food"],
    accessibility: ["step_free"],
    contactEmail: "hello@bury-hub.example.org",
    website: "https://bury-hub.example.org",
  });
  await add("Friday SMART", {
    ...bury,
    kind: "smart_recovery",
    recurrence: "FREQ=WEEKLY;BYDAY=FR",
    startTime: "18:00",
  });
  await add("Saturday walk", {
    kind: "recovery_walk",
    town: "Ramsbottom",
    postcode: "BL0 9AE",
    latitude: 53.6478,
    longitude: -2.3163,
    recurrence: "FREQ=WEEKLY;BYDAY=SA",
    startTime: "10:00",
  });
  await add("Online Sunday meeting", {
    ...online,
    kind: "narcotics_anonymous",
    onlineUrl: "https://meet.example.org/sunday",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    startTime: "20:00",
  });
  await add("Hybrid Tuesday group", {
    ...bury,
    kind: "peer_support_group",
    attendanceMode: "hybrid",
    onlineUrl: "https://meet.example.org/tuesday",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
    accessibility: ["hearing_loop"],
  });
  await add("Wednesday circle", { ...bury, kind: "peer_support_group", recurrence: "FREQ=WEEKLY;BYDAY=WE" });
  await t.db.insert(schema.gatheringExceptions).values([
    {
      id: newId(),
      gatheringId: ids["Wednesday circle"]!,
      occurrenceOn: "2026-10-28",
      change: "moved",
      movedToOn: "2026-10-29",
      movedToTime: "18:00",
      note: "The hall is booked.",
    },
    { id: newId(), gatheringId: ids["Wednesday circle"]!, occurrenceOn: "2026-11-04", change: "cancelled" },
  ]);
  await add("Unconfirmed group", { ...bury, kind: "al_anon", lastConfirmedAt: new Date("2026-02-01T09:00:00Z") });
  await add("Cancelled series", { ...bury, cancelledAt: new Date("2026-10-01T09:00:00Z") });
  await add("Withdrawn group", { ...bury, withdrawnAt: new Date("2026-10-01T09:00:00Z") });
  await add("Tricky text", {
    ...bury,
    kind: "social_event",
    recurrence: "FREQ=WEEKLY;BYDAY=SA",
    startTime: "14:00",
    description: 'Games & chat.\n</script><script>alert("boo")</script>\n\nSecond paragraph',
  });
  // Enough Thursday training sessions to need a second page.
  for (let n = 1; n <= 22; n++) {
    await add(`Thursday training ${String(n).padStart(2, "0")}`, {
      ...bury,
      kind: "training",
      recurrence: "FREQ=WEEKLY;BYDAY=TH",
      startTime: `${String(8 + (n % 12)).padStart(2, "0")}:00`,
    });
  }
});
afterAll(() => t.close());

describe("the finder", () => {
  it("finds by postcode, with local times either side of the clock change and online ones included", async () => {
    const { response, html, text } = await page(
      "/find?place=BL9+0BW&kind=smart_recovery&kind=recovery_cafe&kind=narcotics_anonymous&kind=recovery_walk",
    );
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(resultNames(html)).toEqual(["Friday SMART", "Saturday walk", "Online Sunday meeting", "Monday café"]);
    expect(text).toContain("Next: Friday 23 October 2026, 6pm (BST)"); // started half an hour ago, still on
    expect(text).toContain("Next: Monday 26 October 2026, 7pm (GMT)");
    expect(text).toContain("Every Monday, 7pm to 8:30pm");
    expect(text).toMatch(/Saturday walk .* 3\.9 miles, Ramsbottom/);
    expect(text).toMatch(/Online Sunday meeting .* Online/);
    expect(text).not.toMatch(/Withdrawn group|Cancelled series/);
  });

  it("finds by outward code and by town", async () => {
    for (const place of ["BL9", "Bury", "bury"]) {
      const { html, text } = await page(`/find?place=${place}&kind=recovery_cafe`);
      expect(resultNames(html), place).toEqual(["Monday café"]);
      expect(text).toContain("Monday 26 October 2026, 7pm (GMT)");
    }
  });

  it.each([
    ["kind=smart_recovery", ["Friday SMART"]],
    ["day=MO", ["Monday café", "Unconfirmed group"]],
    ["day=SU&mode=online", ["Online Sunday meeting"]],
    ["mode=hybrid", ["Hybrid Tuesday group"]],
    ["access=hearing_loop", ["Hybrid Tuesday group"]],
    ["access=step_free&tag=free-food", ["Monday café"]],
    ["time=morning&day=SA", ["Saturday walk"]],
    ["now=1", ["Friday SMART"]],
    ["soon=1", []],
  ])("filters narrow the results: %s", async (filters, expected) => {
    const { html } = await page(`/find?place=BL9+0BW&radius=10&${filters}`);
    expect(resultNames(html).sort()).toEqual([...expected].sort());
  });

  it("says kindly when nothing matches, and suggests online meetings", async () => {
    const { html, text } = await page("/find?place=BL9+0BW&soon=1");
    expect(text).toContain("Nothing matches that search at the moment");
    expect(html).toContain('href="/find?mode=online"');
    expect(html).toContain('href="/find?place=BL9+0BW"'); // the same place without the filters
  });

  it("pages with plain links that keep the search", async () => {
    const first = await page("/find?place=Bury&kind=training");
    expect(resultNames(first.html)).toHaveLength(20);
    expect(first.text).toContain("Page 1 of 2");
    expect(first.html).toContain('href="/find?place=Bury&amp;kind=training&amp;page=2"');
    const second = await page("/find?place=Bury&kind=training&page=2");
    expect(resultNames(second.html)).toHaveLength(2);
    expect(resultNames(second.html)).not.toEqual(expect.arrayContaining(resultNames(first.html)));
    // An old link past the end shows the last page rather than nothing.
    expect(resultNames((await page("/find?place=Bury&kind=training&page=9")).html)).toHaveLength(2);
  });

  it("says when it widened the distance, and how far", async () => {
    const { text } = await page("/find?place=Rochdale&radius=3&kind=recovery_cafe");
    expect(text).toMatch(/Nothing within 3 miles, so here are the nearest one, up to \d+ miles away\./);
    expect(text).toContain("Monday café");
    const inPersonOnly = await page("/find?place=Bury&mode=in_person&kind=recovery_cafe");
    expect(inPersonOnly.html).toContain('<h2 id="results-heading">1 result within 5 miles of Bury</h2>');
  });

  it("says when it does not know the place", async () => {
    const { html, text } = await page("/find?place=Atlantis");
    expect(text).toContain("We couldn't find the place “Atlantis”");
    expect(resultNames(html)).toEqual([]);
    expect(html).toContain('href="/find?mode=online"');
  });

  it("searches near a position from 'Use my location'", async () => {
    const { html, text } = await page("/find?lat=53.593&lng=-2.298&kind=recovery_cafe");
    expect(resultNames(html)).toEqual(["Monday café"]);
    expect(text).toContain("within 5 miles of you");
    // The position is kept for the next search, in hidden fields.
    expect(html).toMatch(/<input type="hidden" name="lat" value="53.593"\/>/);
  });

  it.each([
    "radius=abc",
    "day=XX",
    "lat=999&lng=1",
    "page=-1",
    "page=abc",
    "kind=%3Cscript%3E",
    "order=sideways&time=midnight&access=teleport&tag=nope",
    `place=${"x".repeat(500)}`,
  ])("ignores options it cannot use, saying so, rather than failing: %s", async (params) => {
    const { html, text } = await page(`/find?${params}&mode=online`);
    expect(text).toContain("Some of the search options weren't ones we recognise, so we left them out");
    expect(resultNames(html)).toContain("Online Sunday meeting");
    expect(html).not.toContain("<script>");
  });

  it("shows a stale listing as stale", async () => {
    const { text } = await page("/find?place=Bury&kind=al_anon");
    expect(text).toContain("Last confirmed 8 months ago — check before you go");
  });

  it("is a light, cacheable page with no cookies and feeds alongside", async () => {
    const { response, html } = await page("/find?place=Bury&kind=training");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain(
      "img-src 'self' data: https://tile.openstreetmap.org",
    );
    expect(html).toMatch(/^<!doctype html><html lang="en-GB">/);
    expect(html).toContain('<link rel="canonical" href="http://localhost/find?place=Bury&amp;kind=training"/>');
    expect(html).toContain(
      '<link rel="alternate" type="application/json" href="http://localhost/feeds/meeting-guide.json" title="Meetings Feed"/>',
    );
    expect(html).toContain('type="text/calendar" href="http://localhost/calendar.ics?place=Bury&amp;kind=training"');
    const css = ["styles.css", "public/directory.css"].map((file) =>
      readFileSync(new URL(`../../web/src/${file}`, import.meta.url), "utf8"),
    );
    expect(html.length + css.join("").length).toBeLessThan(50_000);
  });
});

describe("a listing's page", () => {
  it("has everything needed to turn up, and schema.org Event JSON-LD", async () => {
    const path = `/gatherings/${ids["Monday café"]}`;
    const { response, html, text } = await page(path);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(text).toContain("Recovery café · In person · run by Bury Recovery Hub");
    expect(text).toContain("Every Monday, 7pm to 8:30pm");
    expect(text).toContain("Monday 26 October 2026, 7pm to 8:30pm (GMT)");
    expect(text).toContain("Step-free access");
    expect(text).toContain("Free food or drinks");
    expect(text).toContain("The organiser last confirmed these details on Thursday 1 October 2026.");
    expect(html).toContain('href="https://www.openstreetmap.org/directions?to=53.5925,-2.2979"');
    expect(html).toContain(`href="${path}/calendar.ics"`);
    expect(html).toContain(`<link rel="alternate" type="text/calendar" href="http://localhost${path}/calendar.ics"`);
    expect(html).toContain(`<link rel="canonical" href="http://localhost${path}"/>`);
    expect(html).toContain(`href="${path}/suggest"`);
    expect(html).toContain(`href="${path}/going?on=2026-10-26"`);
    expect(html).toContain(`data-share-url="http://localhost${path}"`);
    expect(resultNames(html)).toEqual([]);

    expect(jsonLd(html)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Monday café",
      description: "Tea, toast and a friendly welcome. Come as you are.",
      url: `http://localhost${path}`,
      startDate: "2026-10-26T19:00:00+00:00",
      endDate: "2026-10-26T20:30:00+00:00",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: {
        "@type": "Place",
        name: "The Met Arts Centre",
        address: {
          "@type": "PostalAddress",
          streetAddress: "Market Street",
          addressLocality: "Bury",
          postalCode: "BL9 0BW",
        },
        geo: { "@type": "GeoCoordinates", latitude: 53.5925, longitude: -2.2979 },
      },
      organizer: { "@type": "Organization", name: "Bury Recovery Hub", url: "https://bury-hub.example.org" },
      isAccessibleForFree: true,
      eventSchedule: { "@type": "Schedule", repeatFrequency: "P1W", byDay: ["https://schema.org/Monday"] },
    });
  });

  it("gives online and hybrid gatherings their joining details and virtual location", async () => {
    const onlinePage = await page(`/gatherings/${ids["Online Sunday meeting"]}`);
    expect(onlinePage.text).toContain("Joining online");
    expect(onlinePage.html).toContain('href="https://meet.example.org/sunday"');
    expect(onlinePage.text).not.toContain("Directions");
    expect(jsonLd(onlinePage.html)).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      startDate: "2026-10-25T20:00:00+00:00",
      location: { "@type": "VirtualLocation", url: "https://meet.example.org/sunday" },
    });
    const hybrid = jsonLd((await page(`/gatherings/${ids["Hybrid Tuesday group"]}`)).html);
    expect(hybrid.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(hybrid.location).toEqual([
      expect.objectContaining({ "@type": "Place" }),
      { "@type": "VirtualLocation", url: "https://meet.example.org/tuesday" },
    ]);
  });

  it("marks single moved and cancelled dates, and a moved next date as rescheduled", async () => {
    const { html, text } = await page(`/gatherings/${ids["Wednesday circle"]}`);
    expect(text).toContain(
      "Moved: Thursday 29 October 2026, 6pm to 7:30pm (GMT) Moved from Wednesday 28 October 2026. The hall is booked.",
    );
    expect(text).toContain("Cancelled: Wednesday 4 November 2026, 7pm to 8:30pm (GMT)");
    expect(jsonLd(html)).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      startDate: "2026-10-29T18:00:00+00:00",
      previousStartDate: "2026-10-28T19:00:00+00:00",
    });
    const finder = await page("/find?place=Bury&day=TH&kind=peer_support_group");
    expect(finder.text).toContain("Moved from Wednesday 28 October 2026. The hall is booked.");
  });

  it("keeps a cancelled series' page up, marked cancelled", async () => {
    const { html, text } = await page(`/gatherings/${ids["Cancelled series"]}`);
    expect(text).toContain("Cancelled. The organiser has called this off");
    expect(html).toContain("<title>Cancelled: Cancelled series – Kinship</title>");
    expect(jsonLd(html).eventStatus).toBe("https://schema.org/EventCancelled");
    expect(html).not.toContain("/going?on=");
  });

  it("marks a stale listing", async () => {
    const { text } = await page(`/gatherings/${ids["Unconfirmed group"]}`);
    expect(text).toContain("Last confirmed 8 months ago — check before you go");
  });

  it("is not found when withdrawn or unknown", async () => {
    for (const id of [ids["Withdrawn group"], "no-such-listing", "x".repeat(500)]) {
      const { response, text } = await page(`/gatherings/${id}`, 404);
      expect(text).toContain("We can't find that listing");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("renders the organiser's text inert, in the page and in the JSON-LD", async () => {
    const { html, text } = await page(`/gatherings/${ids["Tricky text"]}`);
    expect(html).not.toContain('<script>alert("boo")</script>');
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;alert(&quot;boo&quot;)&lt;/script&gt;");
    expect(html).toContain("\\u003c/script\\u003e");
    expect(text).toContain("Second paragraph");
    expect(jsonLd(html).description).toBe('Games & chat.\n</script><script>alert("boo")</script>\n\nSecond paragraph');
    // Exactly the two scripts the page means to have: the enhancement and the data block.
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});

describe("a configured map tile server", () => {
  it("is named to the map and allowed by the CSP, subdomains and all", async () => {
    const tiles = await testApp({
      now: () => now,
      directory: { mapTileUrl: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", mapAttribution: "© Example Maps" },
    });
    try {
      await createGathering(tiles.db, (await createOrganisation(tiles.db)).id);
      const response = await tiles.app.request("http://localhost/find?place=BL9+0BW");
      const html = await response.text();
      expect(response.headers.get("content-security-policy")).toContain(
        "img-src 'self' data: https://*.tiles.example.org;",
      );
      expect(html).toContain('data-tile-url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"');
      expect(html).toContain('data-attribution="© Example Maps"');
    } finally {
      tiles.close();
    }
  });
});
