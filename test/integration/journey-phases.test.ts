// Treatment phases: a coordinator records a member's phase and its review date
// (maintenance within six months, any phase within a year), history kept. The
// person reads their own; the organisation's staff read theirs (no journey
// consent needed: it is the service's own record), audited; a mentor reads it
// only with the journey consent, audited; nobody else, and no other organisation.
import { addDays, addMonths, londonDate } from "@kinship/api/calendar-dates";
import { newId, schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest, signInCast } from "../support/mentoring-factories";

let t: TestAppHandle;
// Thursday 14 May 2026, early afternoon in London; a minute passes between records.
let clock = new Date("2026-05-14T12:00:00Z");
const today = londonDate(clock);
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let homeId = "";
let otherId = "";

const record = `mutation($org: ID!, $person: ID!, $phase: TreatmentPhase!, $reviewOn: String!) {
  recordTreatmentPhase(organisationId: $org, personId: $person, phase: $phase, reviewOn: $reviewOn) {
    personId isReviewOverdue current { phase reviewOn recordedByName } history { phase reviewOn } } }`;
const phaseOf = `query($org: ID!, $person: ID!) { treatmentPhase(organisationId: $org, personId: $person) {
  isReviewOverdue current { id phase reviewOn recordedAt recordedByName } history { phase reviewOn } } }`;
const organisationPhases = `query($org: ID!) { organisationPhases(organisationId: $org) {
  personId displayName role phase reviewOn recordedAt isReviewOverdue } }`;
const consent = "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }";

type Status = {
  isReviewOverdue: boolean;
  current: { phase: string; reviewOn: string; recordedByName: string | null } | null;
  history: { phase: string; reviewOn: string }[];
};
type MemberPhase = { personId: string; phase: string | null; reviewOn: string | null; isReviewOverdue: boolean };
const fieldsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>;
const recordAs = (who: string, variables: Record<string, unknown>) => {
  clock = new Date(clock.getTime() + 60_000);
  return as[who]!.gql<{ recordTreatmentPhase: Status }>(record, {
    org: homeId,
    person: ids.person,
    phase: "MAINTENANCE",
    reviewOn: addMonths(today, 3),
    ...variables,
  });
};
const audits = (via: string, viewer: string) =>
  t.db
    .select()
    .from(schema.accessAudit)
    .where(and(eq(schema.accessAudit.via, via), eq(schema.accessAudit.viewerPersonId, ids[viewer]!)));

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  homeId = (await createOrganisation(t.db, { name: "Phases Home" })).id;
  otherId = (await createOrganisation(t.db, { name: "Phases Other" })).id;
  const setups = [
    ["person", homeId, "member", false],
    ["otherMember", homeId, "member", false],
    ["mentor", homeId, "peer_mentor", false],
    ["coordinator", homeId, "coordinator", true],
    ["admin", homeId, "admin", true],
    ["unconfirmedCoordinator", homeId, "coordinator", false],
    ["outsider", otherId, "coordinator", true],
    ["outsideMember", otherId, "member", false],
  ] as const;
  await signInCast(t, setups, { ids, as }, clock);
  const profile = await createMentorProfile(t.db, ids.mentor!, homeId);
  await createMatch(t.db, await createMentorRequest(t.db, ids.person!, homeId), profile);
});
afterAll(() => t.close());

describe("recording a treatment phase", () => {
  it("records the phase and its review, keeping every earlier record as history", async () => {
    const first = await recordAs("coordinator", { phase: "STABILISATION", reviewOn: addMonths(today, 2) });
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordTreatmentPhase).toMatchObject({
      personId: ids.person,
      isReviewOverdue: false,
      current: {
        phase: "STABILISATION",
        reviewOn: addMonths(today, 2),
        recordedByName: expect.stringMatching(/^Person/),
      },
    });
    const second = await recordAs("admin", { phase: "MAINTENANCE", reviewOn: addMonths(today, 6) });
    expect(second.data?.recordTreatmentPhase.current).toMatchObject({
      phase: "MAINTENANCE",
      reviewOn: addMonths(today, 6),
    });
    expect(second.data?.recordTreatmentPhase.history.map((h) => h.phase)).toEqual(["MAINTENANCE", "STABILISATION"]);
    expect(await audits("Mutation.recordTreatmentPhase", "coordinator")).toEqual([
      expect.objectContaining({ subjectPersonId: ids.person, organisationId: homeId, viewerRole: "coordinator" }),
    ]);
  });

  it("holds maintenance to a review within six months, any phase within a year, and after today", async () => {
    const before = await t.db.$count(schema.treatmentPhaseRecords);
    const cases: [string, string, RegExp][] = [
      ["MAINTENANCE", addDays(addMonths(today, 6), 1), /at least every six months.*no later than 14 November 2026/],
      ["STABILISATION", addDays(addMonths(today, 12), 1), /within a year/],
      ["READY_FOR_RECOVERY", today, /after today/],
      ["MAINTENANCE", addDays(today, -3), /after today/],
      ["MAINTENANCE", "2026-13-01", /date like/],
      ["MAINTENANCE", "next week", /date like/],
    ];
    for (const [phase, reviewOn, message] of cases) {
      const result = await recordAs("coordinator", { phase, reviewOn });
      expect(errorCodes(result), `${phase} ${reviewOn}`).toEqual(["VALIDATION"]);
      expect(fieldsOf(result).reviewOn?.[0], `${phase} ${reviewOn}`).toMatch(message);
    }
    expect(await t.db.$count(schema.treatmentPhaseRecords)).toBe(before);
    const withinAYear = await recordAs("coordinator", { phase: "READY_FOR_RECOVERY", reviewOn: addMonths(today, 12) });
    expect(withinAYear.errors).toBeUndefined();
  });

  it("records phases only for the organisation's own members, by its staff with a second factor", async () => {
    expect(errorCodes(await recordAs("coordinator", { person: ids.outsideMember }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await recordAs("coordinator", { person: newId() }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await recordAs("person", {}))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await recordAs("mentor", {}))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await recordAs("outsider", {}))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await recordAs("outsider", { org: otherId }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await recordAs("unconfirmedCoordinator", {}))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect(
      errorCodes(
        await t
          .client()
          .gql(record, { org: homeId, person: ids.person, phase: "MAINTENANCE", reviewOn: addMonths(today, 1) }),
      ),
    ).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("reading a treatment phase", () => {
  const read = (who: string, person = ids.person) =>
    as[who]!.gql<{ treatmentPhase: Status }>(phaseOf, { org: homeId, person });

  it("shows the person their own phase without auditing them", async () => {
    const own = await read("person");
    expect(own.data?.treatmentPhase.current?.phase).toBe("READY_FOR_RECOVERY");
    expect(await audits("Query.treatmentPhase", "person")).toEqual([]);
  });

  it("shows the organisation's staff without the journey consent, audited", async () => {
    const staff = await read("coordinator");
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.treatmentPhase.history).toHaveLength(3);
    expect(await audits("Query.treatmentPhase", "coordinator")).toEqual([
      expect.objectContaining({ subjectPersonId: ids.person, relationship: "staff of the person's organisation" }),
    ]);
    expect(errorCodes(await read("unconfirmedCoordinator"))).toEqual(["SECOND_FACTOR_REQUIRED"]);
  });

  it("refuses other members, other organisations' staff, and a matched mentor without the consent", async () => {
    for (const who of ["otherMember", "outsider", "outsideMember", "mentor"]) {
      const result = await read(who);
      expect(errorCodes(result), who).toEqual(["FORBIDDEN"]);
      expect(result.data ?? null, who).toBeNull();
    }
    // Staff cannot read another organisation's people through their own organisation either.
    const outside = await as.coordinator!.gql(phaseOf, { org: otherId, person: ids.outsideMember });
    expect(errorCodes(outside)).toEqual(["FORBIDDEN"]);
  });

  it("shows the matched mentor once the person shares their journey, audited", async () => {
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_MENTOR", g: true });
    const mentor = await read("mentor");
    expect(mentor.data?.treatmentPhase.current?.phase).toBe("READY_FOR_RECOVERY");
    expect(await audits("Query.treatmentPhase", "mentor")).toEqual([
      expect.objectContaining({ subjectPersonId: ids.person, relationship: "mentor, journey shared" }),
    ]);
  });
});

describe("an organisation's phases", () => {
  it("lists every member with overdue reviews first, in words, audited per member", async () => {
    const recordedAt = new Date(clock.getTime() - 200 * 86_400_000);
    const overdue = (personId: string, reviewOn: string) => ({
      id: newId(),
      personId,
      organisationId: homeId,
      phase: "maintenance" as const,
      reviewOn,
      recordedByPersonId: ids.coordinator!,
      recordedAt,
    });
    await t.db
      .insert(schema.treatmentPhaseRecords)
      .values([overdue(ids.otherMember!, addDays(today, -3)), overdue(ids.mentor!, addDays(today, -40))]);
    const result = await as.coordinator!.gql<{ organisationPhases: MemberPhase[] }>(organisationPhases, {
      org: homeId,
    });
    expect(result.errors).toBeUndefined();
    const list = result.data!.organisationPhases;
    expect(list.slice(0, 3).map((m) => [m.personId, m.isReviewOverdue])).toEqual([
      [ids.mentor, true],
      [ids.otherMember, true],
      [ids.person, false],
    ]);
    expect(list.slice(3).every((m) => m.phase === null && !m.isReviewOverdue)).toBe(true);
    expect(list.map((m) => m.personId).sort()).toEqual(
      ["person", "otherMember", "mentor", "coordinator", "admin", "unconfirmedCoordinator"].map((n) => ids[n]).sort(),
    );
    // One row per member shown, but none for the coordinator's own line.
    const rows = await audits("Query.organisationPhases", "coordinator");
    expect(rows).toHaveLength(list.length - 1);
    expect(rows.map((row) => row.subjectPersonId)).not.toContain(ids.coordinator);
  });

  it("is for the organisation's staff only", async () => {
    for (const who of ["person", "mentor", "outsider"]) {
      expect(errorCodes(await as[who]!.gql(organisationPhases, { org: homeId })), who).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await as.unconfirmedCoordinator!.gql(organisationPhases, { org: homeId }))).toEqual([
      "SECOND_FACTOR_REQUIRED",
    ]);
  });

  it("puts the person's phases in their data download, and erasure removes them", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.person!.cookie! } });
    const data = (await response.json()) as { treatmentPhases: { organisation: string; phase: string }[] };
    expect(data.treatmentPhases.map((p) => [p.organisation, p.phase])).toEqual([
      ["Phases Home", "stabilisation"],
      ["Phases Home", "maintenance"],
      ["Phases Home", "ready_for_recovery"],
    ]);
    await as.person!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", { p: defaultPassword });
    const left = await t.db
      .select()
      .from(schema.treatmentPhaseRecords)
      .where(eq(schema.treatmentPhaseRecords.personId, ids.person!));
    expect(left).toEqual([]);
  });
});
