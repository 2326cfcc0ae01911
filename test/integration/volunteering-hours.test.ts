// Volunteering hours: a member logs them, a coordinator (second factor proven)
// approves or declines them in bulk, milestones are celebrated once, and the
// organisation's totals come from grouped SQL. Every staff read is audited;
// decided entries are locked by the database itself.
import { checkWorkedOn } from "@kinship/api/volunteering/hours-input";
import { newId, schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";

// Monday 30 November 2026, midday in the UK (GMT).
const clock = new Date("2026-11-30T12:00:00Z");
let t: TestAppHandle;
let homeId: string;
let otherId: string;
const people: Record<string, { id: string; email: string; client: TestClient }> = {};

const log = `mutation($org: ID!, $input: HoursInput!) {
  logVolunteeringHours(organisationId: $org, input: $input) { id activity workedOn minutes description status organisation { name } }
}`;
const update = `mutation($id: ID!, $input: HoursInput!) { updatePendingHours(id: $id, input: $input) { id minutes status } }`;
const decide = `mutation($ids: [ID!]!, $decision: HoursDecision!, $reason: String) {
  decideHours(ids: $ids, decision: $decision, reason: $reason) { id personName status declineReason isYours }
}`;
const mine = `{ myVolunteeringHours {
  entries { id activity workedOn minutes status declineReason isFromSupportSession organisation { name } }
  approvedMinutes pendingMinutes
  byActivity { activity approvedMinutes pendingMinutes }
  byOrganisation { organisation { name } approvedMinutes pendingMinutes }
  milestones { hours reachedAt }
  nextMilestone { hours minutesToGo }
} }`;
const listHours = `query($org: ID!, $status: HoursStatus, $from: String, $to: String) {
  organisationHours(organisationId: $org, status: $status, from: $from, to: $to) { id personName status workedOn minutes isYours }
}`;
const totals = `query($org: ID!, $from: String, $to: String) {
  hoursTotals(organisationId: $org, from: $from, to: $to) {
    from to approvedMinutes pendingMinutes
    byPerson { personName approvedMinutes entryCount }
    byActivity { activity approvedMinutes }
    byMonth { month approvedMinutes }
  }
}`;

type Mine = {
  myVolunteeringHours: {
    entries: { id: string; status: string; declineReason: string | null; isFromSupportSession: boolean }[];
    approvedMinutes: number;
    pendingMinutes: number;
    milestones: { hours: number }[];
    nextMilestone: { hours: number; minutesToGo: number } | null;
  };
};

const hoursInput = (overrides: Record<string, unknown> = {}) => ({
  activity: "CAFE_SHIFT",
  workedOn: "2026-11-26",
  minutes: 180,
  description: "Thursday café: teas and washing up",
  ...overrides,
});

async function logFor(who: string, overrides: Record<string, unknown> = {}, organisationId = homeId) {
  const result = await people[who]!.client.gql<{ logVolunteeringHours: { id: string } }>(log, {
    org: organisationId,
    input: hoursInput(overrides),
  });
  expect(result.errors).toBeUndefined();
  return result.data!.logVolunteeringHours.id;
}

const statusOf = async (id: string) =>
  (await t.db.query.volunteeringHours.findFirst({ columns: { status: true }, where: { id } }))?.status;

const fieldsOf = (result: GraphQLResult) =>
  Object.keys((result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, unknown>);

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  homeId = (await createOrganisation(t.db, { name: "Hours Home" })).id;
  otherId = (await createOrganisation(t.db, { name: "Hours Elsewhere" })).id;
  const setups = [
    ["volunteer", [{ organisationId: homeId, role: "volunteer" }], false],
    ["member", [{ organisationId: homeId, role: "member" }], false],
    ["mentor", [{ organisationId: homeId, role: "peer_mentor" }], false],
    [
      "twoPlaces",
      [
        { organisationId: homeId, role: "volunteer" },
        { organisationId: otherId, role: "volunteer" },
      ],
      false,
    ],
    ["coordinator", [{ organisationId: homeId, role: "coordinator" }], true],
    ["admin", [{ organisationId: homeId, role: "admin" }], true],
    ["unconfirmed", [{ organisationId: homeId, role: "coordinator" }], false],
    ["otherCoordinator", [{ organisationId: otherId, role: "coordinator" }], true],
  ] as const;
  for (const [name, memberships, hasSecondFactor] of setups) {
    const person = await createPerson(t.db, { memberships: [...memberships] });
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    if (hasSecondFactor) await client.enrolTotp(clock);
    people[name] = { ...person, client };
  }
});
afterAll(() => t.close());

describe("logging hours", () => {
  it("records a pending entry for a member of the organisation, shown only to them", async () => {
    const logged = await people.member!.client.gql(log, { org: homeId, input: hoursInput() });
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logVolunteeringHours).toEqual({
      id: expect.any(String),
      activity: "CAFE_SHIFT",
      workedOn: "2026-11-26",
      minutes: 180,
      description: "Thursday café: teas and washing up",
      status: "PENDING",
      organisation: { name: "Hours Home" },
    });
    const seen = await people.member!.client.gql<Mine>(mine);
    expect(seen.data?.myVolunteeringHours).toMatchObject({ approvedMinutes: 0, pendingMinutes: 180 });
    expect((await people.volunteer!.client.gql<Mine>(mine)).data?.myVolunteeringHours.entries).toEqual([]);
  });

  it("refuses strangers to the organisation and visitors who are not signed in", async () => {
    expect(errorCodes(await people.otherCoordinator!.client.gql(log, { org: homeId, input: hoursInput() }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(errorCodes(await t.client().gql(log, { org: homeId, input: hoursInput() }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await t.client().gql(mine))).toEqual(["UNAUTHENTICATED"]);
  });

  it.each([
    ["a date in the future", { workedOn: "2026-12-01" }, "workedOn"],
    ["a date more than 12 months ago", { workedOn: "2025-11-29" }, "workedOn"],
    ["a date that does not exist", { workedOn: "2026-02-30" }, "workedOn"],
    ["a date in another shape", { workedOn: "26/11/2026" }, "workedOn"],
    ["less than 15 minutes", { minutes: 10 }, "minutes"],
    ["more than 12 hours", { minutes: 721 }, "minutes"],
    ["a description over 200 characters", { description: "x".repeat(201) }, "description"],
  ])("refuses %s, naming the field", async (_what, overrides, field) => {
    const result = await people.member!.client.gql(log, { org: homeId, input: hoursInput(overrides) });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    expect(fieldsOf(result)).toEqual([field]);
  });

  it("accepts today and exactly 12 months ago, any whole minutes from 15 to 720, and no description", async () => {
    for (const overrides of [
      { workedOn: "2026-11-30", minutes: 15 },
      { workedOn: "2025-11-30", minutes: 720 },
      { workedOn: "2026-11-02", minutes: 50, description: null },
    ]) {
      const result = await people.member!.client.gql(log, { org: homeId, input: hoursInput(overrides) });
      expect(result.errors, JSON.stringify(overrides)).toBeUndefined();
    }
  });

  it("takes today in UK time: just after midnight BST is already the next day", () => {
    const justAfterMidnightBst = new Date("2026-06-30T23:30:00Z");
    expect(() => checkWorkedOn("2026-07-01", justAfterMidnightBst)).not.toThrow();
    expect(() => checkWorkedOn("2026-07-02", justAfterMidnightBst)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ fields: { workedOn: [expect.stringMatching(/future/)] } }),
      }),
    );
  });
});

describe("correcting pending hours", () => {
  it("lets the owner change a pending entry, and no one else", async () => {
    const id = await logFor("volunteer", { minutes: 60 });
    const changed = await people.volunteer!.client.gql(update, { id, input: hoursInput({ minutes: 90 }) });
    expect(changed.data).toEqual({ updatePendingHours: { id, minutes: 90, status: "PENDING" } });
    expect(errorCodes(await people.member!.client.gql(update, { id, input: hoursInput() }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await people.coordinator!.client.gql(update, { id, input: hoursInput() }))).toEqual([
      "NOT_FOUND",
    ]);
    const invalid = await people.volunteer!.client.gql(update, { id, input: hoursInput({ workedOn: "2027-01-01" }) });
    expect(errorCodes(invalid)).toEqual(["VALIDATION"]);
  });

  it("refuses once a coordinator has decided, in plain words", async () => {
    const id = await logFor("volunteer");
    await people.coordinator!.client.gql(decide, { ids: [id], decision: "APPROVE" });
    const refused = await people.volunteer!.client.gql(update, { id, input: hoursInput({ minutes: 600 }) });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(refused.errors?.[0]?.message).toMatch(/already approved these hours, so they can't be changed/);
    expect((await t.db.query.volunteeringHours.findFirst({ where: { id } }))?.minutes).toBe(180);
  });

  it("is enforced by the database too: a decided entry cannot be updated, and no entry deleted", async () => {
    const id = await logFor("volunteer");
    const pending = await logFor("volunteer", { minutes: 45 });
    await people.coordinator!.client.gql(decide, { ids: [id], decision: "DECLINE", reason: "Not one of ours" });
    const { volunteeringHours } = schema;
    await expect(
      t.db.update(volunteeringHours).set({ minutes: 700 }).where(eq(volunteeringHours.id, id)),
    ).rejects.toThrow();
    await expect(
      t.db.update(volunteeringHours).set({ status: "approved" }).where(eq(volunteeringHours.id, id)),
    ).rejects.toThrow();
    await expect(t.db.delete(volunteeringHours).where(eq(volunteeringHours.id, pending))).rejects.toThrow();
    await expect(t.db.delete(volunteeringHours).where(eq(volunteeringHours.id, id))).rejects.toThrow();
    const row = await t.db.query.volunteeringHours.findFirst({ where: { id } });
    expect(row).toMatchObject({ minutes: 180, status: "declined", declineReason: "Not one of ours" });
  });
});

describe("deciding hours", () => {
  it("approves many entries of several people at once, telling each person", async () => {
    const ids = [
      await logFor("twoPlaces", { workedOn: "2026-11-20", minutes: 120 }),
      await logFor("twoPlaces", { workedOn: "2026-11-21", minutes: 60, activity: "LEADING_WALK" }),
      await logFor("mentor", { workedOn: "2026-11-22", minutes: 30 }),
    ];
    const decided = await people.coordinator!.client.gql<{ decideHours: { status: string; personName: string }[] }>(
      decide,
      { ids, decision: "APPROVE" },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideHours.map((entry) => entry.status)).toEqual(["APPROVED", "APPROVED", "APPROVED"]);
    for (const id of ids) expect(await statusOf(id)).toBe("approved");
    const row = await t.db.query.volunteeringHours.findFirst({ where: { id: ids[0]! } });
    expect(row).toMatchObject({ decidedByPersonId: people.coordinator!.id, decidedAt: clock });
    const notices = await t.db.query.notifications.findMany({
      where: { personId: people.twoPlaces!.id, kind: "hours_decided" },
    });
    expect(notices.map((n) => n.message)).toEqual([
      "Hours Home approved 2 of your entries of volunteering hours (3 hours).",
    ]);
    expect(notices[0]?.link).toBe("/volunteering");
    // The decided entries come back with names: a read of each person's record, audited.
    const audit = await t.db.query.accessAudit.findMany({
      where: { via: "Mutation.decideHours", subjectPersonId: { in: [people.twoPlaces!.id, people.mentor!.id] } },
    });
    expect(audit.map((row) => row.subjectPersonId).sort()).toEqual([people.twoPlaces!.id, people.mentor!.id].sort());
    expect(audit.every((row) => row.viewerPersonId === people.coordinator!.id)).toBe(true);
  });

  it("declines only with a reason, which the person sees beside the entry", async () => {
    const id = await logFor("member", { workedOn: "2026-11-25" });
    const without = await people.coordinator!.client.gql(decide, { ids: [id], decision: "DECLINE", reason: "  " });
    expect(errorCodes(without)).toEqual(["VALIDATION"]);
    expect(fieldsOf(without)).toEqual(["reason"]);
    expect(await statusOf(id)).toBe("pending");
    const reason = "This was a paid shift, so it isn't volunteering.";
    await people.coordinator!.client.gql(decide, { ids: [id], decision: "DECLINE", reason });
    const seen = await people.member!.client.gql<Mine>(mine);
    expect(seen.data?.myVolunteeringHours.entries.find((entry) => entry.id === id)).toMatchObject({
      status: "DECLINED",
      declineReason: reason,
    });
    const [notice] = await t.db.query.notifications.findMany({
      where: { personId: people.member!.id, kind: "hours_decided" },
    });
    expect(notice?.message).toBe(
      "Hours Home couldn't approve your entry of volunteering hours. Open your hours to see why.",
    );
    expect(notice?.message).not.toContain("paid");
  });

  it("changes nothing when any entry is already decided, and lists those entries", async () => {
    const decidedBefore = await logFor("volunteer", { workedOn: "2026-11-10" });
    await people.coordinator!.client.gql(decide, { ids: [decidedBefore], decision: "APPROVE" });
    const fresh = await logFor("volunteer", { workedOn: "2026-11-11" });
    const result = await people.admin!.client.gql(decide, {
      ids: [fresh, decidedBefore],
      decision: "DECLINE",
      reason: "x",
    });
    expect(errorCodes(result)).toEqual(["CONFLICT"]);
    expect(result.errors?.[0]?.extensions?.alreadyDecidedIds).toEqual([decidedBefore]);
    expect(await statusOf(fresh)).toBe("pending");
    expect(await statusOf(decidedBefore)).toBe("approved");
  });

  it("refuses a coordinator their own hours; another coordinator or an admin decides them", async () => {
    const own = await logFor("coordinator", { workedOn: "2026-11-12" });
    const refused = await people.coordinator!.client.gql(decide, { ids: [own], decision: "APPROVE" });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    const other = await logFor("volunteer", { workedOn: "2026-11-12" });
    expect(
      errorCodes(await people.coordinator!.client.gql(decide, { ids: [other, own], decision: "APPROVE" })),
    ).toEqual(["FORBIDDEN"]);
    expect(await statusOf(other)).toBe("pending");
    expect((await people.admin!.client.gql(decide, { ids: [own], decision: "APPROVE" })).errors).toBeUndefined();
    expect(await statusOf(own)).toBe("approved");
  });

  it("refuses anyone who is not staff of every entry's organisation, changing nothing", async () => {
    const home = await logFor("twoPlaces", { workedOn: "2026-11-13" });
    const elsewhere = await logFor("twoPlaces", { workedOn: "2026-11-13" }, otherId);
    for (const who of ["otherCoordinator", "member", "mentor", "volunteer"]) {
      const result = await people[who]!.client.gql(decide, { ids: [home], decision: "APPROVE" });
      expect(errorCodes(result), who).toEqual(["FORBIDDEN"]);
    }
    expect(
      errorCodes(await people.coordinator!.client.gql(decide, { ids: [home, elsewhere], decision: "APPROVE" })),
    ).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await people.unconfirmed!.client.gql(decide, { ids: [home], decision: "APPROVE" }))).toEqual([
      "SECOND_FACTOR_REQUIRED",
    ]);
    expect(errorCodes(await t.client().gql(decide, { ids: [home], decision: "APPROVE" }))).toEqual(["UNAUTHENTICATED"]);
    expect([await statusOf(home), await statusOf(elsewhere)]).toEqual(["pending", "pending"]);
    expect(errorCodes(await people.coordinator!.client.gql(decide, { ids: [newId()], decision: "APPROVE" }))).toEqual([
      "NOT_FOUND",
    ]);
    expect(errorCodes(await people.coordinator!.client.gql(decide, { ids: [], decision: "APPROVE" }))).toEqual([
      "VALIDATION",
    ]);
    const tooMany = Array.from({ length: 201 }, () => home);
    expect(errorCodes(await people.coordinator!.client.gql(decide, { ids: tooMany, decision: "APPROVE" }))).toEqual([
      "VALIDATION",
    ]);
  });
});

describe("hours from support sessions", () => {
  it("are listed, totalled and decided like any other, but follow their session", async () => {
    // As logging a support session writes them: mentoring and travel, tied to the session.
    const mentor = people.mentor!;
    const mentee = await createPerson(t.db, { memberships: [{ organisationId: homeId, role: "member" }] });
    const profile = await createMentorProfile(t.db, mentor.id, homeId);
    const match = await createMatch(t.db, await createMentorRequest(t.db, mentee.id, homeId), profile);
    const sessionId = newId();
    await t.db.insert(schema.supportSessions).values({
      id: sessionId,
      matchId: match.id,
      organisationId: homeId,
      mentorPersonId: mentor.id,
      menteePersonId: mentee.id,
      heldOn: "2026-11-24",
      durationMinutes: 50,
      contactMode: "in_person",
      createdAt: clock,
    });
    const ids: string[] = [newId(), newId()];
    const fromSession = {
      personId: mentor.id,
      organisationId: homeId,
      workedOn: "2026-11-24",
      supportSessionId: sessionId,
    };
    await t.db.insert(schema.volunteeringHours).values([
      { ...fromSession, id: ids[0]!, activity: "mentoring", minutes: 50 },
      { ...fromSession, id: ids[1]!, activity: "travel_preparation", minutes: 20 },
    ]);
    const before = (await mentor.client.gql<Mine>(mine)).data!.myVolunteeringHours;
    expect(before.entries.filter((entry) => ids.includes(entry.id))).toEqual([
      expect.objectContaining({ status: "PENDING", isFromSupportSession: true }),
      expect.objectContaining({ status: "PENDING", isFromSupportSession: true }),
    ]);
    expect(before.pendingMinutes).toBe(70);
    expect(errorCodes(await mentor.client.gql(update, { id: ids[0], input: hoursInput() }))).toEqual(["CONFLICT"]);
    const queue = await people.coordinator!.client.gql<{ organisationHours: { id: string }[] }>(listHours, {
      org: homeId,
      status: "PENDING",
    });
    expect(queue.data?.organisationHours.map((entry) => entry.id)).toEqual(expect.arrayContaining(ids));
    expect((await people.coordinator!.client.gql(decide, { ids, decision: "APPROVE" })).errors).toBeUndefined();
    const after = (await mentor.client.gql<Mine>(mine)).data!.myVolunteeringHours;
    expect(after.approvedMinutes).toBe(before.approvedMinutes + 70);
    expect(after.pendingMinutes).toBe(0);
  });
});

describe("milestones", () => {
  it("celebrates each milestone once, counting verified hours across organisations", async () => {
    const person = await createPerson(t.db, {
      memberships: [
        { organisationId: homeId, role: "volunteer" },
        { organisationId: otherId, role: "volunteer" },
      ],
    });
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    people.milestoner = { ...person, client };
    const first = [
      await logFor("milestoner", { workedOn: "2026-11-02", minutes: 360 }),
      await logFor("milestoner", { workedOn: "2026-11-03", minutes: 180 }),
    ];
    const elsewhere = await logFor("milestoner", { workedOn: "2026-11-04", minutes: 90 }, otherId);
    await people.coordinator!.client.gql(decide, { ids: first, decision: "APPROVE" });
    let seen = (await client.gql<Mine>(mine)).data!.myVolunteeringHours;
    expect(seen.milestones).toEqual([]);
    expect(seen.nextMilestone).toEqual({ hours: 10, minutesToGo: 60 });

    // 9 hours here and 1.5 hours elsewhere: 10 hours reached.
    await people.otherCoordinator!.client.gql(decide, { ids: [elsewhere], decision: "APPROVE" });
    seen = (await client.gql<Mine>(mine)).data!.myVolunteeringHours;
    expect(seen.approvedMinutes).toBe(630);
    expect(seen.milestones).toEqual([{ hours: 10, reachedAt: clock.toISOString() }]);
    expect(seen.nextMilestone).toEqual({ hours: 50, minutesToGo: 50 * 60 - 630 });

    const more = await logFor("milestoner", { workedOn: "2026-11-05", minutes: 60 });
    await people.coordinator!.client.gql(decide, { ids: [more], decision: "APPROVE" });
    const milestones = await t.db.query.volunteeringMilestones.findMany({ where: { personId: person.id } });
    expect(milestones.map((m) => m.hours)).toEqual([10]);
    const notices = await t.db.query.notifications.findMany({
      where: { personId: person.id, kind: "milestone_reached" },
    });
    expect(notices.map((n) => n.message)).toEqual([
      "You've reached 10 verified volunteering hours. Thank you for everything you give.",
    ]);
  });

  it("records every milestone a large approval passes, and only approved hours count", async () => {
    const big = Array.from({ length: 9 }, (_, i) => ({
      workedOn: `2026-10-${String(10 + i).padStart(2, "0")}`,
      minutes: 720,
    }));
    const ids: string[] = [];
    for (const overrides of big) ids.push(await logFor("milestoner", overrides));
    const declined = await logFor("milestoner", { workedOn: "2026-10-30", minutes: 720 });
    await people.coordinator!.client.gql(decide, { ids: [declined], decision: "DECLINE", reason: "Duplicate entry" });
    await people.coordinator!.client.gql(decide, { ids, decision: "APPROVE" });
    const seen = (await people.milestoner!.client.gql<Mine>(mine)).data!.myVolunteeringHours;
    expect(seen.approvedMinutes).toBe(690 + 9 * 720);
    expect(seen.milestones.map((m) => m.hours)).toEqual([10, 50, 100]);
    expect(seen.nextMilestone).toEqual({ hours: 250, minutesToGo: 250 * 60 - (690 + 9 * 720) });
  });
});

describe("what coordinators see", () => {
  it("lists the organisation's entries newest first with names, filtered, and audits each person read", async () => {
    const earlierAudit = await t.db.query.accessAudit.findMany({ columns: { id: true } });
    const lastEarlier = Math.max(0, ...earlierAudit.map((row) => row.id));
    const listed = await people.coordinator!.client.gql<{
      organisationHours: { personName: string | null; status: string; workedOn: string; isYours: boolean }[];
    }>(listHours, { org: homeId, status: "PENDING", from: "2026-11-01", to: "2026-11-30" });
    expect(listed.errors).toBeUndefined();
    const entries = listed.data!.organisationHours;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.status === "PENDING" && entry.workedOn >= "2026-11-01")).toBe(true);
    const dates = entries.map((entry) => entry.workedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(entries.some((entry) => entry.personName?.startsWith("Person "))).toBe(true);
    const otherOrganisation = await t.db.query.volunteeringHours.findMany({ where: { organisationId: otherId } });
    expect(otherOrganisation.length).toBeGreaterThan(0);

    const expectedPeople = await t.db.all<{ person_id: string }>(
      sql`select distinct person_id from volunteering_hours where organisation_id = ${homeId} and status = 'pending'
        and worked_on between '2026-11-01' and '2026-11-30' and person_id != ${people.coordinator!.id}`,
    );
    const audit = await t.db.query.accessAudit.findMany({ where: { id: { gt: lastEarlier } } });
    expect(audit.every((row) => row.via === "Query.organisationHours")).toBe(true);
    expect(audit.map((row) => row.subjectPersonId).sort()).toEqual(expectedPeople.map((row) => row.person_id).sort());
    expect(audit.every((row) => row.viewerPersonId === people.coordinator!.id && row.organisationId === homeId)).toBe(
      true,
    );
    expect(audit[0]).toMatchObject({ viewerRole: "coordinator", fields: "displayName,volunteeringHours" });
    const views = await people.member!.client.gql<{ myRecordViews: { via: string }[] }>("{ myRecordViews { via } }");
    expect(views.data?.myRecordViews.map((view) => view.via)).toContain("Query.organisationHours");
  });

  it("refuses members, mentors, other organisations' staff and staff without a second factor", async () => {
    for (const query of [listHours, totals]) {
      for (const who of ["member", "mentor", "volunteer", "otherCoordinator"]) {
        expect(errorCodes(await people[who]!.client.gql(query, { org: homeId })), who).toEqual(["FORBIDDEN"]);
      }
      expect(errorCodes(await people.unconfirmed!.client.gql(query, { org: homeId }))).toEqual([
        "SECOND_FACTOR_REQUIRED",
      ]);
      expect(errorCodes(await t.client().gql(query, { org: homeId }))).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("validates the dates asked for", async () => {
    for (const [from, to] of [
      ["2026-13-01", null],
      [null, "yesterday"],
      ["2026-11-30", "2026-11-01"],
    ]) {
      expect(errorCodes(await people.coordinator!.client.gql(totals, { org: homeId, from, to }))).toEqual([
        "VALIDATION",
      ]);
      expect(errorCodes(await people.coordinator!.client.gql(listHours, { org: homeId, from, to }))).toEqual([
        "VALIDATION",
      ]);
    }
  });

  it("totals verified hours by person, activity and month with grouped SQL, matching the entries", async () => {
    const statements: string[] = [];
    const watched = await testApp({ now: () => clock, onStatement: (text) => statements.push(text) });
    try {
      const organisationId = (await createOrganisation(watched.db, { name: "Totals Place" })).id;
      const [ash, bo, staff] = await Promise.all(
        (["volunteer", "volunteer", "coordinator"] as const).map((role) =>
          createPerson(watched.db, { memberships: [{ organisationId, role }] }),
        ),
      );
      const rows: [string, string, string, number, string][] = [
        [ash!.id, "cafe_shift", "2026-09-03", 120, "approved"],
        [ash!.id, "cafe_shift", "2026-10-08", 90, "approved"],
        [ash!.id, "leading_walk", "2026-10-11", 60, "approved"],
        [bo!.id, "cafe_shift", "2026-10-15", 240, "approved"],
        [bo!.id, "training", "2026-11-02", 45, "approved"],
        [bo!.id, "training", "2026-11-03", 600, "declined"],
        [ash!.id, "admin", "2026-11-20", 30, "pending"],
      ];
      await watched.db.insert(schema.volunteeringHours).values(
        rows.map(([personId, activity, workedOn, minutes, status]) => ({
          id: newId(),
          personId,
          organisationId,
          activity: activity as "cafe_shift",
          workedOn,
          minutes,
          status: status as "approved",
        })),
      );
      const coordinator = watched.client();
      await coordinator.signIn(staff!.email, defaultPassword);
      await coordinator.enrolTotp(clock);
      statements.length = 0;
      const all = await coordinator.gql<{ hoursTotals: Record<string, unknown> }>(totals, { org: organisationId });
      expect(all.errors).toBeUndefined();
      const nameOf = async (id: string) => (await watched.db.query.people.findFirst({ where: { id } }))!.displayName;
      expect(all.data?.hoursTotals).toEqual({
        from: null,
        to: null,
        approvedMinutes: 555,
        pendingMinutes: 30,
        byPerson: [
          { personName: await nameOf(bo!.id), approvedMinutes: 285, entryCount: 2 },
          { personName: await nameOf(ash!.id), approvedMinutes: 270, entryCount: 3 },
        ],
        byActivity: [
          { activity: "CAFE_SHIFT", approvedMinutes: 450 },
          { activity: "LEADING_WALK", approvedMinutes: 60 },
          { activity: "TRAINING", approvedMinutes: 45 },
        ],
        byMonth: [
          { month: "2026-09", approvedMinutes: 120 },
          { month: "2026-10", approvedMinutes: 390 },
          { month: "2026-11", approvedMinutes: 45 },
        ],
      });
      // One batch: the audit and four grouped selects, whatever the number of entries.
      const grouped = statements.filter((text) => /group by/i.test(text));
      expect(grouped).toHaveLength(3);
      const audit = await watched.db.query.accessAudit.findMany({ where: { via: "Query.hoursTotals" } });
      expect(audit.map((row) => row.subjectPersonId).sort()).toEqual([ash!.id, bo!.id].sort());

      const october = await coordinator.gql<{ hoursTotals: { approvedMinutes: number; byMonth: unknown[] } }>(totals, {
        org: organisationId,
        from: "2026-10-01",
        to: "2026-10-31",
      });
      expect(october.data?.hoursTotals).toMatchObject({
        approvedMinutes: 390,
        byMonth: [{ month: "2026-10", approvedMinutes: 390 }],
      });
    } finally {
      watched.close();
    }
  });
});

describe("the person's data", () => {
  it("includes their hours and milestones in their download", async () => {
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: people.milestoner!.client.cookie! },
    });
    const data = (await response.json()) as {
      volunteering: {
        hours: { minutes: number; status: string; organisation: { name: string } }[];
        milestones: { hours: number }[];
      };
    };
    const stored = await t.db.query.volunteeringHours.findMany({ where: { personId: people.milestoner!.id } });
    expect(data.volunteering.hours).toHaveLength(stored.length);
    expect(data.volunteering.hours).toContainEqual(
      expect.objectContaining({
        minutes: 720,
        status: "declined",
        declineReason: "Duplicate entry",
        organisation: { name: "Hours Home" },
      }),
    );
    expect(data.volunteering.milestones.map((m) => m.hours)).toEqual([10, 50, 100]);
  });

  it("after erasure, keeps the organisation's verified totals and names no one", async () => {
    const person = people.milestoner!;
    const { displayName } = (await t.db.query.people.findFirst({ where: { id: person.id } }))!;
    const before = await people.coordinator!.client.gql<{
      hoursTotals: { approvedMinutes: number; byPerson: { personName: string | null }[] };
    }>(totals, { org: homeId });
    const erased = await person.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const after = await people.coordinator!.client.gql<{
      hoursTotals: { approvedMinutes: number; byPerson: { personName: string | null; approvedMinutes: number }[] };
    }>(totals, { org: homeId });
    expect(after.data?.hoursTotals.approvedMinutes).toBe(before.data?.hoursTotals.approvedMinutes);
    expect(before.data?.hoursTotals.byPerson.map((row) => row.personName)).toContain(displayName);
    expect(after.data?.hoursTotals.byPerson.map((row) => row.personName)).not.toContain(displayName);
    expect(after.data?.hoursTotals.byPerson).toContainEqual({
      personName: null,
      // Hours Home's share: 6 + 3 + 1 hours, and nine 12-hour days.
      approvedMinutes: 360 + 180 + 60 + 9 * 720,
      entryCount: 12,
    });
    const [remaining] = await t.db.all<{ n: number }>(sql`select
      (select count(*) from volunteering_hours where person_id = ${person.id} or decided_by_person_id = ${person.id})
      + (select count(*) from volunteering_milestones where person_id = ${person.id})
      + (select count(*) from notifications where person_id = ${person.id}) as n`);
    expect(remaining?.n).toBe(0);
    const dump = JSON.stringify(await t.db.all(sql`select * from volunteering_hours`));
    expect(dump).not.toContain(person.id);
  });
});
