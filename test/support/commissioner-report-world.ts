// The seeded activity the commissioner report tests read: one organisation's
// matches, sessions, hours, check-ins at gatherings, role changes and journeys,
// some of people who agreed to be counted in anonymous reports and some not, and
// a viewer of every kind. Each test file builds its own copy in a fresh database.
import { newId, schema } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import type { MatchEndReason, Role } from "@kinship/db/schema";
import { type TestAppHandle, type TestClient, testApp } from "./app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "./factories";
import { createMatch, createMentorProfile, createMentorRequest } from "./mentoring-factories";

// Wednesday 15 July 2026; the report covers April to June 2026.
export const clock = new Date("2026-07-15T11:00:00Z");
export const period = { from: "2026-04-01", to: "2026-06-30" };
const inPeriod = new Date("2026-05-12T10:00:00Z");
export let t: TestAppHandle;
export let homeId: string;
export let otherId: string;
export const everyone: { id: string; name: string }[] = [];
export const viewers: Record<string, TestClient> = {};

const reportQuery = `query($org: ID!, $from: String!, $to: String!) {
  commissionerReport(organisationId: $org, from: $from, to: $to) {
    organisationName from to generatedOn howToRead
    sections {
      key title notes
      figures { key label value text }
      tables { key title caption columns totalLabel hasRowTotals total columnTotals rows { label cells total } }
    }
  }
}`;
export type Report = {
  organisationName: string;
  howToRead: string[];
  sections: {
    key: string;
    notes: string[];
    figures: { key: string; value: number | null; text: string }[];
    tables: {
      key: string;
      total: number | null;
      columnTotals: (number | null)[];
      rows: { label: string; cells: (number | null)[]; total: number | null }[];
    }[];
  }[];
};

export const report = (client: TestClient, variables: Record<string, unknown> = {}) =>
  client.gql<{ commissionerReport: Report }>(reportQuery, { org: homeId, ...period, ...variables });
export const pdf = (client: TestClient | null, query: Record<string, string>) =>
  t.app.request(`http://localhost/reports/commissioner.pdf?${new URLSearchParams(query)}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });

async function person(memberships: { organisationId: string; role: Role }[] = []) {
  const created = await createPerson(t.db, { memberships });
  const row = await t.db.query.people.findFirst({ where: { id: created.id } });
  everyone.push({ id: created.id, name: row!.displayName });
  return created;
}

async function signedIn(role: Role, organisationId: string, withSecondFactor: boolean) {
  const created = await person([{ organisationId, role }]);
  const client = t.client();
  await client.signIn(created.email, defaultPassword);
  if (withSecondFactor) await client.enrolTotp(clock);
  return client;
}

/** A member of the home organisation, counted in anonymous reports or not (or having withdrawn). */
async function member(consent: "granted" | "never" | "withdrawn") {
  const { id } = await person([{ organisationId: homeId, role: "member" }]);
  const choices = { granted: [true], never: [], withdrawn: [true, false] }[consent];
  for (const [index, isGranted] of choices.entries()) {
    await t.db.insert(schema.consents).values({
      personId: id,
      purpose: "include_in_anonymous_reports",
      isGranted,
      wordingVersion: 1,
      recordedAt: new Date(inPeriod.getTime() + index * 1000),
    });
  }
  return id;
}

const answersAll = (value: number) =>
  Object.fromEntries(
    ["substance_use", "feelings", "body", "community", "people", "days", "home", "trouble", "everyday", "hope"].map(
      (code) => [code, value],
    ),
  );
async function checkIns(personId: string, values: [string, number][]) {
  for (const [takenOn, value] of values) {
    await t.db.insert(schema.recoveryCheckIns).values({
      id: newId(),
      personId,
      instrumentId: builtInInstrumentId,
      takenOn,
      answers: answersAll(value),
      scorePercent: ((value - 1) / 5) * 100,
      createdAt: inPeriod,
    });
  }
}
async function snapshots(personId: string, counts: [string, number, number][]) {
  for (const [takenOn, supportiveCount, recoveryCommunityCount] of counts) {
    await t.db.insert(schema.networkSnapshots).values({
      id: newId(),
      personId,
      takenOn,
      connectionCount: supportiveCount + 1,
      supportiveCount,
      usingCount: 1,
      recoveryCommunityCount,
      connections: [],
      createdAt: inPeriod,
    });
  }
}
async function achievedGoal(personId: string, needs: ("housing" | "work_education_training" | "justice")[]) {
  await t.db.insert(schema.journeyGoals).values({
    id: newId(),
    personId,
    titleCipher: "sealed",
    needs,
    status: "achieved",
    createdAt: inPeriod,
    achievedAt: inPeriod,
  });
}

/** Builds the whole world in a fresh database; call it in beforeAll and close `t` in afterAll. */
export async function buildCommissionerReportWorld() {
  t = await testApp({ now: () => clock });
  homeId = (await createOrganisation(t.db, { name: "Irwell Recovery" })).id;
  otherId = (await createOrganisation(t.db, { name: "Roch Valley Service" })).id;
  viewers.coordinator = await signedIn("coordinator", homeId, true);
  viewers.admin = await signedIn("admin", homeId, true);
  viewers.coordinatorWithoutSecondFactor = await signedIn("coordinator", homeId, false);
  viewers.member = await signedIn("member", homeId, false);
  viewers.mentor = await signedIn("peer_mentor", homeId, false);
  viewers.otherCoordinator = await signedIn("coordinator", otherId, true);

  // Matches: 6 started in the period; 14 ended in it (6 + 5 + 3 by reason); one ended before it.
  const mentor = await person([{ organisationId: homeId, role: "peer_mentor" }]);
  const profile = await createMentorProfile(t.db, mentor.id, homeId);
  const match = async (overrides: Parameters<typeof createMatch>[3]) => {
    const mentee = await person([{ organisationId: homeId, role: "member" }]);
    const request = await createMentorRequest(t.db, mentee.id, homeId);
    return createMatch(t.db, request, profile, overrides);
  };
  const active = [];
  for (let i = 0; i < 6; i++) active.push(await match({ startedOn: "2026-04-10" }));
  const endings: [MatchEndReason, number][] = [
    ["planned_ending", 6],
    ["goals_met", 5],
    ["mentee_disengaged", 3],
  ];
  for (const [endReason, count] of endings) {
    for (let i = 0; i < count; i++) {
      await match({ status: "ended", startedOn: "2025-10-01", endedOn: "2026-05-20", endReason });
    }
  }
  await match({ status: "ended", startedOn: "2025-06-01", endedOn: "2026-03-01", endReason: "goals_met" });
  await match({ startedOn: "2026-07-02" });

  // Two sessions of an hour in each active match (6 people): shown. Hours from 3 volunteers: not shown.
  for (const { id, menteePersonId } of active) {
    for (const heldOn of ["2026-04-20", "2026-05-20"]) {
      await t.db.insert(schema.supportSessions).values({
        id: newId(),
        matchId: id,
        organisationId: homeId,
        mentorPersonId: mentor.id,
        menteePersonId,
        heldOn,
        durationMinutes: 60,
        contactMode: "in_person",
        createdAt: inPeriod,
      });
    }
  }
  for (let i = 0; i < 3; i++) {
    const volunteer = await person([{ organisationId: homeId, role: "volunteer" }]);
    await t.db.insert(schema.volunteeringHours).values({
      id: newId(),
      personId: volunteer.id,
      organisationId: homeId,
      activity: "cafe_shift",
      workedOn: "2026-05-02",
      minutes: 240,
      status: "approved",
      decidedAt: inPeriod,
    });
  }

  // Check-ins at gatherings: café 6 people twice (12), walk 2 people three times (6), group 5 people once (5).
  const cafe = await createGathering(t.db, homeId, { kind: "recovery_cafe" });
  const walk = await createGathering(t.db, homeId, { kind: "recovery_walk", name: "Sunday walk" });
  const group = await createGathering(t.db, homeId, { kind: "peer_support_group", name: "Thursday group" });
  const elsewhere = await createGathering(t.db, otherId, { kind: "recovery_cafe", name: "Their café" });
  const attend = async (
    gatheringId: string,
    people: number,
    dates: string[],
    status: "attended" | "going" = "attended",
  ) => {
    for (let i = 0; i < people; i++) {
      const { id } = await person();
      for (const occurrenceOn of dates) {
        await t.db
          .insert(schema.gatheringAttendance)
          .values({ id: newId(), gatheringId, personId: id, occurrenceOn, status });
      }
    }
  };
  await attend(cafe.id, 6, ["2026-04-06", "2026-04-13"]);
  await attend(walk.id, 2, ["2026-04-05", "2026-04-12", "2026-04-19"]);
  await attend(group.id, 5, ["2026-05-07"]);
  await attend(cafe.id, 3, ["2026-03-30", "2026-07-06"]);
  await attend(cafe.id, 2, ["2026-05-04"], "going");
  await attend(elsewhere.id, 4, ["2026-05-05"]);

  // Progression: 5 members became volunteers, 2 volunteers became peer mentors; joining is not progression.
  const roleChange = async (fromRole: Role | null, toRole: Role, organisationId = homeId) => {
    const { id } = await person([{ organisationId, role: toRole }]);
    await t.db
      .insert(schema.roleChanges)
      .values({ personId: id, organisationId, fromRole, toRole, changedAt: inPeriod });
  };
  for (let i = 0; i < 5; i++) await roleChange("member", "volunteer");
  for (let i = 0; i < 2; i++) await roleChange("volunteer", "peer_mentor");
  await roleChange(null, "member");
  await roleChange("member", "volunteer", otherId);

  // Journeys. Counted: 6 better by 20 points, 5 the same. Not counted: 4 worse without consent,
  // 1 worse who withdrew it, and 1 with a single check-in.
  for (let i = 0; i < 6; i++) {
    const id = await member("granted");
    await checkIns(id, [
      ["2026-04-03", 3],
      ["2026-06-20", 4],
    ]);
    await snapshots(id, [
      ["2026-04-03", 2, 1],
      ["2026-06-20", 4, 3],
    ]);
    await achievedGoal(id, i === 0 ? ["housing", "work_education_training"] : ["housing"]);
  }
  for (let i = 0; i < 5; i++) {
    const id = await member("granted");
    await checkIns(id, [
      ["2026-04-03", 3],
      ["2026-05-03", 2],
      ["2026-06-20", 3],
    ]);
    if (i === 0)
      await snapshots(id, [
        ["2026-04-03", 2, 1],
        ["2026-06-20", 2, 1],
      ]);
    if (i === 0) await achievedGoal(id, ["work_education_training"]);
  }
  for (const consent of ["never", "never", "never", "never", "withdrawn"] as const) {
    const id = await member(consent);
    await checkIns(id, [
      ["2026-04-03", 4],
      ["2026-06-20", 2],
    ]);
    await snapshots(id, [
      ["2026-04-03", 4, 3],
      ["2026-06-20", 1, 0],
    ]);
    await achievedGoal(id, ["justice"]);
  }
  await checkIns(await member("granted"), [["2026-05-03", 6]]);
}
