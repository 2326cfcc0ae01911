// The finder's search through the API: place, radius, filters and time, on a
// fixed clock the weekend the clocks go back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createGathering, createOrganisation } from "../support/factories";

// Friday 23 October 2026, 18:30 BST; the clocks go back early on Sunday the 25th.
const now = new Date("2026-10-23T17:30:00Z");
let t: TestAppHandle;

const find = `query($input: GatheringSearchInput!) {
  findGatherings(input: $input) {
    location { label precision } isPlaceUnknown radiusMiles isRadiusWidened total
    hits { distanceMiles gathering { name } next { localStart status } }
  }
}`;
interface Found {
  location: { label: string; precision: string } | null;
  isPlaceUnknown: boolean;
  radiusMiles: number | null;
  isRadiusWidened: boolean;
  total: number;
  hits: { distanceMiles: number | null; gathering: { name: string }; next: { localStart: string; status: string } }[];
}
const search = async (input: Record<string, unknown>) => {
  const result = await t.client().gql<{ findGatherings: Found }>(find, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.findGatherings;
};
const names = (found: Found) => found.hits.map((hit) => hit.gathering.name);

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const org = (await createOrganisation(t.db, { name: "Search Home" })).id;
  const bury = { town: "Bury", postcode: "BL9 0BW", latitude: 53.5925, longitude: -2.2979 };
  await createGathering(t.db, org, {
    name: "Monday café",
    ...bury,
    tags: ["O", "free-food"],
    accessibility: ["step_free"],
  });
  await createGathering(t.db, org, {
    name: "Friday SMART",
    kind: "smart_recovery",
    ...bury,
    recurrence: "FREQ=WEEKLY;BYDAY=FR",
    startTime: "18:00",
    durationMinutes: 90,
  });
  await createGathering(t.db, org, {
    name: "Saturday walk",
    kind: "recovery_walk",
    town: "Ramsbottom",
    postcode: "BL0 9AE",
    latitude: 53.6478,
    longitude: -2.3163,
    recurrence: "FREQ=WEEKLY;BYDAY=SA",
    startTime: "10:00",
  });
  await createGathering(t.db, org, {
    name: "Online Sunday meeting",
    kind: "narcotics_anonymous",
    attendanceMode: "online",
    venueName: null,
    address: null,
    town: null,
    postcode: null,
    latitude: null,
    longitude: null,
    onlineUrl: "https://meet.example.org/sunday",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    startTime: "20:00",
  });
  await createGathering(t.db, org, {
    name: "Leeds evening group",
    kind: "peer_support_group",
    town: "Leeds",
    postcode: "LS1 1UR",
    latitude: 53.7997,
    longitude: -1.5492,
  });
  await createGathering(t.db, org, { name: "Withdrawn group", ...bury, withdrawnAt: new Date("2026-09-01") });
  await createGathering(t.db, org, { name: "Cancelled series", ...bury, cancelledAt: new Date("2026-09-01") });
  await createGathering(t.db, org, { name: "Past fair", ...bury, recurrence: null, startsOn: "2026-09-12" });
});
afterAll(() => t.close());

describe("finding gatherings near a place", () => {
  it("lists close ones and online ones, soonest first, in local time across the clock change", async () => {
    const found = await search({ place: "BL9 0BW", radiusMiles: 10 });
    expect(found).toMatchObject({ location: { label: "BL9 0BW", precision: "POSTCODE" }, isRadiusWidened: false });
    expect(found.hits.map((hit) => [hit.gathering.name, hit.next.localStart])).toEqual([
      ["Friday SMART", "2026-10-23T18:00:00+01:00[Europe/London]"], // started 30 minutes ago, still on
      ["Saturday walk", "2026-10-24T10:00:00+01:00[Europe/London]"],
      ["Online Sunday meeting", "2026-10-25T20:00:00+00:00[Europe/London]"],
      ["Monday café", "2026-10-26T19:00:00+00:00[Europe/London]"],
    ]);
    const online = found.hits.find((hit) => hit.gathering.name === "Online Sunday meeting");
    expect(online?.distanceMiles).toBeNull();
    expect(found.hits.find((hit) => hit.gathering.name === "Saturday walk")?.distanceMiles).toBeCloseTo(3.9, 0);
  });

  it("orders by distance when asked", async () => {
    const found = await search({ place: "Ramsbottom", radiusMiles: 10, order: "NEAREST" });
    expect(names(found).slice(0, 2)).toEqual(["Saturday walk", "Friday SMART"]);
    expect(names(found).at(-1)).toBe("Online Sunday meeting");
  });

  it("widens the radius to take in the nearest when too few are close, and says so", async () => {
    const found = await search({ place: "Leeds" });
    expect(found.isRadiusWidened).toBe(true);
    expect(found.radiusMiles).toBeGreaterThan(30);
    expect(names(found)).toEqual(expect.arrayContaining(["Leeds evening group", "Monday café", "Saturday walk"]));
    const chosen = await search({ place: "Ramsbottom", radiusMiles: 1 });
    expect(chosen).toMatchObject({ radiusMiles: 1, isRadiusWidened: false });
    expect(names(chosen)).toEqual(["Saturday walk", "Online Sunday meeting"]);
  });

  it("says when it does not know the place, and still offers what needs no place", async () => {
    const found = await search({ place: "Atlantis" });
    expect(found).toMatchObject({ isPlaceUnknown: true, location: null });
  });
});

describe("filters", () => {
  it.each([
    [{ kinds: ["SMART_RECOVERY"] }, ["Friday SMART"]],
    [{ days: ["MO"] }, ["Monday café", "Leeds evening group"]],
    [{ timesOfDay: ["MORNING"] }, ["Saturday walk"]],
    [{ attendanceModes: ["ONLINE"] }, ["Online Sunday meeting"]],
    [{ accessibility: ["STEP_FREE"] }, ["Monday café"]],
    [{ tags: ["free-food"] }, ["Monday café"]],
    [{ happeningNow: true }, ["Friday SMART"]],
    [{ startingSoon: true }, []],
  ])("%j", async (filter, expected) => {
    const found = await search({ ...filter });
    expect(names(found).sort()).toEqual([...expected].sort());
  });

  it("never lists withdrawn, cancelled or finished gatherings", async () => {
    const found = await search({ limit: 100 });
    expect(names(found)).not.toEqual(expect.arrayContaining(["Withdrawn group"]));
    expect(names(found).filter((name) => /Withdrawn|Cancelled|Past/.test(name))).toEqual([]);
    expect(found.total).toBe(5);
  });

  it("pages through results", async () => {
    const first = await search({ limit: 2 });
    const second = await search({ limit: 2, offset: 2 });
    expect(first.total).toBe(5);
    expect(names(first)).toHaveLength(2);
    expect(names(second)).not.toEqual(expect.arrayContaining(names(first)));
  });

  it("rejects out-of-range input with a typed error", async () => {
    const result = await t.client().gql(find, { input: { radiusMiles: 500, limit: 0 } });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
  });
});
