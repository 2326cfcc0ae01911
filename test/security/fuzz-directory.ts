// Mutation fuzz of listings (see fuzz-values.ts): the signed-in person is a recovery
// champion of the home organisation, so listing mutations get past the scope check
// and into the schedule, place and online rules.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createGathering } from "../support/factories";
import { anyInput, anyString, anything, type FuzzFeature, homeOrganisation, realOrRandomId, text } from "./fuzz-values";

// Listings close enough to valid that most calls get past the outer checks and
// exercise the schedule, place and online rules.
const listing = fc.record(
  {
    name: fc.oneof(fc.constant("Fuzz café"), text),
    kind: fc.oneof(fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "TRAINING"), text),
    description: text,
    attendanceMode: fc.oneof(fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"), text),
    schedule: fc.oneof(
      fc.record(
        {
          repeat: fc.oneof(fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"), text),
          startsOn: fc.oneof(fc.constantFrom("2026-12-07", "2026-02-30", "2027-03-28"), text),
          startTime: fc.oneof(fc.constantFrom("19:00", "01:30", "24:00"), text),
          durationMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), anything),
          timezone: fc.oneof(fc.constantFrom("Europe/London", "Mars/Olympus", "America/New_York"), text),
          weekdays: fc.oneof(fc.subarray(["MO", "TU", "WE", "FR", "SU"]), anything),
          everyWeeks: fc.oneof(fc.integer({ min: -1, max: 10 }), anything),
          weeksOfMonth: fc.oneof(fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 3 }), anything),
          endsOn: fc.oneof(fc.constantFrom("2026-01-01", "2027-12-31"), text),
        },
        { requiredKeys: ["repeat", "startsOn", "startTime", "durationMinutes"] },
      ),
      anything,
    ),
    place: fc.oneof(
      fc.record({
        venueName: text,
        address: text,
        town: text,
        postcode: fc.oneof(fc.constantFrom("BL9 0BW", "M1 1AE", "ZZ9 9ZZ"), text),
        latitude: fc.oneof(fc.double({ min: 40, max: 70, noNaN: true }), anything),
        longitude: fc.oneof(fc.double({ min: -10, max: 5, noNaN: true }), anything),
      }),
      anything,
    ),
    online: fc.oneof(
      fc.record({ url: fc.oneof(fc.constantFrom("https://meet.example.org/x", "javascript:alert(1)"), text) }),
      anything,
    ),
    tags: fc.oneof(fc.subarray(["O", "C", "free-food", "nonsense"]), anything),
    accessibility: fc.oneof(fc.subarray(["STEP_FREE", "HEARING_LOOP"]), anything),
  },
  { requiredKeys: [] },
);
// And listings that are valid but vary, so the success path (and what it stores) is fuzzed too.
const validListing = fc.record({
  name: fc.string({ maxLength: 80 }).map((name) => `Fuzz listing ${name}`),
  kind: fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "RECOVERY_WALK"),
  description: fc.string({ maxLength: 200 }),
  attendanceMode: fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"),
  schedule: fc.record({
    repeat: fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"),
    startsOn: fc.constantFrom("2026-12-07", "2027-03-28", "2027-10-31"),
    startTime: fc.constantFrom("00:30", "01:30", "19:00", "23:45"),
    durationMinutes: fc.integer({ min: 5, max: 1440 }),
    weekdays: fc.constantFrom(["MO"], ["SU"]),
    everyWeeks: fc.integer({ min: 1, max: 8 }),
    weeksOfMonth: fc.constantFrom([1], [-1], [2, 4]),
  }),
  // With its position: tests have no postcode lookup, and a listing nobody can place is refused.
  place: fc.constant({
    venueName: "Hall",
    address: "1 Street",
    town: "Bury",
    postcode: "BL9 0BW",
    latitude: 53.593,
    longitude: -2.297,
  }),
  online: fc.constant({ url: "https://meet.example.org/fuzz" }),
  tags: fc.subarray(["O", "C", "free-food"]),
});
const anyListing = fc.oneof(validListing, listing, anything);
const homeGathering = realOrRandomId("home gathering");
// A gathering every day, whose coming dates valid calls cancel and restore (the home one's schedule is fuzzed).
const datesToChange = "gathering with dates to change";
const comingDate = fc.integer({ min: 1, max: 28 }).map((days) => addDays(londonDate(new Date()), days));

export const directoryFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($o: ID!, $i: GatheringInput!) { createGathering(organisationId: $o, input: $i) { id } }",
      variables: { o: homeOrganisation, i: anyListing },
      valid: fc.record({ o: fc.constant("home organisation"), i: validListing }),
    },
    {
      document: "mutation($g: ID!, $i: GatheringInput!) { updateGathering(id: $g, input: $i) { id } }",
      variables: { g: homeGathering, i: anyListing },
      valid: fc.record({ g: fc.constant("home gathering"), i: validListing }),
    },
    {
      document: "mutation($g: ID!, $c: ListingStatusChange!) { changeListingStatus(id: $g, change: $c) { id } }",
      variables: { g: homeGathering, c: anyString },
      valid: fc.constant({ g: "home gathering", c: "CONFIRM" }),
    },
    {
      document: "mutation($g: ID!, $i: OccurrenceChangeInput!) { changeOccurrence(id: $g, input: $i) { id } }",
      variables: { g: fc.oneof(homeGathering, realOrRandomId(datesToChange)), i: anyInput },
      valid: fc.record({
        g: fc.constant(datesToChange),
        i: fc.record({ occurrenceOn: comingDate, change: fc.constantFrom("CANCEL", "RESTORE") }),
      }),
    },
  ],
  async setUp({ t, organisationId }) {
    const daily = await createGathering(t.db, organisationId, { recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU" });
    return { "home gathering": (await createGathering(t.db, organisationId)).id, [datesToChange]: daily.id };
  },
  async checkDatabase(db) {
    // Every stored listing can still be scheduled and shown.
    const [unschedulable] = await db.all<{ n: number }>(
      sql`select count(*) as n from gatherings where duration_minutes < 5 or start_time not glob '[0-2][0-9]:[0-5][0-9]'
        or (attendance_mode != 'online' and (postcode is null or latitude is null))
        or (attendance_mode != 'in_person' and online_url is null and online_phone is null)`,
    );
    expect(unschedulable?.n).toBe(0);
    const [listings] = await db.all<{ n: number }>(
      sql`select count(*) as n from gatherings where name like 'Fuzz listing%'`,
    );
    expect(listings?.n).toBeGreaterThan(0);
  },
};
