// The directory's outgoing feeds through the real app: the Meeting Guide JSON
// feed, the Open Referral UK read API, HTTP caching, and the alternate links.
// (iCalendar has its own file: directory-calendar-feed.test.ts.)

// Not a package export: only the page helper uses it, from inside the api package.
import { alternateLinks } from "@kinship/api/directory/feeds/alternate-links";
import { newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createGathering, createOrganisation } from "../support/factories";

// Friday 23 October 2026, 18:30 BST; the clocks go back early on Sunday the 25th.
const now = new Date("2026-10-23T17:30:00Z");
let t: TestAppHandle;
const ids: Record<string, string> = {};
let bury: { id: string; slug: string };
let leeds: { id: string; slug: string };

const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.request(`http://localhost${path}`, { headers });
// biome-ignore lint/suspicious/noExplicitAny: feed bodies are checked field by field below
const getJson = async (path: string): Promise<any> => {
  const response = await get(path);
  expect(response.status).toBe(200);
  return response.json();
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const org = async (name: string, website: string) => {
    const { id } = await createOrganisation(t.db, { name });
    await t.db
      .update(schema.organisations)
      .set({ website, description: `${name} runs recovery groups.` })
      .where(eq(schema.organisations.id, id));
    return { id, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") };
  };
  bury = await org("Bury Recovery", "https://bury-recovery.example.org");
  leeds = await org("Leeds Peer Support", "https://leeds-peers.example.org");
  const add = async (key: string, organisationId: string, values: Parameters<typeof createGathering>[2]) => {
    ids[key] = (
      await createGathering(t.db, organisationId, { updatedAt: new Date("2026-09-01T09:00:00Z"), ...values })
    ).id;
  };
  await add("cafe", bury.id, {
    name: "Monday Recovery Café",
    tags: ["O", "free-food", "UK"],
    accessibility: ["step_free", "accessible_toilet", "hearing_loop"],
    accessibilityNotes: "Ramp at the side door",
    contactEmail: "hello@bury-recovery.example.org",
    contactPhone: "0161 496 0000",
    updatedAt: new Date("2026-10-01T09:00:00Z"),
  });
  await add("smart", bury.id, {
    name: "Monday and Thursday SMART",
    kind: "smart_recovery",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,TH",
    startTime: "18:00",
  });
  await add("fortnightly", bury.id, {
    name: "Fortnightly walk",
    kind: "recovery_walk",
    recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
    startsOn: "2026-01-10",
    startTime: "10:00",
  });
  await add("monthly", bury.id, {
    name: "Last Friday social",
    kind: "social_event",
    recurrence: "FREQ=MONTHLY;BYDAY=-1FR",
    startsOn: "2026-01-30",
    durationMinutes: 120,
  });
  await add("oneOff", bury.id, {
    name: "Recovery month open day",
    kind: "social_event",
    recurrence: null,
    startsOn: "2026-11-14",
    startTime: "11:00",
    durationMinutes: 240,
  });
  await add("online", bury.id, {
    name: "Online Sunday meeting",
    kind: "narcotics_anonymous",
    attendanceMode: "online",
    venueName: null,
    address: null,
    postcode: null,
    latitude: null,
    longitude: null,
    onlineUrl: "https://meet.example.org/sunday",
    onlinePhone: "+44 20 7946 0000",
    onlineNotes: "Passcode 1234",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    startsOn: "2026-01-04",
    startTime: "20:00",
  });
  await add("cancelled", bury.id, {
    name: "Wednesday hybrid group",
    kind: "peer_support_group",
    attendanceMode: "hybrid",
    onlineUrl: "https://meet.example.org/wednesday",
    recurrence: "FREQ=WEEKLY;BYDAY=WE",
    startsOn: "2026-01-07",
    cancelledAt: new Date("2026-10-10T12:00:00Z"),
    updatedAt: new Date("2026-10-10T12:00:00Z"),
  });
  await add("withdrawn", bury.id, {
    name: "Withdrawn Tuesday café",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
    startsOn: "2026-01-06",
    withdrawnAt: new Date("2026-10-05T08:00:00Z"),
    updatedAt: new Date("2026-10-05T08:00:00Z"),
  });
  await add("ended", bury.id, {
    name: "Summer walk",
    kind: "recovery_walk",
    recurrence: "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260829T235959Z",
    startsOn: "2026-06-06",
  });
  const leedsPlace = { town: "Leeds", postcode: "LS1 1UR", latitude: 53.7997, longitude: -1.5492 };
  await add("lateNight", leeds.id, {
    name: "Late night meeting",
    kind: "alcoholics_anonymous",
    ...leedsPlace,
    recurrence: "FREQ=WEEKLY;BYDAY=FR",
    startsOn: "2026-01-02",
    startTime: "23:30",
    durationMinutes: 60,
  });
  await add("newGroup", leeds.id, {
    name: "New Thursday group",
    ...leedsPlace,
    recurrence: "FREQ=WEEKLY;BYDAY=TH",
    startsOn: "2026-11-05",
  });
  await t.db.insert(schema.gatheringExceptions).values({
    id: newId(),
    gatheringId: ids.cafe as string,
    occurrenceOn: "2026-11-02",
    change: "cancelled",
    note: "Closed for the holiday",
  });
});
afterAll(() => t.close());

describe("Meeting Guide feed", () => {
  // biome-ignore lint/suspicious/noExplicitAny: see getJson
  const bySlug = (meetings: any[], key: string) => meetings.find((meeting) => meeting.slug === ids[key]);

  it("lists every listed weekly gathering, and only those, as the spec asks", async () => {
    const response = await get("/feeds/meeting-guide.json");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(response.headers.get("set-cookie")).toBeNull();
    const meetings = await response.json();
    expect(meetings.map((meeting: { name: string }) => meeting.name).sort()).toEqual(
      [
        "Late night meeting",
        "Monday Recovery Café",
        "Monday and Thursday SMART",
        "New Thursday group",
        "Online Sunday meeting",
        "Wednesday hybrid group",
      ].sort(),
    );
    // Fortnightly, monthly, one-off, withdrawn and finished series are all absent.
    const slugs = meetings.map((meeting: { slug: string }) => meeting.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const key of ["fortnightly", "monthly", "oneOff", "withdrawn", "ended"]) expect(slugs).not.toContain(ids[key]);
  });

  it("gives an in-person weekly meeting its day, times, types, place and links", async () => {
    const cafe = bySlug(await getJson("/feeds/meeting-guide.json"), "cafe");
    expect(cafe).toEqual({
      name: "Monday Recovery Café",
      slug: ids.cafe,
      day: 1,
      time: "19:00",
      end_time: "20:30",
      timezone: "Europe/London",
      // Our own tag and the hearing loop have no Meeting Guide code; "UK" is Ukrainian, kept as given.
      types: ["O", "UK", "X", "XB"],
      notes: "Tea, toast and a friendly welcome. Come as you are.\n\nAccess: Ramp at the side door",
      location: "The Met Arts Centre",
      address: "Market Street",
      city: "Bury",
      postal_code: "BL9 0BW",
      country: "UK",
      approximate: "no",
      latitude: 53.5925,
      longitude: -2.2979,
      attendance_option: "in_person",
      updated: "2026-10-01 09:00:00",
      url: `http://localhost/gatherings/${ids.cafe}`,
      entity: "Bury Recovery",
      entity_url: "https://bury-recovery.example.org",
      contact_1_email: "hello@bury-recovery.example.org",
      contact_1_phone: "0161 496 0000",
    });
  });

  it("uses a day array, wraps end times past midnight, and notes a first meeting still to come", async () => {
    const meetings = await getJson("/feeds/meeting-guide.json");
    expect(bySlug(meetings, "smart")).toMatchObject({ day: [1, 4], time: "18:00", end_time: "19:30" });
    expect(bySlug(meetings, "lateNight")).toMatchObject({ day: 5, time: "23:30", end_time: "00:30" });
    expect(bySlug(meetings, "newGroup").notes).toMatch(/^First meeting: Thursday 5 November 2026\.\n\n/);
    expect(bySlug(meetings, "smart").notes).not.toContain("First meeting");
  });

  it("describes online meetings by their conference details and an approximate place only", async () => {
    const online = bySlug(await getJson("/feeds/meeting-guide.json"), "online");
    expect(online).toMatchObject({
      day: 0,
      attendance_option: "online",
      conference_url: "https://meet.example.org/sunday",
      conference_url_notes: "Passcode 1234",
      conference_phone: "+442079460000",
      city: "Bury",
      approximate: "yes",
    });
    for (const field of ["latitude", "longitude", "address", "location", "postal_code"]) {
      expect(online).not.toHaveProperty(field);
    }
  });

  it("marks a called-off series inactive, temporarily closed, with no link to an empty call", async () => {
    const cancelled = bySlug(await getJson("/feeds/meeting-guide.json"), "cancelled");
    expect(cancelled.attendance_option).toBe("inactive");
    expect(cancelled.types).toContain("TC");
    expect(cancelled).not.toHaveProperty("conference_url");
  });

  it("has a feed per organisation with only that organisation's meetings", async () => {
    const leedsMeetings = await getJson(`/organisations/${leeds.slug}/meeting-guide.json`);
    expect(leedsMeetings.map((meeting: { name: string }) => meeting.name).sort()).toEqual([
      "Late night meeting",
      "New Thursday group",
    ]);
    const buryMeetings = await getJson(`/organisations/${bury.slug}/meeting-guide.json`);
    expect(buryMeetings).toHaveLength(4);
    expect(buryMeetings.every((meeting: { entity: string }) => meeting.entity === "Bury Recovery")).toBe(true);
    const missing = await get("/organisations/no-such-organisation/meeting-guide.json");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "There is no organisation at this address." });
  });
});

describe("HTTP caching", () => {
  it("sends a strong ETag and Last-Modified, and answers 304 when either still holds", async () => {
    const first = await get("/feeds/meeting-guide.json");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    // The latest edit in scope: the withdrawal (5 Oct) and the cancellation (10 Oct) both count.
    const lastModified = first.headers.get("last-modified") as string;
    expect(lastModified).toBe("Sat, 10 Oct 2026 12:00:00 GMT");

    const same = await get("/feeds/meeting-guide.json", { "If-None-Match": etag });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe(etag);
    expect(same.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get("/feeds/meeting-guide.json", { "If-None-Match": `"other", W/${etag}` })).status).toBe(304);
    expect((await get("/feeds/meeting-guide.json", { "If-None-Match": '"other"' })).status).toBe(200);

    expect((await get("/feeds/meeting-guide.json", { "If-Modified-Since": lastModified })).status).toBe(304);
    const secondEarlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get("/feeds/meeting-guide.json", { "If-Modified-Since": secondEarlier })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3).
    const both = { "If-None-Match": '"other"', "If-Modified-Since": lastModified };
    expect((await get("/feeds/meeting-guide.json", both)).status).toBe(200);
  });

  it("revalidates the calendar and services feeds too", async () => {
    for (const path of [
      `/gatherings/${ids.cafe}/calendar.ics`,
      `/organisations/${bury.slug}/calendar.ics`,
      "/services",
    ]) {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag") as string;
      expect((await get(path, { "If-None-Match": etag })).status).toBe(304);
      const lastModified = first.headers.get("last-modified") as string;
      expect((await get(path, { "If-Modified-Since": lastModified })).status).toBe(304);
    }
  });
});

describe("Open Referral UK services", () => {
  it("pages through every listed gathering in name order", async () => {
    const first = await getJson("/services?per_page=3");
    expect(first).toMatchObject({
      total_items: 10,
      total_pages: 4,
      page_number: 1,
      size: 3,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = await getJson("/services?per_page=3&page=4");
    expect(last).toMatchObject({ page_number: 4, size: 1, first_page: false, last_page: true, empty: false });
    const beyond = await getJson("/services?per_page=3&page=5");
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });

    const names: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const { contents } = await getJson(`/services?per_page=3&page=${page}`);
      names.push(...contents.map((service: { name: string }) => service.name));
    }
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(10);
    expect(names).not.toContain("Withdrawn Tuesday café");

    const leedsOnly = await getJson(`/services?organization_id=${leeds.id}`);
    expect(leedsOnly.total_items).toBe(2);
    expect((await getJson("/services?search=walk")).contents.map((s: { name: string }) => s.name)).toEqual([
      "Fortnightly walk",
      "Summer walk",
    ]);
    const changed = await getJson("/services?modified_after=2026-09-30T00:00:00Z");
    expect(changed.contents.map((s: { name: string }) => s.name)).toEqual([
      "Monday Recovery Café",
      "Wednesday hybrid group",
    ]);
    expect((await get("/services?per_page=lots")).status).toBe(400);
    expect((await get("/services?modified_after=yesterday")).status).toBe(400);
  });

  it("gives one service with its organisation, location, schedule and contact", async () => {
    const service = await getJson(`/services/${ids.cafe}`);
    expect(service).toMatchObject({
      id: ids.cafe,
      organization_id: bury.id,
      name: "Monday Recovery Café",
      url: `http://localhost/gatherings/${ids.cafe}`,
      email: "hello@bury-recovery.example.org",
      status: "active",
      last_modified: "2026-10-01T09:00:00.000Z",
      organization: {
        id: bury.id,
        name: "Bury Recovery",
        description: "Bury Recovery runs recovery groups.",
        website: "https://bury-recovery.example.org",
      },
    });
    const [{ location, ...serviceAtLocation }] = service.service_at_locations;
    expect(serviceAtLocation.id).toMatch(uuid);
    expect(location).toMatchObject({ location_type: "physical", name: "The Met Arts Centre", latitude: 53.5925 });
    expect(location.addresses[0]).toMatchObject({
      address_1: "Market Street",
      city: "Bury",
      postal_code: "BL9 0BW",
      country: "GB",
      address_type: "physical",
    });
    expect(location.accessibility.map((item: { description: string }) => item.description)).toEqual([
      "Step-free access",
      "Accessible toilet",
      "Hearing loop",
      "Ramp at the side door",
    ]);
    expect(service.schedules).toEqual([
      {
        id: expect.stringMatching(uuid),
        service_id: ids.cafe,
        valid_from: "2026-01-05",
        dtstart: "2026-01-05",
        freq: "WEEKLY",
        interval: 1,
        byday: "MO",
        description: "Every Monday, 7pm to 8:30pm (UK time)",
        opens_at: "19:00",
        closes_at: "20:30",
        schedule_link: `http://localhost/gatherings/${ids.cafe}`,
        attending_type: "In person",
      },
    ]);
    expect(service.contacts).toEqual([
      {
        id: expect.stringMatching(uuid),
        service_id: ids.cafe,
        name: "Bury Recovery",
        email: "hello@bury-recovery.example.org",
        phones: [{ id: expect.stringMatching(uuid), contact_id: service.contacts[0].id, number: "0161 496 0000" }],
      },
    ]);
    // Derived ids are the same on every fetch.
    expect((await getJson(`/services/${ids.cafe}`)).schedules[0].id).toBe(service.schedules[0].id);
  });

  it("says how other schedules repeat, and which services are over or called off", async () => {
    expect((await getJson(`/services/${ids.monthly}`)).schedules[0]).toMatchObject({
      freq: "MONTHLY",
      byday: "-1FR",
      description: "Last Friday of every month, 7pm to 9pm (UK time)",
    });
    expect((await getJson(`/services/${ids.fortnightly}`)).schedules[0]).toMatchObject({
      freq: "WEEKLY",
      interval: 2,
      byday: "SA",
    });
    const oneOff = await getJson(`/services/${ids.oneOff}`);
    expect(oneOff.status).toBe("active");
    expect(oneOff.schedules[0]).toMatchObject({ valid_from: "2026-11-14", valid_to: "2026-11-14", opens_at: "11:00" });
    expect(oneOff.schedules[0]).not.toHaveProperty("freq");
    const ended = await getJson(`/services/${ids.ended}`);
    expect(ended.status).toBe("defunct");
    expect(ended.schedules[0].valid_to).toBe("2026-08-29");
    expect((await getJson(`/services/${ids.cancelled}`)).status).toBe("inactive");
    const online = await getJson(`/services/${ids.online}`);
    expect(online.service_at_locations.map((item: { location: unknown }) => item.location)).toEqual([
      {
        id: expect.stringMatching(uuid),
        location_type: "virtual",
        name: "Online",
        url: "https://meet.example.org/sunday",
      },
    ]);
  });

  it("answers 404 for withdrawn and unknown services", async () => {
    for (const id of [ids.withdrawn, newId()]) {
      const response = await get(`/services/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "There is no service with this id." });
    }
  });
});

describe("alternate links", () => {
  it("point at feeds that exist", async () => {
    const links = [
      ...alternateLinks("directory", null, "http://localhost"),
      ...alternateLinks("organisation", bury.slug, "http://localhost"),
      ...alternateLinks("gathering", ids.cafe as string, "http://localhost"),
      ...alternateLinks("search", "place=Bury&kind=recovery_cafe", "http://localhost"),
    ];
    expect(links.filter((link) => link.title === "Meetings Feed")).toHaveLength(2);
    for (const link of links) {
      const response = await t.app.request(link.href);
      expect(response.status, link.href).toBe(200);
      expect(response.headers.get("content-type"), link.href).toContain(link.type);
    }
  });
});

describe("when a listing is withdrawn", () => {
  it("leaves every feed, and the feeds' Last-Modified moves on", async () => {
    const before = await get(`/organisations/${bury.slug}/meeting-guide.json`);
    const lastModified = before.headers.get("last-modified") as string;
    await t.db
      .update(schema.gatherings)
      .set({ withdrawnAt: new Date("2026-10-20T10:00:00Z"), updatedAt: new Date("2026-10-20T10:00:00Z") })
      .where(eq(schema.gatherings.id, ids.smart as string));
    const after = await get(`/organisations/${bury.slug}/meeting-guide.json`, { "If-Modified-Since": lastModified });
    expect(after.status).toBe(200);
    expect(after.headers.get("last-modified")).toBe("Tue, 20 Oct 2026 10:00:00 GMT");
    expect((await after.json()).map((meeting: { slug: string }) => meeting.slug)).not.toContain(ids.smart);
    expect((await get(`/services/${ids.smart}`)).status).toBe(404);
    expect((await get(`/gatherings/${ids.smart}/calendar.ics`)).status).toBe(404);
    expect(await (await get(`/organisations/${bury.slug}/calendar.ics`)).text()).not.toContain(ids.smart);
  });
});
