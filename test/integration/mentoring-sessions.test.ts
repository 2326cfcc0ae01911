// Support sessions: a mentor logs them (with follow-ups, hours and, when worried,
// a safeguarding concern), the mentee reads and confirms them, coordinators
// answer concerns. Every read by someone other than the mentee is audited, the
// free text is sealed under the mentee's key, and everyone else is refused.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { schema } from "@kinship/db";
import type { Client, InStatement } from "@libsql/client";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest, signInCast } from "../support/mentoring-factories";

let clock = new Date();
let t: TestAppHandle;
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let match: { id: string; organisationId: string };
let otherMatch: { id: string };
const today = () => londonDate(clock);
const daysAgo = (days: number) => addDays(today(), -days);

// Every batch sent to the database, so a test can show what was written or read together.
const batches: string[][] = [];
function watchBatches(client: Client) {
  const batch = client.batch.bind(client);
  client.batch = ((statements: InStatement[], ...rest: unknown[]) => {
    batches.push(statements.map((statement) => (typeof statement === "string" ? statement : statement.sql)));
    return (batch as (...args: unknown[]) => ReturnType<Client["batch"]>)(statements, ...rest);
  }) as Client["batch"];
}

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  watchBatches(t.db.$client);
  const home = await createOrganisation(t.db, { name: "Sessions Home" });
  const other = await createOrganisation(t.db, { name: "Sessions Other" });
  const setups = [
    ["mentee", home.id, "member", false],
    ["mentor", home.id, "peer_mentor", false],
    ["otherMentor", home.id, "peer_mentor", false],
    ["otherMentee", home.id, "member", false],
    ["coordinator", home.id, "coordinator", true],
    ["admin", home.id, "admin", true],
    ["unconfirmedCoordinator", home.id, "coordinator", false],
    ["outsider", other.id, "coordinator", true],
  ] as const;
  await signInCast(t, setups, { ids, as }, clock);
  as.anonymous = t.client();
  const profile = await createMentorProfile(t.db, ids.mentor!, home.id);
  const otherProfile = await createMentorProfile(t.db, ids.otherMentor!, home.id);
  const request = await createMentorRequest(t.db, ids.mentee!, home.id);
  match = await createMatch(t.db, request, profile, {
    status: "accepted",
    startedOn: null,
    createdAt: new Date(clock.getTime() - 10 * 86_400_000),
  });
  otherMatch = await createMatch(t.db, await createMentorRequest(t.db, ids.otherMentee!, home.id), otherProfile);
});
afterAll(() => t.close());

const log = `mutation($match: ID!, $input: SupportSessionInput!) {
  logSupportSession(matchId: $match, input: $input) {
    id heldOn durationMinutes travelMinutes contactMode topics signposting notes hasConcern concern
    mentorName menteeName confirmedByMenteeAt followUps { id description dueOn doneAt isOverdue }
  }
}`;
const sessionsOf = `query($match: ID!) { matchSessions(matchId: $match) {
  id heldOn notes hasConcern concern concernAcknowledgedAt concernAcknowledgedByName concernResponse
  confirmedByMenteeAt mentorName menteeName followUps { id description dueOn doneAt isOverdue }
} }`;
type Session = {
  id: string;
  notes: string | null;
  concern: string | null;
  concernResponse: string | null;
  confirmedByMenteeAt: string | null;
  followUps: { id: string; description: string | null; doneAt: string | null; isOverdue: boolean }[];
};
const validInput = (overrides: Record<string, unknown> = {}) => ({
  heldOn: daysAgo(1),
  durationMinutes: 75,
  travelMinutes: 20,
  contactMode: "IN_PERSON",
  topics: ["HOUSING", "CONFIDENCE", "HOUSING"],
  signposting: ["HOUSING_SERVICE"],
  notes: "Talked through the letter from the council. Nervous but determined.",
  followUps: [{ description: "Ring the housing officer together", dueOn: addDays(today(), 3) }],
  ...overrides,
});
const fieldsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>;
const rowsOf = (statement: ReturnType<typeof sql>) => t.db.all<Record<string, unknown>>(statement);

let firstSessionId = "";
let concernSessionId = "";
let secondSessionId = "";

describe("logging a session", () => {
  it("records the first session of an accepted match, starts the match, adds pending hours and tells the mentee, in one batch", async () => {
    batches.length = 0;
    const result = await as.mentor!.gql<{ logSupportSession: Session & Record<string, unknown> }>(log, {
      match: match.id,
      input: validInput(),
    });
    expect(result.errors).toBeUndefined();
    const session = result.data!.logSupportSession;
    firstSessionId = session.id;
    expect(session).toMatchObject({
      heldOn: daysAgo(1),
      durationMinutes: 75,
      travelMinutes: 20,
      contactMode: "IN_PERSON",
      topics: ["HOUSING", "CONFIDENCE"],
      signposting: ["HOUSING_SERVICE"],
      notes: "Talked through the letter from the council. Nervous but determined.",
      hasConcern: false,
      concern: null,
      confirmedByMenteeAt: null,
      followUps: [
        expect.objectContaining({ description: "Ring the housing officer together", doneAt: null, isOverdue: false }),
      ],
    });

    const [started] = await t.db.select().from(schema.mentoringMatches).where(eq(schema.mentoringMatches.id, match.id));
    expect(started).toMatchObject({ status: "active", startedOn: daysAgo(1) });
    const events = await t.db.select().from(schema.matchEvents).where(eq(schema.matchEvents.matchId, match.id));
    expect(events).toEqual([
      expect.objectContaining({
        fromStatus: "accepted",
        toStatus: "active",
        reason: "first_session",
        byPersonId: ids.mentor,
      }),
    ]);
    const hours = await t.db
      .select()
      .from(schema.volunteeringHours)
      .where(eq(schema.volunteeringHours.supportSessionId, session.id));
    expect(
      hours.map((h) => [h.activity, h.minutes, h.status, h.personId, h.workedOn, h.organisationId]).sort(),
    ).toEqual([
      ["mentoring", 75, "pending", ids.mentor, daysAgo(1), match.organisationId],
      ["travel_preparation", 20, "pending", ids.mentor, daysAgo(1), match.organisationId],
    ]);
    const notices = await t.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.personId, ids.mentee!));
    expect(notices).toEqual([
      expect.objectContaining({ kind: "session_logged", link: `/mentoring/matches/${match.id}/sessions` }),
    ]);
    expect(notices[0]!.message).not.toContain("council");

    const written = batches.find((batch) => batch.some((s) => /^insert into "support_sessions"/.test(s)));
    const tables = (written ?? []).map((s) => /^(insert into|update) "(\w+)"/.exec(s)?.[2]);
    expect(tables).toEqual([
      "support_sessions",
      "follow_up_actions",
      "volunteering_hours",
      "match_events",
      "mentoring_matches",
      "notifications",
    ]);
  });

  it("does not start the match again, and adds no travel hours when there was no travel", async () => {
    const result = await as.mentor!.gql<{ logSupportSession: { id: string } }>(log, {
      match: match.id,
      input: validInput({ travelMinutes: null, followUps: null, notes: "   ", heldOn: today() }),
    });
    expect(result.errors).toBeUndefined();
    const id = result.data!.logSupportSession.id;
    secondSessionId = id;
    const hours = await t.db
      .select()
      .from(schema.volunteeringHours)
      .where(eq(schema.volunteeringHours.supportSessionId, id));
    expect(hours.map((h) => h.activity)).toEqual(["mentoring"]);
    const [stored] = await t.db.select().from(schema.supportSessions).where(eq(schema.supportSessions.id, id));
    expect(stored?.notesCipher).toBeNull();
    expect(await t.db.select().from(schema.matchEvents).where(eq(schema.matchEvents.matchId, match.id))).toHaveLength(
      1,
    );
  });

  it("raises a concern: every coordinator and admin is told in the same batch, without the detail", async () => {
    batches.length = 0;
    const concern = "She said her ex has been waiting outside the flat at night.";
    const result = await as.mentor!.gql<{ logSupportSession: Session & { hasConcern: boolean } }>(log, {
      match: match.id,
      input: validInput({ concern, travelMinutes: 0, followUps: [] }),
    });
    expect(result.errors).toBeUndefined();
    concernSessionId = result.data!.logSupportSession.id;
    expect(result.data!.logSupportSession).toMatchObject({ hasConcern: true, concern });
    const notices = await t.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.kind, "safeguarding_concern"));
    expect(notices.map((n) => n.personId).sort()).toEqual(
      [ids.coordinator, ids.admin, ids.unconfirmedCoordinator].sort(),
    );
    for (const notice of notices) {
      expect(notice.link).toBe("/organisations/sessions-home/mentoring/concerns");
      expect(notice.message).not.toMatch(/ex|flat|night/);
    }
    const written = batches.find((batch) => batch.some((s) => /^insert into "support_sessions"/.test(s)))!;
    expect(written.filter((s) => /^insert into "notifications"/.test(s))).toHaveLength(2);
  });

  it("writes nothing at all when any part of the batch fails", async () => {
    const count = async (table: string) => Number((await rowsOf(sql.raw(`select count(*) as n from ${table}`)))[0]?.n);
    const before = await Promise.all(
      ["support_sessions", "follow_up_actions", "volunteering_hours", "notifications"].map(count),
    );
    // A real failure at the batch's last statement: the mentee's notice is refused.
    await t.db.run(sql`create trigger refuse_notice before insert on notifications
      when new.kind = 'session_logged' begin select raise(abort, 'refused for the test'); end`);
    // The server logs the unexpected error, as it would for operators; collect it here instead.
    const logged: string[] = [];
    const logError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(" "));
    try {
      const result = await as.mentor!.gql(log, { match: match.id, input: validInput({ concern: "Worried." }) });
      expect(result.errors?.[0]?.message).toBe("Unexpected error.");
    } finally {
      console.error = logError;
      await t.db.run(sql`drop trigger refuse_notice`);
    }
    expect(logged).toEqual([expect.stringContaining("refused for the test")]);
    const after = await Promise.all(
      ["support_sessions", "follow_up_actions", "volunteering_hours", "notifications"].map(count),
    );
    expect(after).toEqual(before);
  });

  it("explains every wrong input", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ heldOn: addDays(today(), 1) }, "heldOn"],
      [{ heldOn: daysAgo(12) }, "heldOn"],
      [{ heldOn: "2026-02-30" }, "heldOn"],
      [{ durationMinutes: 4 }, "durationMinutes"],
      [{ durationMinutes: 601 }, "durationMinutes"],
      [{ durationMinutes: 30.5 }, "input"],
      [{ travelMinutes: -1 }, "travelMinutes"],
      [{ travelMinutes: 601 }, "travelMinutes"],
      [{ notes: "x".repeat(4001) }, "notes"],
      [{ concern: "x".repeat(2001) }, "concern"],
      [{ followUps: Array.from({ length: 11 }, () => ({ description: "Call", dueOn: today() })) }, "followUps"],
      [{ followUps: [{ description: "x".repeat(301), dueOn: today() }] }, "followUps.0.description"],
      [{ followUps: [{ description: " ", dueOn: today() }] }, "followUps.0.description"],
      [{ followUps: [{ description: "Call", dueOn: "soon" }] }, "followUps.0.dueOn"],
      [{ followUps: [{ description: "Call", dueOn: daysAgo(5) }] }, "followUps.0.dueOn"],
    ];
    for (const [change, field] of cases) {
      const result = await as.mentor!.gql(log, { match: match.id, input: validInput(change) });
      const codes = errorCodes(result);
      // A fractional Int is refused by GraphQL itself, before our checks.
      if (field === "input") expect(codes, JSON.stringify(change)).toHaveLength(1);
      else {
        expect(codes, JSON.stringify(change)).toEqual(["VALIDATION"]);
        expect(Object.keys(fieldsOf(result)), JSON.stringify(change)).toEqual([field]);
      }
    }
    // Nothing was written by any of them.
    expect(await t.db.select().from(schema.supportSessions)).toHaveLength(3);
  });

  it("is for the match's mentor only, and only while the match goes on", async () => {
    for (const name of ["mentee", "otherMentor", "coordinator", "admin", "outsider"]) {
      expect(errorCodes(await as[name]!.gql(log, { match: match.id, input: validInput() })), name).toEqual([
        "FORBIDDEN",
      ]);
    }
    expect(errorCodes(await as.anonymous!.gql(log, { match: match.id, input: validInput() }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    expect(errorCodes(await as.mentor!.gql(log, { match: otherMatch.id, input: validInput() }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.mentor!.gql(log, { match: "no-such-match", input: validInput() }))).toEqual([
      "FORBIDDEN",
    ]);
    for (const status of ["proposed", "ended", "declined"] as const) {
      await t.db.update(schema.mentoringMatches).set({ status }).where(eq(schema.mentoringMatches.id, match.id));
      expect(errorCodes(await as.mentor!.gql(log, { match: match.id, input: validInput() })), status).toEqual([
        "CONFLICT",
      ]);
    }
    await t.db
      .update(schema.mentoringMatches)
      .set({ status: "paused" })
      .where(eq(schema.mentoringMatches.id, match.id));
    expect(
      (await as.mentor!.gql(log, { match: match.id, input: validInput({ followUps: [] }) })).errors,
    ).toBeUndefined();
    await t.db
      .update(schema.mentoringMatches)
      .set({ status: "active" })
      .where(eq(schema.mentoringMatches.id, match.id));
  });
});

const auditRows = (via: string) =>
  t.db.select().from(schema.accessAudit).where(eq(schema.accessAudit.via, via)).orderBy(schema.accessAudit.id);

describe("reading a match's sessions", () => {
  it("shows the mentee their own record, unaudited", async () => {
    const before = (await auditRows("Query.matchSessions")).length;
    const result = await as.mentee!.gql<{ matchSessions: Session[] }>(sessionsOf, { match: match.id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.matchSessions).toHaveLength(4);
    expect(result.data!.matchSessions.find((s) => s.id === firstSessionId)?.notes).toContain("letter from the council");
    expect((await auditRows("Query.matchSessions")).length).toBe(before);
  });

  it("shows the mentor and the organisation's staff, each read audited in the same batch", async () => {
    for (const [name, relationship, role] of [
      ["mentor", "mentor of the person", "peer_mentor"],
      ["coordinator", "staff of the match's organisation", "coordinator"],
      ["admin", "staff of the match's organisation", "admin"],
    ] as const) {
      batches.length = 0;
      const result = await as[name]!.gql<{ matchSessions: Session[] }>(sessionsOf, { match: match.id });
      expect(result.errors, name).toBeUndefined();
      expect(result.data!.matchSessions.find((s) => s.id === concernSessionId)?.concern).toContain("waiting outside");
      const [audit] = (await auditRows("Query.matchSessions")).slice(-1);
      expect(audit).toMatchObject({
        viewerPersonId: ids[name],
        subjectPersonId: ids.mentee,
        organisationId: match.organisationId,
        viewerRole: role,
        relationship,
      });
      expect(audit!.fields.split(",")).toEqual(expect.arrayContaining(["notes", "concern", "followUps"]));
      const read = batches.find((batch) => batch.some((s) => /^insert into "access_audit"/.test(s)));
      expect(read?.some((s) => /^select .* from "support_sessions"/.test(s))).toBe(true);
    }
  });

  it("refuses another mentor, another mentee, another organisation and anyone signed out", async () => {
    const before = (await t.db.select().from(schema.accessAudit)).length;
    for (const [name, code] of [
      ["otherMentor", "FORBIDDEN"],
      ["otherMentee", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      const result = await as[name]!.gql(sessionsOf, { match: match.id });
      expect(errorCodes(result), name).toEqual([code]);
      expect(result.data ?? null, name).toBeNull();
    }
    expect(errorCodes(await as.mentor!.gql(sessionsOf, { match: otherMatch.id }))).toEqual(["FORBIDDEN"]);
    expect((await t.db.select().from(schema.accessAudit)).length).toBe(before);
  });

  it("ends the mentor's access when the match ends, but not the mentee's or staff's", async () => {
    await t.db.update(schema.mentoringMatches).set({ status: "ended" }).where(eq(schema.mentoringMatches.id, match.id));
    try {
      expect(errorCodes(await as.mentor!.gql(sessionsOf, { match: match.id }))).toEqual(["FORBIDDEN"]);
      expect((await as.mentee!.gql(sessionsOf, { match: match.id })).errors).toBeUndefined();
      expect((await as.coordinator!.gql(sessionsOf, { match: match.id })).errors).toBeUndefined();
    } finally {
      await t.db
        .update(schema.mentoringMatches)
        .set({ status: "active" })
        .where(eq(schema.mentoringMatches.id, match.id));
    }
  });

  it("tells a page who the viewer is in the match, audited for everyone but the mentee", async () => {
    const header = `query($match: ID!) { sessionMatch(matchId: $match) {
      id status mentorName menteeName viewerRole canLogSessions earliestSessionOn } }`;
    const forMentor = await as.mentor!.gql<{ sessionMatch: Record<string, unknown> }>(header, { match: match.id });
    expect(forMentor.data?.sessionMatch).toMatchObject({
      viewerRole: "MENTOR",
      canLogSessions: true,
      status: "ACTIVE",
    });
    expect(forMentor.data?.sessionMatch.earliestSessionOn).toBe(daysAgo(11));
    const forMentee = await as.mentee!.gql<{ sessionMatch: Record<string, unknown> }>(header, { match: match.id });
    expect(forMentee.data?.sessionMatch).toMatchObject({ viewerRole: "MENTEE", canLogSessions: false });
    const forStaff = await as.coordinator!.gql<{ sessionMatch: Record<string, unknown> }>(header, { match: match.id });
    expect(forStaff.data?.sessionMatch).toMatchObject({ viewerRole: "STAFF", canLogSessions: false });
    expect((await auditRows("Query.sessionMatch")).map((row) => row.viewerPersonId)).toEqual([
      ids.mentor,
      ids.coordinator,
    ]);
    for (const name of ["otherMentor", "otherMentee", "outsider"]) {
      expect(errorCodes(await as[name]!.gql(header, { match: match.id })), name).toEqual(["FORBIDDEN"]);
    }
  });

  it("lists a person's own sessions across matches, and nobody else's", async () => {
    const mine = "{ mySupportSessions { id menteeName mentorName notes } }";
    const result = await as.mentee!.gql<{ mySupportSessions: { id: string }[] }>(mine);
    expect(result.data?.mySupportSessions).toHaveLength(4);
    expect((await as.mentor!.gql<{ mySupportSessions: unknown[] }>(mine)).data?.mySupportSessions).toEqual([]);
    expect(errorCodes(await as.anonymous!.gql(mine))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("the mentee confirming a session", () => {
  const confirm = "mutation($id: ID!) { confirmSupportSession(id: $id) { id confirmedByMenteeAt } }";

  it("records the first confirmation and keeps it", async () => {
    const first = await as.mentee!.gql<{ confirmSupportSession: Session }>(confirm, { id: firstSessionId });
    expect(first.data?.confirmSupportSession.confirmedByMenteeAt).toBe(clock.toISOString());
    const confirmedAt = clock.toISOString();
    clock = new Date(clock.getTime() + 60_000);
    const again = await as.mentee!.gql<{ confirmSupportSession: Session }>(confirm, { id: firstSessionId });
    expect(again.data?.confirmSupportSession.confirmedByMenteeAt).toBe(confirmedAt);
  });

  it("is refused to everyone but the mentee", async () => {
    for (const name of ["mentor", "otherMentee", "coordinator", "outsider"]) {
      expect(errorCodes(await as[name]!.gql(confirm, { id: concernSessionId })), name).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await as.mentee!.gql(confirm, { id: "no-such-session" }))).toEqual(["FORBIDDEN"]);
  });
});

describe("encryption at rest", () => {
  it("never stores the notes, concern or follow-ups in the clear", async () => {
    const [stored] = await t.db
      .select()
      .from(schema.supportSessions)
      .where(eq(schema.supportSessions.id, concernSessionId));
    expect(stored?.notesCipher).toMatch(/^p1\./);
    expect(stored?.notesCipher).not.toContain("council");
    expect(stored?.concernCipher).toMatch(/^p1\./);
    expect(stored?.concernCipher).not.toContain("waiting");
    const followUps = await t.db.select().from(schema.followUpActions);
    expect(followUps.length).toBeGreaterThan(0);
    for (const followUp of followUps) expect(followUp.descriptionCipher).not.toContain("housing officer");
    const everything = JSON.stringify(await rowsOf(sql`select * from support_sessions`));
    expect(everything).not.toMatch(/council|waiting outside/);
  });

  it("reads a ciphertext copied into another row or to another person as nothing", async () => {
    const [source] = await t.db
      .select()
      .from(schema.supportSessions)
      .where(eq(schema.supportSessions.id, firstSessionId));
    await t.db
      .update(schema.supportSessions)
      .set({ notesCipher: source!.notesCipher, concernCipher: source!.notesCipher })
      .where(eq(schema.supportSessions.id, secondSessionId));
    const ownRows = await as.mentee!.gql<{ matchSessions: Session[] }>(sessionsOf, { match: match.id });
    const copied = ownRows.data!.matchSessions.find((s) => s.id === secondSessionId)!;
    expect(copied).toMatchObject({ notes: null, concern: null });

    // Into the other mentee's session with the same row id binding: their key cannot open it.
    const theirs = await as.otherMentor!.gql<{ logSupportSession: { id: string } }>(log, {
      match: otherMatch.id,
      input: validInput({ followUps: [], notes: null }),
    });
    const theirId = theirs.data!.logSupportSession.id;
    await t.db
      .update(schema.supportSessions)
      .set({ notesCipher: source!.notesCipher })
      .where(eq(schema.supportSessions.id, theirId));
    const read = await as.otherMentee!.gql<{ matchSessions: Session[] }>(sessionsOf, { match: otherMatch.id });
    expect(read.data!.matchSessions.map((s) => s.notes)).toEqual([null]);
  });
});

describe("safeguarding concerns", () => {
  const open = `query($org: ID!) { openConcerns(organisationId: $org) {
    raisedAt waitingMinutes session { id heldOn concern mentorName menteeName } } }`;
  const acknowledge = `mutation($id: ID!, $response: String!) { acknowledgeConcern(sessionId: $id, response: $response) {
    id concernAcknowledgedAt concernAcknowledgedByName concernResponse } }`;
  let laterConcernId = "";

  it("lists concerns waiting for a response, oldest first, with who and how long, audited", async () => {
    clock = new Date(clock.getTime() + 30 * 60_000);
    const later = await as.otherMentor!.gql<{ logSupportSession: { id: string } }>(log, {
      match: otherMatch.id,
      input: validInput({ concern: "He mentioned not wanting to be here any more.", followUps: [] }),
    });
    laterConcernId = later.data!.logSupportSession.id;
    clock = new Date(clock.getTime() + 15 * 60_000);
    const result = await as.coordinator!.gql<{
      openConcerns: { waitingMinutes: number; session: { id: string; mentorName: string; menteeName: string } }[];
    }>(open, { org: match.organisationId });
    expect(result.errors).toBeUndefined();
    const concerns = result.data!.openConcerns;
    expect(concerns.map((c) => c.session.id)).toEqual([concernSessionId, laterConcernId]);
    expect(concerns[0]!.waitingMinutes).toBeGreaterThanOrEqual(46);
    expect(concerns[1]!.waitingMinutes).toBe(15);
    expect(concerns[0]!.session.mentorName).toMatch(/^Person /);
    expect(concerns[0]!.session.menteeName).toMatch(/^Person /);
    const audits = await auditRows("Query.openConcerns");
    expect(audits.map((a) => a.subjectPersonId).sort()).toEqual([ids.mentee, ids.otherMentee].sort());
    expect(audits.every((a) => a.relationship === "staff of the match's organisation")).toBe(true);
  });

  it("is refused to mentors, members and other organisations", async () => {
    for (const [name, code] of [
      ["mentor", "FORBIDDEN"],
      ["mentee", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(open, { org: match.organisationId })), name).toEqual([code]);
      expect(errorCodes(await as[name]!.gql(acknowledge, { id: concernSessionId, response: "On it." })), name).toEqual([
        code,
      ]);
    }
  });

  it("takes a response once, sealed under the mentee's key, and shows it to the mentor", async () => {
    for (const response of ["", "   ", "x".repeat(2001)]) {
      expect(errorCodes(await as.coordinator!.gql(acknowledge, { id: concernSessionId, response }))).toEqual([
        "VALIDATION",
      ]);
    }
    const response = "Rang her today. Referred to the domestic abuse service with her agreement.";
    const done = await as.coordinator!.gql<{ acknowledgeConcern: Record<string, unknown> }>(acknowledge, {
      id: concernSessionId,
      response: `  ${response}  `,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.acknowledgeConcern).toMatchObject({
      concernAcknowledgedAt: clock.toISOString(),
      concernAcknowledgedByName: expect.stringMatching(/^Person /),
      concernResponse: response,
    });
    const [stored] = await t.db
      .select()
      .from(schema.supportSessions)
      .where(eq(schema.supportSessions.id, concernSessionId));
    expect(stored?.concernResponseCipher).toMatch(/^p1\./);
    expect(stored?.concernResponseCipher).not.toContain("Referred");

    expect(errorCodes(await as.admin!.gql(acknowledge, { id: concernSessionId, response: "Me too" }))).toEqual([
      "CONFLICT",
    ]);
    expect(errorCodes(await as.admin!.gql(acknowledge, { id: firstSessionId, response: "Nothing to answer" }))).toEqual(
      ["CONFLICT"],
    );
    const seen = await as.mentor!.gql<{ matchSessions: Session[] }>(sessionsOf, { match: match.id });
    expect(seen.data!.matchSessions.find((s) => s.id === concernSessionId)?.concernResponse).toBe(response);
    const left = await as.admin!.gql<{ openConcerns: { session: { id: string } }[] }>(open, {
      org: match.organisationId,
    });
    expect(left.data?.openConcerns.map((c) => c.session.id)).toEqual([laterConcernId]);
  });
});

describe("follow-ups", () => {
  const mine = "{ myFollowUps { id description dueOn doneAt isOverdue menteeName matchId } }";
  const complete = "mutation($id: ID!) { completeFollowUp(id: $id) { id doneAt isOverdue } }";
  type FollowUp = { id: string; description: string; dueOn: string; doneAt: string | null; isOverdue: boolean };

  it("lists a mentor's open follow-ups with the people they mentor now, audited", async () => {
    const result = await as.mentor!.gql<{ myFollowUps: FollowUp[] }>(mine);
    expect(result.errors).toBeUndefined();
    expect(result.data?.myFollowUps).toEqual([
      expect.objectContaining({
        description: "Ring the housing officer together",
        isOverdue: false,
        matchId: match.id,
        menteeName: expect.stringMatching(/^Person /),
      }),
    ]);
    expect((await as.otherMentor!.gql<{ myFollowUps: unknown[] }>(mine)).data?.myFollowUps).toEqual([]);
    const [audit] = await auditRows("Query.myFollowUps");
    expect(audit).toMatchObject({
      viewerPersonId: ids.mentor,
      subjectPersonId: ids.mentee,
      organisationId: match.organisationId,
      relationship: "mentor of the person",
    });
  });

  it("is overdue once its day has passed in the UK", async () => {
    const [followUp] = (await as.mentor!.gql<{ myFollowUps: FollowUp[] }>(mine)).data!.myFollowUps;
    clock = new Date(`${addDays(followUp!.dueOn, 1)}T12:00:00Z`);
    const result = await as.mentor!.gql<{ myFollowUps: FollowUp[] }>(mine);
    expect(result.data?.myFollowUps[0]?.isOverdue).toBe(true);
  });

  it("is ticked off by the mentor alone, once", async () => {
    const [followUp] = (await as.mentor!.gql<{ myFollowUps: FollowUp[] }>(mine)).data!.myFollowUps;
    for (const name of ["mentee", "otherMentor", "coordinator", "outsider"]) {
      expect(errorCodes(await as[name]!.gql(complete, { id: followUp!.id })), name).toEqual(["FORBIDDEN"]);
    }
    const done = await as.mentor!.gql<{ completeFollowUp: FollowUp }>(complete, { id: followUp!.id });
    expect(done.data?.completeFollowUp).toMatchObject({ doneAt: clock.toISOString(), isOverdue: false });
    const doneAt = clock.toISOString();
    clock = new Date(clock.getTime() + 60_000);
    const again = await as.mentor!.gql<{ completeFollowUp: FollowUp }>(complete, { id: followUp!.id });
    expect(again.data?.completeFollowUp.doneAt).toBe(doneAt);
    expect((await as.mentor!.gql<{ myFollowUps: unknown[] }>(mine)).data?.myFollowUps).toEqual([]);
  });

  it("drops out of the mentor's list, and reach, when the match ends", async () => {
    const result = await as.mentor!.gql<{ logSupportSession: Session }>(log, {
      match: match.id,
      input: validInput({ heldOn: today(), followUps: [{ description: "Go to the food bank", dueOn: today() }] }),
    });
    const followUpId = result.data!.logSupportSession.followUps[0]!.id;
    expect((await as.mentor!.gql<{ myFollowUps: unknown[] }>(mine)).data?.myFollowUps).toHaveLength(1);
    await t.db.update(schema.mentoringMatches).set({ status: "ended" }).where(eq(schema.mentoringMatches.id, match.id));
    try {
      expect((await as.mentor!.gql<{ myFollowUps: unknown[] }>(mine)).data?.myFollowUps).toEqual([]);
      expect(errorCodes(await as.mentor!.gql(complete, { id: followUpId }))).toEqual(["FORBIDDEN"]);
    } finally {
      await t.db
        .update(schema.mentoringMatches)
        .set({ status: "active" })
        .where(eq(schema.mentoringMatches.id, match.id));
    }
  });
});

describe("the person's own data", () => {
  const download = async (client: TestClient) => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: client.cookie! } });
    return (await response.json()) as {
      supportSessions: {
        sessionsAboutMe: {
          heldOn: string;
          notes: string | null;
          concern: string | null;
          concernResponse: string | null;
          followUps: { description: string | null }[];
        }[];
        sessionsILoggedAsMentor: { heldOn: string; followUps: { dueOn: string }[] }[];
      };
    };
  };

  it("gives the mentee every session about them, decrypted", async () => {
    const { sessionsAboutMe } = (await download(as.mentee!)).supportSessions;
    expect(sessionsAboutMe).toHaveLength(5);
    expect(sessionsAboutMe.map((s) => s.notes)).toContain(
      "Talked through the letter from the council. Nervous but determined.",
    );
    expect(sessionsAboutMe.map((s) => s.concern)).toContain(
      "She said her ex has been waiting outside the flat at night.",
    );
    expect(sessionsAboutMe.map((s) => s.concernResponse)).toContain(
      "Rang her today. Referred to the domestic abuse service with her agreement.",
    );
    expect(sessionsAboutMe.flatMap((s) => s.followUps.map((f) => f.description))).toEqual(
      expect.arrayContaining(["Ring the housing officer together", "Go to the food bank"]),
    );
  });

  it("gives the mentor what they did, without what they wrote about the person", async () => {
    const data = await download(as.mentor!);
    expect(data.supportSessions.sessionsAboutMe).toEqual([]);
    expect(data.supportSessions.sessionsILoggedAsMentor).toHaveLength(5);
    expect(JSON.stringify(data)).not.toMatch(/council|waiting outside|housing officer|domestic abuse/);
  });
});

describe("erasure", () => {
  it("keeps a mentee's sessions readable to them when their mentor erases their account", async () => {
    const erased = await as.otherMentor!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const read = await as.otherMentee!.gql<{ matchSessions: (Session & { mentorName: string })[] }>(sessionsOf, {
      match: otherMatch.id,
    });
    expect(read.errors).toBeUndefined();
    const concern = read.data!.matchSessions.find((s) => s.concern !== null);
    expect(concern).toMatchObject({
      mentorName: "A former mentor",
      concern: "He mentioned not wanting to be here any more.",
    });
  });

  it("leaves nothing of the mentee's sessions readable once they erase their account", async () => {
    const count = async (table: string, where: string) =>
      Number((await rowsOf(sql.raw(`select count(*) as n from ${table} where ${where}`)))[0]?.n);
    const hoursBefore = await count("volunteering_hours", `person_id = '${ids.mentor}'`);
    expect(await count("person_data_keys", `person_id = '${ids.mentee}'`)).toBe(1);
    const erased = await as.mentee!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    expect(await count("person_data_keys", `person_id = '${ids.mentee}'`)).toBe(0);
    expect(await count("support_sessions", `mentee_person_id = '${ids.mentee}'`)).toBe(0);
    expect(await count("follow_up_actions", `match_id = '${match.id}'`)).toBe(0);
    expect(await count("notifications", `person_id = '${ids.mentee}'`)).toBe(0);
    // The mentor's hours stay theirs, no longer linked to a session about anyone.
    expect(await count("volunteering_hours", `person_id = '${ids.mentor}'`)).toBe(hoursBefore);
    expect(await count("volunteering_hours", `person_id = '${ids.mentor}' and support_session_id is not null`)).toBe(0);
    const leftovers = JSON.stringify(await rowsOf(sql`select * from support_sessions`));
    expect(leftovers).not.toContain(ids.mentee);
    const other = await t.db
      .select()
      .from(schema.supportSessions)
      .where(and(eq(schema.supportSessions.menteePersonId, ids.otherMentee!)));
    expect(other.length).toBeGreaterThan(0);
  });
});
