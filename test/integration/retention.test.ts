// Retention on a fake clock: closed mentoring cases lose their notes, concerns,
// follow-ups, history and preferences once their organisation's period has
// passed (just inside survives, just outside goes), while the rows the service
// counts stay, so its reports do not change. Read notices, dead sessions and
// old throttle counters go too. Bounded, idempotent, once per hour, and erasure
// still works afterwards.
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { monthsBefore } from "@kinship/api/retention/retention-settings";
import { applyRetention, runRetentionJob } from "@kinship/api/retention/run-retention-job";
import { newId, schema } from "@kinship/db";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";

const minute = 60_000;
const day = 24 * 60 * minute;
const start = new Date("2024-03-04T10:00:00Z");
let clock = new Date(start.getTime() - 2 * 60 * minute);
let t: TestAppHandle;
let home: { id: string };
let short: { id: string };
let profile: { id: string; personId: string };
const people: Record<string, { id: string; email: string; secret?: string }> = {};
const clients: Record<string, TestClient> = {};
const cases: Record<string, { requestId: string; matchId: string | null; sessionId: string | null }> = {};

// Sessions end 90 days after sign-in and a code is accepted once, so after each
// jump of the clock people sign in (and staff confirm their app) again.
const signedInAt: Record<string, number> = {};
async function signIn(name: string) {
  if (clients[name] && signedInAt[name] === clock.getTime()) return clients[name];
  signedInAt[name] = clock.getTime();
  const client = t.client();
  await client.signIn(people[name]!.email, defaultPassword);
  const secret = people[name]!.secret;
  if (secret) {
    const code = totpFor(secret, "").generate({ timestamp: clock.getTime() });
    await client.gql("mutation($c: String!) { verifySecondFactor(code: $c) }", { c: code });
  }
  clients[name] = client;
  return client;
}

/** A finished case written straight to the database: ended at `closedAt`, with sealed-looking text everywhere. */
async function closedCase(organisationId: string, closedAt: Date, { concern = "acknowledged" } = {}) {
  const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
  const opened = new Date(closedAt.getTime() - 60 * day);
  const request = await createMentorRequest(t.db, mentee.id, organisationId, {
    pathway: "smart_recovery",
    sharedLifeExperiences: ["parenting"],
    createdAt: opened,
    updatedAt: opened,
  });
  const match = await createMatch(t.db, request, profile, {
    status: "ended",
    endReason: "goals_met",
    startedOn: londonDate(opened),
    endedOn: londonDate(closedAt),
    scoreParts: [{ factor: "sharedExperience", fit: 1, weight: 3 }],
    createdAt: opened,
    statusChangedAt: closedAt,
  });
  const sessionId = newId();
  await t.db.insert(schema.supportSessions).values({
    id: sessionId,
    matchId: match.id,
    organisationId,
    mentorPersonId: profile.personId,
    menteePersonId: mentee.id,
    heldOn: londonDate(new Date(closedAt.getTime() - 7 * day)),
    durationMinutes: 50,
    contactMode: "phone",
    topics: ["housing"],
    signposting: ["gp"],
    notesCipher: "p1.sealed-notes",
    hasConcern: true,
    concernCipher: "p1.sealed-concern",
    concernAcknowledgedAt: concern === "acknowledged" ? closedAt : null,
    concernResponseCipher: concern === "acknowledged" ? "p1.sealed-response" : null,
    createdAt: closedAt,
  });
  await t.db.insert(schema.followUpActions).values({
    id: newId(),
    sessionId,
    matchId: match.id,
    descriptionCipher: "p1.sealed-follow-up",
    dueOn: londonDate(closedAt),
    createdAt: closedAt,
  });
  await t.db
    .insert(schema.matchEvents)
    .values({ matchId: match.id, fromStatus: "active", toStatus: "ended", reason: "goals_met", at: closedAt });
  return { requestId: request.id, matchId: match.id, sessionId };
}

const requestOf = (id: string) => t.db.query.mentorRequests.findFirst({ where: { id } });
const sessionOf = (id: string) => t.db.query.supportSessions.findFirst({ where: { id } });
const countWhere = async (table: string, column: string, id: string) =>
  Number(
    (await t.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table} where ${column} = '${id}'`)))[0]?.n,
  );
const isCleared = async (name: string) => {
  const { requestId, sessionId, matchId } = cases[name]!;
  const session = sessionId ? await sessionOf(sessionId) : null;
  const marked = await countWhere("retention_cleared_cases", "request_id", requestId);
  const followUps = matchId ? await countWhere("follow_up_actions", "match_id", matchId) : 0;
  const events = matchId ? await countWhere("match_events", "match_id", matchId) : 0;
  const request = await requestOf(requestId);
  const isEmpty = !session?.notesCipher && !session?.concernCipher && followUps === 0 && events === 0;
  if (marked === 1 && isEmpty && request?.area === null) return true;
  if (marked === 0 && (session === null || session?.notesCipher) && request?.area !== null) return false;
  throw new Error(`case ${name} is half cleared`);
};

const dashboard = async () => {
  const result = await (await signIn("coordinator")).gql<{ serviceDashboard: { months: unknown[] } }>(
    `query($org: ID!) { serviceDashboard(organisationId: $org, from: "2023-10-01", to: "2024-06-30") {
      months { month activeMatches newMatches sessionsHeld supportMinutes } } }`,
    { org: home.id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.serviceDashboard.months;
};

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  home = await createOrganisation(t.db, { name: "Retention Home" });
  short = await createOrganisation(t.db, { name: "Retention Short" });
  const roles = [
    ["mentee", home.id, "member"],
    ["mentor", home.id, "peer_mentor"],
    ["coordinator", home.id, "coordinator"],
    ["admin", home.id, "admin"],
    ["shortAdmin", short.id, "admin"],
  ] as const;
  for (const [name, organisationId, role] of roles) {
    people[name] = await createPerson(t.db, { memberships: [{ organisationId, role }] });
    const client = await signIn(name);
    if (role === "coordinator" || role === "admin") people[name]!.secret = (await client.enrolTotp(clock)).secret;
  }
  profile = await createMentorProfile(t.db, people.mentor!.id, home.id);
  // Case A, through the API as it really happens: a session with sealed notes, a
  // concern answered by the coordinator, a follow-up, then the match ends a minute before `start`.
  const request = await createMentorRequest(t.db, people.mentee!.id, home.id, {
    createdAt: new Date(clock.getTime() - 40 * day),
    updatedAt: new Date(clock.getTime() - 40 * day),
  });
  const match = await createMatch(t.db, request, profile, {
    startedOn: londonDate(new Date(clock.getTime() - 30 * day)),
    createdAt: new Date(clock.getTime() - 30 * day),
    statusChangedAt: new Date(clock.getTime() - 30 * day),
  });
  const logged = await clients.mentor!.gql<{ logSupportSession: { id: string } }>(
    `mutation($m: ID!, $i: SupportSessionInput!) { logSupportSession(matchId: $m, input: $i) { id } }`,
    {
      m: match.id,
      i: {
        heldOn: addDays(londonDate(clock), -1),
        durationMinutes: 75,
        contactMode: "IN_PERSON",
        topics: ["HOUSING"],
        signposting: ["HOUSING_SERVICE"],
        notes: "Talked through the letter from the council.",
        concern: "Mentioned not sleeping at all.",
        followUps: [{ description: "Ring the housing officer together", dueOn: addDays(londonDate(clock), 3) }],
      },
    },
  );
  expect(logged.errors).toBeUndefined();
  const sessionId = logged.data!.logSupportSession.id;
  const answered = await clients.coordinator!.gql(
    "mutation($s: ID!, $r: String!) { acknowledgeConcern(sessionId: $s, response: $r) { id } }",
    { s: sessionId, r: "Called him; GP appointment booked." },
  );
  expect(answered.errors).toBeUndefined();
  clock = new Date(start.getTime() - minute);
  const ended = await clients.mentor!.gql(
    "mutation($m: ID!, $i: MatchChangeInput!) { changeMatch(matchId: $m, input: $i) { status } }",
    { m: match.id, i: { change: "END", reason: "GOALS_MET" } },
  );
  expect(ended.errors).toBeUndefined();
  cases.A = { requestId: request.id, matchId: match.id, sessionId };
  // B closed a minute after `start`: just inside the period at `start` + 24 months.
  cases.B = await closedCase(home.id, new Date(start.getTime() + minute));
  // C is live (active since long ago): never cleared.
  const live = await createMentorRequest(t.db, (await createPerson(t.db)).id, home.id);
  const liveMatch = await createMatch(t.db, live, profile, { statusChangedAt: new Date(start.getTime() - 400 * day) });
  cases.C = { requestId: live.id, matchId: liveMatch.id, sessionId: null };
  // D closed long ago with a concern nobody answered: held until someone does.
  cases.D = await closedCase(home.id, new Date(start.getTime() - 100 * day), { concern: "open" });
  // E was withdrawn before any match, a minute before `start`.
  const withdrawn = await createMentorRequest(t.db, (await createPerson(t.db)).id, home.id, {
    status: "withdrawn",
    updatedAt: new Date(start.getTime() - minute),
  });
  cases.E = { requestId: withdrawn.id, matchId: null, sessionId: null };
  // S closed with case A, at an organisation keeping closed cases for 12 months.
  cases.S = await closedCase(short.id, new Date(start.getTime() - minute));
});
afterAll(() => t.close());

describe("retention settings", () => {
  const read = `query($org: ID!) { retentionSettings(organisationId: $org) {
    closedCaseMonths isDefault defaultClosedCaseMonths minimumMonths maximumMonths clearedCases lastRunAt } }`;
  const update = `mutation($org: ID!, $n: Int!) {
    updateRetentionSettings(organisationId: $org, closedCaseMonths: $n) { closedCaseMonths isDefault } }`;

  it("default to 24 months; admins of the organisation choose 6 to 96; nobody else may", async () => {
    const settings = await clients.coordinator!.gql(read, { org: home.id });
    expect(settings.data?.retentionSettings).toEqual({
      closedCaseMonths: 24,
      isDefault: true,
      defaultClosedCaseMonths: 24,
      minimumMonths: 6,
      maximumMonths: 96,
      clearedCases: 0,
      lastRunAt: null,
    });
    expect(errorCodes(await clients.coordinator!.gql(update, { org: home.id, n: 12 }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await clients.admin!.gql(update, { org: short.id, n: 12 }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await clients.mentee!.gql(read, { org: home.id }))).toEqual(["FORBIDDEN"]);
    for (const n of [5, 97]) {
      expect(errorCodes(await clients.shortAdmin!.gql(update, { org: short.id, n }))).toEqual(["VALIDATION"]);
    }
    const changed = await clients.shortAdmin!.gql(update, { org: short.id, n: 12 });
    expect(changed.data).toEqual({ updateRetentionSettings: { closedCaseMonths: 12, isDefault: false } });
  });
});

describe("clearing closed cases", () => {
  it("clears an organisation's cases after its own period and no one else's", async () => {
    clock = new Date(start.getTime());
    clock.setUTCFullYear(clock.getUTCFullYear() + 1);
    expect(await applyRetention(t.db, clock)).toMatchObject({ casesCleared: 1 });
    expect(await isCleared("S")).toBe(true);
    for (const name of ["A", "B", "C", "D", "E"]) expect(await isCleared(name)).toBe(false);
  });

  it("at 24 months clears just outside the period, keeps just inside, a live case and an unanswered concern, a bounded number per run, leaving the counts", async () => {
    clock = new Date(start.getTime());
    clock.setUTCFullYear(clock.getUTCFullYear() + 2);
    expect(monthsBefore(clock, 24)).toEqual(start);
    const before = await dashboard();
    const sessionsBefore = await t.db.select().from(schema.supportSessions);
    const limits = { cases: 1, rowsOfEachKind: 1 };
    expect((await applyRetention(t.db, clock, limits)).casesCleared).toBe(1);
    expect((await applyRetention(t.db, clock, limits)).casesCleared).toBe(1);
    expect((await applyRetention(t.db, clock, limits)).casesCleared).toBe(0);
    expect([await isCleared("A"), await isCleared("E")]).toEqual([true, true]);
    expect([await isCleared("B"), await isCleared("C"), await isCleared("D")]).toEqual([false, false, false]);
    // Every session row is still there, only its text and topics emptied; the counts the service reports do not move.
    const sessionsAfter = await t.db.select().from(schema.supportSessions);
    expect(
      sessionsAfter.map(({ id, heldOn, durationMinutes, hasConcern }) => ({ id, heldOn, durationMinutes, hasConcern })),
    ).toEqual(
      sessionsBefore.map(({ id, heldOn, durationMinutes, hasConcern }) => ({
        id,
        heldOn,
        durationMinutes,
        hasConcern,
      })),
    );
    expect(await dashboard()).toEqual(before);
    expect(before.some((month) => (month as { sessionsHeld: number }).sessionsHeld > 0)).toBe(true);
  });

  it("empties exactly the detail of a case made through the API, and its person still reads what is left", async () => {
    const { requestId, matchId, sessionId } = cases.A!;
    expect(await sessionOf(sessionId!)).toMatchObject({
      notesCipher: null,
      concernCipher: null,
      concernResponseCipher: null,
      topics: [],
      signposting: [],
      hasConcern: true,
      durationMinutes: 75,
      contactMode: "in_person",
    });
    expect(await t.db.query.mentoringMatches.findFirst({ where: { id: matchId! } })).toMatchObject({
      status: "ended",
      endReason: "goals_met",
      endedOn: londonDate(new Date(start.getTime() - minute)),
      scoreParts: [],
    });
    expect(await requestOf(requestId)).toMatchObject({
      status: "matched",
      needs: ["mutual_aid", "confidence"],
      languages: [],
      sharedSubstances: [],
      sharedLifeExperiences: [],
      pathway: null,
      area: null,
      latitude: null,
      longitude: null,
      availability: 0,
    });
    const mine = await (await signIn("mentee")).gql<{ mySupportSessions: Record<string, unknown>[] }>(
      "{ mySupportSessions { id durationMinutes notes hasConcern concern concernResponse followUps { id } } }",
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.mySupportSessions).toEqual([
      {
        id: sessionId,
        durationMinutes: 75,
        notes: null,
        hasConcern: true,
        concern: null,
        concernResponse: null,
        followUps: [],
      },
    ]);
    const download = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: clients.mentee!.cookie! },
    });
    const data = (await download.json()) as { closedCasesCleared: unknown[] };
    expect(data.closedCasesCleared).toEqual([
      { organisation: "Retention Home", requestMadeAt: expect.any(String), clearedAt: clock.toISOString() },
    ]);
  });

  it("clears the case just inside once it is just outside, and the held one once its concern is answered", async () => {
    clock = new Date(clock.getTime() + 2 * minute);
    await t.db
      .update(schema.supportSessions)
      .set({ concernAcknowledgedAt: clock })
      .where(eq(schema.supportSessions.id, cases.D!.sessionId!));
    expect((await applyRetention(t.db, clock)).casesCleared).toBe(2);
    expect([await isCleared("B"), await isCleared("D"), await isCleared("C")]).toEqual([true, true, false]);
    // Nothing is done twice.
    const snapshot = await t.db.select().from(schema.supportSessions);
    expect((await applyRetention(t.db, clock)).casesCleared).toBe(0);
    expect(await t.db.select().from(schema.supportSessions)).toEqual(snapshot);
  });
});

describe("notices, sessions and throttle counters", () => {
  it("deletes read notices after 12 months, dead sessions and stale counters, and keeps the rest", async () => {
    const twelveMonthsAgo = monthsBefore(clock, 12);
    const notice = (createdAt: Date, readAt: Date | null) => ({
      id: newId(),
      personId: people.mentee!.id,
      kind: "match_changed" as const,
      message: "Your mentoring has ended.",
      link: "/mentoring",
      createdAt,
      readAt,
    });
    const notices = [
      notice(new Date(twelveMonthsAgo.getTime() - minute), clock),
      notice(new Date(twelveMonthsAgo.getTime() + minute), clock),
      notice(new Date(clock.getTime() - 3 * 365 * day), null),
    ];
    await t.db.insert(schema.notifications).values(notices);
    const session = (createdAt: Date, expiresAt: Date) => ({
      id: newId(),
      personId: people.mentee!.id,
      secretHash: "x".repeat(64),
      createdAt,
      lastUsedAt: createdAt,
      expiresAt,
    });
    const sessions = [
      session(new Date(clock.getTime() - 40 * day), new Date(clock.getTime() - minute)),
      session(new Date(clock.getTime() - 90 * day - minute), new Date(clock.getTime() + 10 * day)),
      session(new Date(clock.getTime() - day), new Date(clock.getTime() + 29 * day)),
    ];
    await t.db.insert(schema.sessions).values(sessions);
    const counter = (hoursAgo: number, blockedUntil: Date | null) => ({
      keyHash: newId(),
      failures: 3,
      windowStartedAt: new Date(clock.getTime() - hoursAgo * 60 * minute),
      blockedUntil,
    });
    const counters = [counter(25, null), counter(23, null), counter(25, new Date(clock.getTime() + minute))];
    await t.db.insert(schema.signInThrottle).values(counters);
    await applyRetention(t.db, clock);
    const { notifications: n, sessions: s } = schema;
    const noticesLeft = await t.db
      .select({ id: n.id })
      .from(n)
      .where(
        inArray(
          n.id,
          notices.map((row) => row.id),
        ),
      );
    expect(noticesLeft.map((row) => row.id).sort()).toEqual([notices[1]!.id, notices[2]!.id].sort());
    const sessionsLeft = await t.db
      .select({ id: s.id })
      .from(s)
      .where(
        inArray(
          s.id,
          sessions.map((row) => row.id),
        ),
      );
    expect(sessionsLeft.map((row) => row.id)).toEqual([sessions[2]!.id]);
    const keys = await t.db
      .select({ keyHash: schema.signInThrottle.keyHash })
      .from(schema.signInThrottle)
      .where(
        inArray(
          schema.signInThrottle.keyHash,
          counters.map((c) => c.keyHash),
        ),
      );
    expect(keys.map((k) => k.keyHash).sort()).toEqual([counters[1]!.keyHash, counters[2]!.keyHash].sort());
  });
});

describe("the schedule", () => {
  it("runs once per hour whoever asks, records the run, and the settings page shows it", async () => {
    const first = await runRetentionJob({ db: t.db, now: clock, claimedBy: "process-one" });
    expect(first).toMatchObject({ casesCleared: 0 });
    expect(
      await runRetentionJob({ db: t.db, now: new Date(clock.getTime() + minute), claimedBy: "process-two" }),
    ).toBeNull();
    const nextHour = new Date(clock.getTime() + 60 * minute);
    expect(await runRetentionJob({ db: t.db, now: nextHour, claimedBy: "process-two" })).not.toBeNull();
    const settings = await (await signIn("coordinator")).gql<{
      retentionSettings: { clearedCases: number; lastRunAt: string | null };
    }>(`query($org: ID!) { retentionSettings(organisationId: $org) { clearedCases lastRunAt } }`, { org: home.id });
    expect(settings.data?.retentionSettings.clearedCases).toBe(4);
    expect(settings.data?.retentionSettings.lastRunAt).not.toBeNull();
  });
});

describe("erasure after retention", () => {
  it("still removes every row of the person, the record of the cleared case included, leaving the database consistent", async () => {
    const mentee = await signIn("mentee");
    const erased = await mentee.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", { p: defaultPassword });
    expect(erased.errors).toBeUndefined();
    const { requestId, matchId, sessionId } = cases.A!;
    expect(await requestOf(requestId)).toBeUndefined();
    expect(await countWhere("retention_cleared_cases", "request_id", requestId)).toBe(0);
    expect(await countWhere("mentoring_matches", "id", matchId!)).toBe(0);
    expect(await countWhere("support_sessions", "id", sessionId!)).toBe(0);
    expect(await countWhere("notifications", "person_id", people.mentee!.id)).toBe(0);
    expect(await t.db.all(sql`pragma foreign_key_check`)).toEqual([]);
  });
});
