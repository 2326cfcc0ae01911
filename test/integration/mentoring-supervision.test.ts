// Supervision and caseloads: coordinators record supervision with a mentor
// (notes sealed under the mentor's key) and see every mentor's caseload in a
// fixed number of statements; a mentor sees their own supervision. Staff reads
// are audited and everyone else is refused.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { defaultMentoringSettings } from "@kinship/api/mentoring/settings";
import { newId, schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import {
  createMatch,
  createMentorProfile,
  createMentorRequest,
  createSupportSession,
} from "../support/mentoring-factories";

const statements: string[] = [];
let t: TestAppHandle;
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let organisationId = "";
let profileA = "";
let profileB = "";
const today = () => londonDate(new Date());
const daysAgo = (days: number) => addDays(today(), -days);
const instantDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function mentorWithPeople(name: string, statuses: (typeof schema.mentoringMatches.$inferInsert.status)[]) {
  const mentor = await createPerson(t.db, { memberships: [{ organisationId, role: "peer_mentor" }] });
  ids[name] = mentor.id;
  const profile = await createMentorProfile(t.db, mentor.id, organisationId, { createdAt: instantDaysAgo(70) });
  const matches = [];
  for (const status of statuses) {
    const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
    matches.push(
      await createMatch(t.db, await createMentorRequest(t.db, mentee.id, organisationId), profile, { status }),
    );
  }
  return { profile, mentor, matches };
}

async function followUp(match: { id: string }, sessionId: string, dueOn: string, doneAt: Date | null = null) {
  await t.db.insert(schema.followUpActions).values({
    id: newId(),
    sessionId,
    matchId: match.id,
    descriptionCipher: "p1.sealed-by-the-api-in-real-use",
    dueOn,
    doneAt,
    createdAt: new Date(),
  });
}

beforeAll(async () => {
  t = await testApp({ onStatement: (statement) => statements.push(statement) });
  organisationId = (await createOrganisation(t.db, { name: "Supervision Home" })).id;
  const other = await createOrganisation(t.db, { name: "Supervision Other" });
  for (const [name, orgId, role, withSecondFactor] of [
    ["coordinator", organisationId, "coordinator", true],
    ["admin", organisationId, "admin", true],
    ["unconfirmedCoordinator", organisationId, "coordinator", false],
    ["member", organisationId, "member", false],
    ["outsider", other.id, "coordinator", true],
  ] as const) {
    const person = await createPerson(t.db, { memberships: [{ organisationId: orgId, role }] });
    ids[name] = person.id;
    as[name] = t.client();
    await as[name]!.signIn(person.email, defaultPassword);
    if (withSecondFactor) await as[name]!.enrolTotp();
  }
  as.anonymous = t.client();

  // Mentor A supports people in every state, with follow-ups, concerns and sessions old and new.
  const a = await mentorWithPeople("mentorA", ["active", "accepted", "paused", "proposed", "ended"]);
  profileA = a.profile.id;
  const [active, , , , ended] = a.matches;
  const recent = await createSupportSession(t.db, active!, { heldOn: daysAgo(3), hasConcern: true });
  await createSupportSession(t.db, active!, { heldOn: daysAgo(29) });
  await createSupportSession(t.db, active!, {
    heldOn: daysAgo(31),
    hasConcern: true,
    concernAcknowledgedAt: new Date(),
  });
  const old = await createSupportSession(t.db, ended!, { heldOn: daysAgo(40), hasConcern: true });
  await followUp(active!, recent.id!, daysAgo(1));
  await followUp(active!, recent.id!, daysAgo(2), new Date());
  await followUp(active!, recent.id!, today());
  await followUp(ended!, old.id!, daysAgo(5)); // the match is over: nobody can act on it now
  for (const held of [50, 10]) {
    await t.db.insert(schema.supervisionSessions).values({
      id: newId(),
      mentorProfileId: profileA,
      heldOn: daysAgo(held),
      durationMinutes: 60,
      createdAt: new Date(),
    });
  }
  // Mentor B has nobody yet and has never had supervision.
  profileB = (await mentorWithPeople("mentorB", [])).profile.id;
  for (const name of ["mentorA", "mentorB"]) {
    as[name] = t.client();
    const [person] = await t.db.select().from(schema.people).where(eq(schema.people.id, ids[name]!));
    await as[name]!.signIn(person!.email!, defaultPassword);
  }
});
afterAll(() => t.close());

const caseloads = `query($org: ID!) { mentorCaseloads(organisationId: $org) {
  mentorProfileId displayName capacity isTakingBreak activeCount pausedCount proposedCount overdueFollowUps
  openConcerns lastSupervisionOn supervisionDueOn isSupervisionOverdue sessionsLast30Days } }`;
type Caseload = Record<string, unknown> & { mentorProfileId: string };

describe("mentors' caseloads", () => {
  it("counts each mentor's people, overdue follow-ups, open concerns, supervision and recent sessions", async () => {
    const result = await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
    expect(result.errors).toBeUndefined();
    const byProfile = new Map(result.data!.mentorCaseloads.map((c) => [c.mentorProfileId, c]));
    expect(byProfile.get(profileA)).toEqual({
      mentorProfileId: profileA,
      displayName: expect.stringMatching(/^Person /),
      capacity: 2,
      isTakingBreak: false,
      activeCount: 2,
      pausedCount: 1,
      proposedCount: 1,
      overdueFollowUps: 1,
      openConcerns: 2,
      lastSupervisionOn: daysAgo(10),
      supervisionDueOn: addDays(daysAgo(10), 56),
      isSupervisionOverdue: false,
      sessionsLast30Days: 2,
    });
    // Never supervised: due 56 days after becoming a mentor (70 days ago), so overdue.
    expect(byProfile.get(profileB)).toMatchObject({
      activeCount: 0,
      overdueFollowUps: 0,
      openConcerns: 0,
      lastSupervisionOn: null,
      supervisionDueOn: addDays(londonDate(instantDaysAgo(70)), 56),
      isSupervisionOverdue: true,
      sessionsLast30Days: 0,
    });
  });

  it("follows the organisation's own supervision interval", async () => {
    await t.db.insert(schema.mentoringSettings).values({
      organisationId,
      ...defaultMentoringSettings,
      supervisionEveryDays: 7,
      updatedAt: new Date(),
    });
    try {
      const result = await as.admin!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
      const a = result.data!.mentorCaseloads.find((c) => c.mentorProfileId === profileA);
      expect(a).toMatchObject({ supervisionDueOn: daysAgo(3), isSupervisionOverdue: true });
    } finally {
      await t.db.delete(schema.mentoringSettings).where(eq(schema.mentoringSettings.organisationId, organisationId));
    }
  });

  it("audits the read of each mentor, in the same batch", async () => {
    const before = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseloads"));
    await as.coordinator!.gql(caseloads, { org: organisationId });
    const after = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseloads"));
    const added = after.slice(before.length);
    expect(added.map((row) => row.subjectPersonId).sort()).toEqual([ids.mentorA, ids.mentorB].sort());
    expect(added.every((row) => row.relationship === "staff of the mentor's organisation")).toBe(true);
  });

  it("takes the same number of statements however many mentors there are", async () => {
    statements.length = 0;
    await as.coordinator!.gql(caseloads, { org: organisationId });
    const withTwo = statements.length;
    for (let i = 0; i < 6; i++) {
      const { profile, matches } = await mentorWithPeople(`extra${i}`, ["active", "paused"]);
      const session = await createSupportSession(t.db, matches[0]!, { hasConcern: i % 2 === 0 });
      await followUp(matches[0]!, session.id!, daysAgo(4));
      await t.db.insert(schema.supervisionSessions).values({
        id: newId(),
        mentorProfileId: profile.id,
        heldOn: daysAgo(i),
        durationMinutes: 30,
        createdAt: new Date(),
      });
    }
    statements.length = 0;
    const result = await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
    expect(result.data?.mentorCaseloads).toHaveLength(8);
    expect(statements.length).toBe(withTwo);
    // The viewer (session + roles), second factor, settings, then one batch: audit + six grouped reads.
    expect(statements.filter((s) => /^\s*select/i.test(s)).length).toBeLessThanOrEqual(10);
  });

  it("gives one mentor's caseload alone, auditing that mentor only", async () => {
    const one = `query($profile: ID!) { mentorCaseload(mentorProfileId: $profile) {
      mentorProfileId overdueFollowUps openConcerns lastSupervisionOn } }`;
    const before = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseload"));
    expect(before).toEqual([]);
    const result = await as.coordinator!.gql<{ mentorCaseload: Caseload }>(one, { profile: profileA });
    expect(result.data?.mentorCaseload).toEqual({
      mentorProfileId: profileA,
      overdueFollowUps: 1,
      openConcerns: 2,
      lastSupervisionOn: daysAgo(10),
    });
    const after = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseload"));
    expect(after.map((row) => row.subjectPersonId)).toEqual([ids.mentorA]);
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(one, { profile: profileA })), name).toEqual([code]);
    }
  });

  it("is refused to mentors, members and other organisations", async () => {
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(caseloads, { org: organisationId })), name).toEqual([code]);
    }
  });
});

const logSupervision = `mutation($profile: ID!, $input: SupervisionInput!) {
  logSupervision(mentorProfileId: $profile, input: $input) { id heldOn durationMinutes notes supervisorName } }`;
const history = `query($profile: ID!) { supervisionSessions(mentorProfileId: $profile) {
  id heldOn durationMinutes notes supervisorName createdAt } }`;
const notes = "Finding it hard to switch off after sessions. Agreed to take a week's break next month.";

describe("supervision", () => {
  it("is recorded by a coordinator, with the notes sealed under the mentor's key", async () => {
    const result = await as.coordinator!.gql<{ logSupervision: Record<string, unknown> }>(logSupervision, {
      profile: profileB,
      input: { heldOn: today(), durationMinutes: 50, notes: `  ${notes} ` },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.logSupervision).toMatchObject({
      heldOn: today(),
      durationMinutes: 50,
      notes,
      supervisorName: expect.stringMatching(/^Person /),
    });
    const [stored] = await t.db
      .select()
      .from(schema.supervisionSessions)
      .where(eq(schema.supervisionSessions.mentorProfileId, profileB));
    expect(stored?.notesCipher).toMatch(/^p1\./);
    expect(stored?.notesCipher).not.toContain("switch off");
    expect(stored?.supervisorPersonId).toBe(ids.coordinator);
    const [caseload] = (
      await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId })
    ).data!.mentorCaseloads.filter((c) => c.mentorProfileId === profileB);
    expect(caseload).toMatchObject({ lastSupervisionOn: today(), isSupervisionOverdue: false });
  });

  it("explains wrong input", async () => {
    for (const [input, field] of [
      [{ heldOn: addDays(today(), 1), durationMinutes: 50 }, "heldOn"],
      [{ heldOn: daysAgo(400), durationMinutes: 50 }, "heldOn"],
      [{ heldOn: "2026-13-01", durationMinutes: 50 }, "heldOn"],
      [{ heldOn: today(), durationMinutes: 4 }, "durationMinutes"],
      [{ heldOn: today(), durationMinutes: 601 }, "durationMinutes"],
      [{ heldOn: today(), durationMinutes: 50, notes: "x".repeat(4001) }, "notes"],
    ] as const) {
      const result = await as.coordinator!.gql(logSupervision, { profile: profileB, input });
      expect(errorCodes(result), field).toEqual(["VALIDATION"]);
      expect(Object.keys((result.errors?.[0]?.extensions?.fields ?? {}) as object)).toEqual([field]);
    }
  });

  it("is recorded only by the mentor's organisation's staff", async () => {
    const input = { heldOn: today(), durationMinutes: 30 };
    for (const [name, code] of [
      ["mentorB", "FORBIDDEN"],
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(logSupervision, { profile: profileB, input })), name).toEqual([code]);
    }
    expect(errorCodes(await as.coordinator!.gql(logSupervision, { profile: "no-such-profile", input }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("is shown to the mentor unaudited, and to staff with an audit row", async () => {
    const own = await as.mentorB!.gql<{ supervisionSessions: { notes: string }[] }>(history, { profile: profileB });
    expect(own.data?.supervisionSessions.map((s) => s.notes)).toEqual([notes]);
    const audited = () =>
      t.db.select().from(schema.accessAudit).where(eq(schema.accessAudit.via, "Query.supervisionSessions"));
    expect(await audited()).toEqual([]);
    const staff = await as.admin!.gql<{ supervisionSessions: { notes: string }[] }>(history, { profile: profileB });
    expect(staff.data?.supervisionSessions.map((s) => s.notes)).toEqual([notes]);
    expect(await audited()).toEqual([
      expect.objectContaining({
        viewerPersonId: ids.admin,
        subjectPersonId: ids.mentorB,
        organisationId,
        relationship: "staff of the mentor's organisation",
      }),
    ]);
  });

  it("is refused to other mentors, members and other organisations", async () => {
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(history, { profile: profileB })), name).toEqual([code]);
    }
  });

  it("is in the mentor's own data download, decrypted", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.mentorB!.cookie! } });
    const data = (await response.json()) as { supervision: Record<string, unknown>[] };
    expect(data.supervision).toEqual([
      expect.objectContaining({ organisation: "Supervision Home", heldOn: today(), durationMinutes: 50, notes }),
    ]);
  });

  it("goes with the mentor's account when they erase it", async () => {
    const erased = await as.mentorB!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const count = async (query: ReturnType<typeof sql>) => Number((await t.db.all<{ n: number }>(query))[0]?.n);
    expect(await count(sql`select count(*) as n from supervision_sessions where mentor_profile_id = ${profileB}`)).toBe(
      0,
    );
    expect(await count(sql`select count(*) as n from person_data_keys where person_id = ${ids.mentorB}`)).toBe(0);
    expect(await count(sql`select count(*) as n from mentor_profiles where person_id = ${ids.mentorB}`)).toBe(0);
  });
});
