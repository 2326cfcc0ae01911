// Organisers listing and changing their gatherings through the API: what gets
// stored, what the finder then shows, and who is refused.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";

// Friday 23 October 2026, the weekend the clocks go back.
const now = new Date("2026-10-23T09:00:00Z");
let t: TestAppHandle;
let champion: TestClient;
let otherChampion: TestClient;
let member: TestClient;
let organisationId: string;

const create = `mutation($org: ID!, $input: GatheringInput!) {
  createGathering(organisationId: $org, input: $input) {
    id name schedule recurrence attendanceMode isStale
    place { postcode latitude longitude } online { url }
    occurrences(limit: 3) { localStart description status }
  }
}`;

const cafe = {
  name: "Saturday Recovery Café",
  kind: "RECOVERY_CAFE",
  description: "Breakfast, a brew and good company.",
  attendanceMode: "IN_PERSON",
  schedule: { repeat: "WEEKLY", startsOn: "2026-10-03", startTime: "10:00", durationMinutes: 120, weekdays: ["SA"] },
  place: { venueName: "St Mary's Hall", address: "Church Street", town: "Bury", postcode: "bl9 0bw" },
  online: { url: "https://meet.example.org/left-over" },
  accessibility: ["STEP_FREE"],
  tags: ["O", "free-food"],
};

beforeAll(async () => {
  t = await testApp({ now: () => now });
  organisationId = (await createOrganisation(t.db, { name: "Organisers Home" })).id;
  const elsewhere = (await createOrganisation(t.db, { name: "Organisers Elsewhere" })).id;
  // A known venue in BL9 0BW lets the offline geocoder place the new one.
  await createGathering(t.db, elsewhere, { postcode: "BL9 0BW", latitude: 53.5925, longitude: -2.2979 });
  const people = await Promise.all([
    createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] }),
    createPerson(t.db, { memberships: [{ organisationId: elsewhere, role: "recovery_champion" }] }),
    createPerson(t.db, { memberships: [{ organisationId, role: "member" }] }),
  ]);
  [champion, otherChampion, member] = [t.client(), t.client(), t.client()];
  await Promise.all([champion, otherChampion, member].map((c, i) => c.signIn(people[i]!.email, defaultPassword)));
});
afterAll(() => t.close());

describe("listing a gathering", () => {
  it("stores a weekly gathering as an RRULE in its time zone, placed by its postcode, and without a stray link", async () => {
    const result = await champion.gql<{
      createGathering: Record<string, unknown> & { id: string; occurrences: { localStart: string }[] };
    }>(create, {
      org: organisationId,
      input: cafe,
    });
    expect(result.errors).toBeUndefined();
    const created = result.data!.createGathering;
    expect(created).toMatchObject({
      recurrence: "FREQ=WEEKLY;BYDAY=SA",
      schedule: "Every Saturday, 10am to midday",
      attendanceMode: "IN_PERSON",
      isStale: false,
      place: { postcode: "BL9 0BW", latitude: 53.5925, longitude: -2.2979 },
      online: null,
    });
    // 10am local on both sides of the clock change (BST on the 24th, GMT on the 31st).
    expect(created.occurrences.map((o: { localStart: string }) => o.localStart)).toEqual([
      "2026-10-24T10:00:00+01:00[Europe/London]",
      "2026-10-31T10:00:00+00:00[Europe/London]",
      "2026-11-07T10:00:00+00:00[Europe/London]",
    ]);
    const [row] = await t.db.select().from(schema.gatherings).where(eq(schema.gatherings.id, created.id));
    expect(row?.onlineUrl).toBeNull();
  });

  it("builds monthly and every-other-week rules from the structured schedule", async () => {
    const monthly = await champion.gql<{ createGathering: { recurrence: string; schedule: string } }>(create, {
      org: organisationId,
      input: {
        ...cafe,
        attendanceMode: "ONLINE",
        place: null,
        schedule: {
          repeat: "MONTHLY_BY_WEEKDAY",
          startsOn: "2026-10-01",
          startTime: "19:00",
          durationMinutes: 90,
          weekdays: ["FR"],
          weeksOfMonth: [-1],
        },
      },
    });
    expect(monthly.data?.createGathering).toMatchObject({
      recurrence: "FREQ=MONTHLY;BYDAY=-1FR",
      schedule: "Last Friday of every month, 7pm to 8:30pm",
    });
    const fortnightly = await champion.gql<{ createGathering: { recurrence: string } }>(create, {
      org: organisationId,
      input: { ...cafe, schedule: { ...cafe.schedule, everyWeeks: 2, weekdays: ["TU", "TH"] } },
    });
    expect(fortnightly.data?.createGathering.recurrence).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH");
  });

  it("explains every problem with the input, field by field, and stores nothing", async () => {
    const before = await t.db.$count(schema.gatherings);
    const result = await champion.gql(create, {
      org: organisationId,
      input: {
        ...cafe,
        attendanceMode: "HYBRID",
        online: null,
        place: { ...cafe.place, postcode: "NOT A POSTCODE" },
        schedule: { ...cafe.schedule, weekdays: [], startTime: "25:00" },
        tags: ["NOT-A-TAG"],
      },
    });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    const fields = result.errors![0]!.extensions!.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(
      ["online", "place.postcode", "schedule.startTime", "schedule.weekdays", "tags.0"].sort(),
    );
    expect(await t.db.$count(schema.gatherings)).toBe(before);
  });

  it("asks for the map position when an unknown postcode cannot be placed", async () => {
    const result = await champion.gql(create, {
      org: organisationId,
      input: { ...cafe, place: { ...cafe.place, postcode: "ZE2 9XX" } },
    });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    expect(Object.keys(result.errors![0]!.extensions!.fields as object)).toEqual(["place.postcode"]);
  });

  it("refuses anyone who does not promote that organisation", async () => {
    for (const client of [member, otherChampion, t.client()]) {
      const result = await client.gql(create, { org: organisationId, input: cafe });
      expect(errorCodes(result)).toEqual([expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/)]);
    }
  });
});

describe("changing a listing", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createGathering(t.db, organisationId, { lastConfirmedAt: new Date("2026-01-01T00:00:00Z") })).id;
  });
  const occurrences = `query($id: ID!) { gathering(id: $id) { isStale isCancelled occurrences(limit: 3) { originalOn status localStart note } } }`;

  it("cancels and moves single dates without touching the series, and restores them", async () => {
    const change = `mutation($id: ID!, $input: OccurrenceChangeInput!) { changeOccurrence(id: $id, input: $input) { id } }`;
    await champion.gql(change, { id, input: { occurrenceOn: "2026-10-26", change: "CANCEL", note: "Hall flooded" } });
    await champion.gql(change, {
      id,
      input: { occurrenceOn: "2026-11-02", change: "MOVE", movedToOn: "2026-11-03", movedToTime: "18:00" },
    });
    const changed = await t.client().gql<{ gathering: { occurrences: object[] } }>(occurrences, { id });
    expect(changed.data?.gathering.occurrences).toEqual([
      {
        originalOn: "2026-10-26",
        status: "CANCELLED",
        localStart: "2026-10-26T19:00:00+00:00[Europe/London]",
        note: "Hall flooded",
      },
      { originalOn: "2026-11-02", status: "MOVED", localStart: "2026-11-03T18:00:00+00:00[Europe/London]", note: null },
      {
        originalOn: "2026-11-09",
        status: "SCHEDULED",
        localStart: "2026-11-09T19:00:00+00:00[Europe/London]",
        note: null,
      },
    ]);

    const wrongDay = await champion.gql(change, { id, input: { occurrenceOn: "2026-10-27", change: "CANCEL" } });
    expect(errorCodes(wrongDay)).toEqual(["VALIDATION"]);
    await champion.gql(change, { id, input: { occurrenceOn: "2026-10-26", change: "RESTORE" } });
    const restored = await t.client().gql<{ gathering: { occurrences: { status: string }[] } }>(occurrences, { id });
    expect(restored.data?.gathering.occurrences[0]?.status).toBe("SCHEDULED");
  });

  it("confirms a stale listing, cancels the series (still findable by id), and withdraws it", async () => {
    const status = `mutation($id: ID!, $change: ListingStatusChange!) { changeListingStatus(id: $id, change: $change) { isStale isCancelled } }`;
    const before = await t.client().gql<{ gathering: { isStale: boolean } }>(occurrences, { id });
    expect(before.data?.gathering.isStale).toBe(true);
    expect((await champion.gql(status, { id, change: "CONFIRM" })).data).toEqual({
      changeListingStatus: { isStale: false, isCancelled: false },
    });
    expect((await champion.gql(status, { id, change: "CANCEL" })).data).toEqual({
      changeListingStatus: { isStale: false, isCancelled: true },
    });
    expect((await t.client().gql<{ gathering: unknown }>(occurrences, { id })).data?.gathering).not.toBeNull();
    await champion.gql(status, { id, change: "WITHDRAW" });
    expect((await t.client().gql(occurrences, { id })).data).toEqual({ gathering: null });
    expect(errorCodes(await otherChampion.gql(status, { id, change: "REINSTATE" }))).toEqual(["FORBIDDEN"]);
  });
});
