// The iCalendar feeds through the real app, read back with a standard parser
// (ical.js): per listing, per organisation and per saved search, across the
// October 2026 clock change.
import { newId, schema } from "@kinship/db";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createGathering, createOrganisation } from "../support/factories";

// Friday 23 October 2026, 18:30 BST; the clocks go back early on Sunday the 25th.
const now = new Date("2026-10-23T17:30:00Z");
let t: TestAppHandle;
const ids: Record<string, string> = {};
let organisationSlug = "";

async function calendarAt(path: string) {
  const response = await t.app.request(`http://localhost${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Every TZID used must be defined in the file itself (RFC 5545 §3.6.5).
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { text, calendar, events: calendar.getAllSubcomponents("vevent"), response };
}
const summaries = (events: ICAL.Component[]) =>
  [...new Set(events.map((event) => event.getFirstPropertyValue("summary") as string))].sort();

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const organisation = await createOrganisation(t.db, { name: "Calendar Home" });
  organisationSlug = "calendar-home";
  const other = await createOrganisation(t.db, { name: "Somewhere Else" });
  const add = async (key: string, values: Parameters<typeof createGathering>[2], organisationId = organisation.id) => {
    ids[key] = (await createGathering(t.db, organisationId, values)).id;
  };
  await add("cafe", { name: "Monday Recovery Café", updatedAt: new Date("2026-10-01T09:00:00Z") });
  await add("fortnightly", {
    name: "Fortnightly walk",
    kind: "recovery_walk",
    recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
    startsOn: "2026-01-10",
  });
  await add("monthly", {
    name: "Last Friday social",
    kind: "social_event",
    recurrence: "FREQ=MONTHLY;BYDAY=-1FR",
    startsOn: "2026-01-30",
  });
  await add("oneOff", {
    name: "Open day",
    kind: "social_event",
    recurrence: null,
    startsOn: "2026-11-14",
    startTime: "11:00",
  });
  await add("cancelled", {
    name: "Called-off group",
    recurrence: "FREQ=WEEKLY;BYDAY=WE",
    startsOn: "2026-01-07",
    cancelledAt: new Date("2026-10-10T12:00:00Z"),
  });
  await add("withdrawn", { name: "Withdrawn café", withdrawnAt: new Date("2026-10-05T08:00:00Z") });
  await add(
    "elsewhere",
    { name: "Leeds café", town: "Leeds", postcode: "LS1 1UR", latitude: 53.7997, longitude: -1.5492 },
    other.id,
  );
  await t.db.insert(schema.gatheringExceptions).values([
    { id: newId(), gatheringId: ids.cafe as string, occurrenceOn: "2026-11-02", change: "cancelled" },
    {
      id: newId(),
      gatheringId: ids.cafe as string,
      occurrenceOn: "2026-11-09",
      change: "moved",
      movedToOn: "2026-11-10",
      movedToTime: "18:00",
      note: "Tuesday this week: the hall is booked",
    },
  ]);
});
afterAll(() => t.close());

describe("a listing's calendar", () => {
  it("has a stable UID, DTSTAMP, zoned DTSTART, RRULE, EXDATE, and its zone defined", async () => {
    const { calendar, events, text } = await calendarAt(`/gatherings/${ids.cafe}/calendar.ics`);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/London",
    ]);
    const [master, moved] = events as [ICAL.Component, ICAL.Component];
    expect(events).toHaveLength(2);
    expect(master.getFirstPropertyValue("uid")).toBe(`${ids.cafe}@kinship`);
    expect(String(master.getFirstPropertyValue("dtstamp"))).toBe("2026-10-01T09:00:00Z");
    const dtstart = master.getFirstProperty("dtstart") as ICAL.Property;
    expect(dtstart.getParameter("tzid")).toBe("Europe/London");
    expect(String(dtstart.getFirstValue())).toBe("2026-01-05T19:00:00");
    expect(String(master.getFirstPropertyValue("dtend"))).toBe("2026-01-05T20:30:00");
    expect(String(master.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=MO");
    const exdate = master.getFirstProperty("exdate") as ICAL.Property;
    expect(exdate.getParameter("tzid")).toBe("Europe/London");
    expect(String(exdate.getFirstValue())).toBe("2026-11-02T19:00:00");
    expect(master.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(master.getFirstPropertyValue("url")).toBe(`http://localhost/gatherings/${ids.cafe}`);
    expect(master.getFirstPropertyValue("location")).toBe("The Met Arts Centre, Market Street, Bury, BL9 0BW");
    expect(master.getFirstPropertyValue("geo")).toEqual([53.5925, -2.2979]);
    expect(master.getFirstPropertyValue("description")).toContain("Every Monday, 7pm to 8:30pm (UK time)");
    // The moved date overrides its instance under the same UID.
    expect(moved.getFirstPropertyValue("uid")).toBe(`${ids.cafe}@kinship`);
    expect(String(moved.getFirstPropertyValue("recurrence-id"))).toBe("2026-11-09T19:00:00");
    expect(String(moved.getFirstPropertyValue("dtstart"))).toBe("2026-11-10T18:00:00");
    expect(moved.getFirstPropertyValue("description")).toContain("Tuesday this week: the hall is booked");
  });

  it("expands to 7pm local time on both sides of the clock change, skipping and moving single dates", async () => {
    const { events } = await calendarAt(`/gatherings/${ids.cafe}/calendar.ics`);
    const [master, moved] = events as [ICAL.Component, ICAL.Component];
    const event = new ICAL.Event(master, { exceptions: [moved] });
    const iterator = event.iterator();
    const found: { local: string; utc: string }[] = [];
    for (let next = iterator.next(); next && next.year === 2026 && next.month <= 11; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate;
      if (start.toJSDate() < new Date("2026-10-19T00:00:00Z")) continue;
      if (start.toJSDate() > new Date("2026-11-17T00:00:00Z")) break;
      found.push({ local: String(start), utc: start.toJSDate().toISOString() });
    }
    expect(found).toEqual([
      { local: "2026-10-19T19:00:00", utc: "2026-10-19T18:00:00.000Z" }, // BST
      { local: "2026-10-26T19:00:00", utc: "2026-10-26T19:00:00.000Z" }, // GMT
      // 2 November is cancelled (EXDATE); 9 November moved to Tuesday 10th at 6pm.
      { local: "2026-11-10T18:00:00", utc: "2026-11-10T18:00:00.000Z" },
      { local: "2026-11-16T19:00:00", utc: "2026-11-16T19:00:00.000Z" },
    ]);
  });

  it("marks a called-off series cancelled, and has no calendar for withdrawn or unknown listings", async () => {
    const { events } = await calendarAt(`/gatherings/${ids.cancelled}/calendar.ics`);
    expect(events[0]?.getFirstPropertyValue("status")).toBe("CANCELLED");
    for (const id of [ids.withdrawn, newId()]) {
      expect((await t.app.request(`http://localhost/gatherings/${id}/calendar.ics`)).status).toBe(404);
    }
  });
});

describe("an organisation's calendar", () => {
  it("has every listed gathering of that organisation, one-offs and monthly ones included", async () => {
    const { events } = await calendarAt(`/organisations/${organisationSlug}/calendar.ics`);
    expect(summaries(events)).toEqual([
      "Called-off group",
      "Fortnightly walk",
      "Last Friday social",
      "Monday Recovery Café",
      "Open day",
    ]);
    const ruleOf = (summary: string) =>
      events.find((event) => event.getFirstPropertyValue("summary") === summary)?.getFirstPropertyValue("rrule");
    expect(String(ruleOf("Fortnightly walk"))).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
    expect(String(ruleOf("Last Friday social"))).toBe("FREQ=MONTHLY;BYDAY=-1FR");
    expect(ruleOf("Open day")).toBeNull();
    expect((await t.app.request("http://localhost/organisations/nobody/calendar.ics")).status).toBe(404);
  });
});

describe("a saved search's calendar", () => {
  it("has the gatherings the finder would show for the same parameters", async () => {
    const { events, response } = await calendarAt("/calendar.ics?place=Bury&radius=5&kind=recovery_cafe");
    expect(summaries(events)).toEqual(["Monday Recovery Café"]);
    expect(response.headers.get("etag")).toMatch(/^"/);
    // Which gatherings match depends on the clock, so only the ETag validates this one.
    expect(response.headers.get("last-modified")).toBeNull();
    // Called-off and withdrawn ones are not found, and an unknown place finds nothing rather than everything.
    const everything = await calendarAt("/calendar.ics?place=Bury&radius=5");
    expect(summaries(everything.events)).not.toContain("Called-off group");
    expect(summaries(everything.events)).not.toContain("Withdrawn café");
    expect((await calendarAt("/calendar.ics?place=Nowhere%20at%20all%20xyz")).events).toEqual([]);
  });
});
