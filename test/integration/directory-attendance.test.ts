// "I'm going" and checking in: what a person records, what the organiser's QR
// code allows, and who may see who came (coordinators only, every read audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";

// Monday 30 November 2026, 18:00 GMT: the weekly 19:00 café starts in an hour.
let clock = new Date("2026-11-30T18:00:00Z");
let t: TestAppHandle;
let member: TestClient;
let champion: TestClient;
let coordinator: TestClient;
let outsider: TestClient;
let gatheringId: string;

const going = `mutation($id: ID!, $on: String!, $isGoing: Boolean!) { setGoing(gatheringId: $id, occurrenceOn: $on, isGoing: $isGoing) }`;
const mine = `{ myAttendance { occurrenceOn status checkedInAt gathering { name } } }`;
const attendees = `query($id: ID!, $on: String!) { gatheringAttendees(gatheringId: $id, occurrenceOn: $on) { displayName status } }`;

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  const organisationId = (await createOrganisation(t.db, { name: "Attendance Home" })).id;
  const elsewhere = (await createOrganisation(t.db, { name: "Attendance Elsewhere" })).id;
  gatheringId = (await createGathering(t.db, organisationId, { name: "Monday café" })).id;
  await t.db.insert((await import("@kinship/db")).schema.gatheringExceptions).values({
    id: "cancelled-xmas",
    gatheringId,
    occurrenceOn: "2026-12-21",
    change: "cancelled",
  });
  const people = await Promise.all([
    createPerson(t.db, { memberships: [{ organisationId, role: "member" }] }),
    createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] }),
    createPerson(t.db, { memberships: [{ organisationId, role: "coordinator" }] }),
    createPerson(t.db, { memberships: [{ organisationId: elsewhere, role: "coordinator" }] }),
  ]);
  [member, champion, coordinator, outsider] = [t.client(), t.client(), t.client(), t.client()];
  await Promise.all(
    [member, champion, coordinator, outsider].map((client, i) => client.signIn(people[i]!.email, defaultPassword)),
  );
  await coordinator.enrolTotp(clock);
  await outsider.enrolTotp(clock);
});
afterAll(() => t.close());

describe("saying I'm going", () => {
  it("records it for the person alone, and takes it back", async () => {
    expect((await member.gql(going, { id: gatheringId, on: "2026-12-07", isGoing: true })).data).toEqual({
      setGoing: true,
    });
    expect((await member.gql(mine)).data).toEqual({
      myAttendance: [
        { occurrenceOn: "2026-12-07", status: "GOING", checkedInAt: null, gathering: { name: "Monday café" } },
      ],
    });
    await member.gql(going, { id: gatheringId, on: "2026-12-07", isGoing: false });
    expect((await member.gql(mine)).data).toEqual({ myAttendance: [] });
  });

  it("refuses dates it does not happen on, cancelled dates and past dates, and strangers", async () => {
    expect(errorCodes(await member.gql(going, { id: gatheringId, on: "2026-12-08", isGoing: true }))).toEqual([
      "VALIDATION",
    ]);
    expect(errorCodes(await member.gql(going, { id: gatheringId, on: "2026-12-21", isGoing: true }))).toEqual([
      "CONFLICT",
    ]);
    expect(errorCodes(await member.gql(going, { id: gatheringId, on: "2026-11-23", isGoing: true }))).toEqual([
      "CONFLICT",
    ]);
    expect(errorCodes(await t.client().gql(going, { id: gatheringId, on: "2026-12-07", isGoing: true }))).toEqual([
      "UNAUTHENTICATED",
    ]);
  });
});

describe("checking in", () => {
  const open = `mutation($id: ID!) { openCheckIn(gatheringId: $id) { code path occurrenceOn expiresAt } }`;
  const checkIn = `mutation($code: String!) { checkIn(code: $code) { occurrenceOn status checkedInAt } }`;

  it("lets the organiser open a check-in for today's date and a member check in with its code", async () => {
    await member.gql(going, { id: gatheringId, on: "2026-11-30", isGoing: true });
    const opened = await champion.gql<{
      openCheckIn: { code: string; path: string; occurrenceOn: string; expiresAt: string };
    }>(open, { id: gatheringId });
    const { code, path, occurrenceOn, expiresAt } = opened.data!.openCheckIn;
    expect(code).toMatch(/^[a-z2-9]{26}$/); // 130 bits
    expect(path).toBe(`/check-in/${code}`);
    expect(occurrenceOn).toBe("2026-11-30");
    expect(expiresAt).toBe("2026-11-30T22:30:00.000Z");

    clock = new Date("2026-11-30T19:10:00Z");
    const checked = await member.gql(checkIn, { code });
    expect(checked.data).toEqual({
      checkIn: { occurrenceOn: "2026-11-30", status: "ATTENDED", checkedInAt: "2026-11-30T19:10:00.000Z" },
    });
    clock = new Date("2026-11-30T23:00:00Z");
    expect(errorCodes(await member.gql(checkIn, { code }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await member.gql(checkIn, { code: "made-up" }))).toEqual(["NOT_FOUND"]);
  });

  it("opens only around a date, and only for the organisation's promoters", async () => {
    clock = new Date("2026-12-02T12:00:00Z");
    expect(errorCodes(await champion.gql(open, { id: gatheringId }))).toEqual(["VALIDATION"]);
    expect(errorCodes(await member.gql(open, { id: gatheringId }))).toEqual(["FORBIDDEN"]);
  });
});

describe("who came", () => {
  it("is shown to the organisation's coordinators, each read audited for the person to see", async () => {
    clock = new Date("2026-11-30T21:00:00Z"); // within the coordinators' second-factor lifetime
    const seen = await coordinator.gql(attendees, { id: gatheringId, on: "2026-11-30" });
    expect(seen.errors).toBeUndefined();
    expect(seen.data).toEqual({ gatheringAttendees: [{ displayName: expect.any(String), status: "ATTENDED" }] });
    const views = await member.gql<{ myRecordViews: { via: string; fields: string[] }[] }>(
      "{ myRecordViews { via fields } }",
    );
    expect(views.data?.myRecordViews).toEqual([
      expect.objectContaining({ via: "Query.gatheringAttendees", fields: ["displayName", "attendance"] }),
    ]);
  });

  it("is refused to champions, members and other organisations' coordinators", async () => {
    for (const client of [champion, member, outsider]) {
      expect(errorCodes(await client.gql(attendees, { id: gatheringId, on: "2026-11-30" }))).toEqual(["FORBIDDEN"]);
    }
  });

  it("is in the person's own data download", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: member.cookie! } });
    const data = (await response.json()) as { person: { attendance: object[] } };
    expect(data.person.attendance).toEqual([
      expect.objectContaining({ occurrenceOn: "2026-11-30", status: "attended", gathering: { name: "Monday café" } }),
    ]);
  });
});
