// Planned contacts: the mentor (or a coordinator) plans the next catch-up of a
// match; both people are reminded the evening before and on the day, in the same
// batch as the plan. Planning again moves it, cancelling cancels it, and pausing
// or ending the match calls it off. Only the mentor and staff plan; the mentee
// sees it; everyone else is refused. The clock is fixed at 10:00 London time.
import { addDays, londonDate, londonMidnight } from "@kinship/api/calendar-dates";
import { nextLondonClock, whenWords } from "@kinship/api/reminders/london-clock";
import { schema } from "@kinship/db";
import type { Client, InStatement } from "@libsql/client";
import { and, asc, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest, signInCast } from "../support/mentoring-factories";

const day0 = addDays(londonDate(new Date()), 1);
/** The London wall clock `clock` on the day `offset` days after the fixed day. */
const at = (offset: number, clock: string) => nextLondonClock(new Date(londonMidnight(addDays(day0, offset))), clock);
let clock = at(0, "10:00");

let t: TestAppHandle;
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
const names: Record<string, string> = {};
let home: string;

const batches: string[][] = [];
function watchBatches(client: Client) {
  const batch = client.batch.bind(client);
  client.batch = ((statements: InStatement[], ...rest: unknown[]) => {
    batches.push(statements.map((statement) => (typeof statement === "string" ? statement : statement.sql)));
    return (batch as (...args: unknown[]) => ReturnType<Client["batch"]>)(statements, ...rest);
  }) as Client["batch"];
}

async function optInToEmail(personId: string) {
  await t.db
    .insert(schema.consents)
    .values({ personId, purpose: "reminders_by_email", isGranted: true, wordingVersion: 1, recordedAt: clock });
}

/** A match between a new mentee and the mentor (both opted in to email reminders). */
async function newMatch(status: "accepted" | "active" | "paused" = "active", mentor = "mentor") {
  const cast = [[`mentee-${Object.keys(ids).length}`, home, "member", false]] as const;
  await signInCast(t, cast, { ids, as }, clock);
  const menteeId = ids[cast[0][0]]!;
  await optInToEmail(menteeId);
  const [profile] = await t.db
    .select()
    .from(schema.mentorProfiles)
    .where(eq(schema.mentorProfiles.personId, ids[mentor]!));
  const request = await createMentorRequest(t.db, menteeId, home);
  const match = await createMatch(t.db, request, profile!, { status, createdAt: at(-10, "10:00") });
  return { ...match, mentee: as[cast[0][0]]!, menteeName: await nameOf(menteeId) };
}

async function nameOf(personId: string) {
  const [row] = await t.db.select().from(schema.people).where(eq(schema.people.id, personId));
  return row!.displayName;
}

const plan = `mutation($input: PlanContactInput!) { planContact(input: $input) { id kind contactMode startsAt } }`;
const cancel = `mutation($id: ID!) { cancelPlannedContact(id: $id) { id startsAt } }`;
const nextOf = `query($id: ID!) { match(id: $id) { id nextContact { id kind contactMode startsAt } } }`;
type Planned = { id: string; kind: string; contactMode: string; startsAt: string };

const planFor = (client: TestClient, matchId: string, startsAt: Date | string, kind = "SUPPORT_SESSION") =>
  client.gql<{ planContact: Planned }>(plan, {
    input: {
      matchId,
      kind,
      contactMode: "IN_PERSON",
      startsAt: typeof startsAt === "string" ? startsAt : startsAt.toISOString(),
    },
  });

const remindersOf = (contactId: string) =>
  t.db
    .select()
    .from(schema.reminderMessages)
    .where(like(schema.reminderMessages.dedupeKey, `planned-contact:${contactId}:%`))
    .orderBy(asc(schema.reminderMessages.dueAt), asc(schema.reminderMessages.personId));

const contactRow = async (id: string) =>
  (await t.db.select().from(schema.plannedContacts).where(eq(schema.plannedContacts.id, id)))[0]!;

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  watchBatches(t.db.$client);
  home = (await createOrganisation(t.db, { name: "Catch-up Home" })).id;
  const other = (await createOrganisation(t.db, { name: "Catch-up Other" })).id;
  const cast = [
    ["mentor", home, "peer_mentor", false],
    ["otherMentor", home, "peer_mentor", false],
    ["coordinator", home, "coordinator", true],
    ["unconfirmedCoordinator", home, "coordinator", false],
    ["outsider", other, "coordinator", true],
  ] as const;
  await signInCast(t, cast, { ids, as }, clock);
  await createMentorProfile(t.db, ids.mentor!, home);
  await createMentorProfile(t.db, ids.otherMentor!, home);
  await optInToEmail(ids.mentor!);
  names.mentor = await nameOf(ids.mentor!);
});
afterAll(() => t.close());

describe("planning a catch-up", () => {
  it("writes the plan and four reminders (two people, evening before and on the day) in one batch", async () => {
    const match = await newMatch();
    const startsAt = at(2, "14:00");
    batches.length = 0;
    const planned = await planFor(as.mentor!, match.id, startsAt);
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planContact).toMatchObject({
      kind: "SUPPORT_SESSION",
      contactMode: "IN_PERSON",
      startsAt: startsAt.toISOString(),
    });
    const id = planned.data!.planContact.id;
    const writes = batches.filter((batch) => batch.some((s) => /insert into "planned_contacts"/.test(s)));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.filter((s) => /insert into reminder_messages/.test(s))).toHaveLength(4);

    const reminders = await remindersOf(id);
    const byPerson = (personId: string) => reminders.filter((r) => r.personId === personId);
    for (const personId of [ids.mentor!, match.menteePersonId]) {
      expect(byPerson(personId).map((r) => [r.dedupeKey, r.dueAt.toISOString(), r.expiresAt.toISOString()])).toEqual([
        [`planned-contact:${id}:day-before`, at(1, "18:00").toISOString(), startsAt.toISOString()],
        [`planned-contact:${id}:on-the-day`, at(2, "12:00").toISOString(), startsAt.toISOString()],
      ]);
    }
    expect(reminders.every((r) => r.status === "pending" && r.kind === "support_session")).toBe(true);
    // Discreet: the other person's name and the time, nothing more.
    expect(byPerson(match.menteePersonId)[0]!.text).toBe(
      `Reminder: catch-up with ${names.mentor} on ${whenWords(startsAt)}.`,
    );
    expect(byPerson(ids.mentor!)[0]!.text).toBe(
      `Reminder: catch-up with ${match.menteeName} on ${whenWords(startsAt)}.`,
    );

    const seen = await match.mentee.gql<{ match: { nextContact: Planned } }>(nextOf, { id: match.id });
    expect(seen.data?.match.nextContact).toMatchObject({ id, startsAt: startsAt.toISOString() });
  });

  it("skips the evening-before reminder for a catch-up later today, and the on-the-day one before 08:30", async () => {
    const match = await newMatch("accepted");
    const today = await planFor(as.mentor!, match.id, at(0, "15:00"));
    const keys = (await remindersOf(today.data!.planContact.id)).map((r) => [r.dedupeKey.split(":")[2], r.dueAt]);
    expect(keys).toEqual([
      ["on-the-day", at(0, "13:00")],
      ["on-the-day", at(0, "13:00")],
    ]);
    const early = await planFor(as.mentor!, match.id, at(1, "08:15"));
    const earlyKeys = (await remindersOf(early.data!.planContact.id)).map((r) => r.dedupeKey.split(":")[2]);
    expect(earlyKeys).toEqual(["day-before", "day-before"]);
    // Nine o'clock: reminded at eight, when quiet hours usually end, rather than at seven.
    const nine = await planFor(as.mentor!, match.id, at(1, "09:00"));
    const onTheDay = (await remindersOf(nine.data!.planContact.id)).filter((r) => r.dedupeKey.endsWith("on-the-day"));
    expect(onTheDay.map((r) => r.dueAt)).toEqual([at(1, "08:00"), at(1, "08:00")]);
  });

  it("uses the words for going with the person to an appointment", async () => {
    const match = await newMatch();
    const startsAt = at(3, "11:30");
    const planned = await planFor(as.mentor!, match.id, startsAt, "ACCOMPANIED_APPOINTMENT");
    const reminders = await remindersOf(planned.data!.planContact.id);
    const forMentee = reminders.find((r) => r.personId === match.menteePersonId)!;
    expect(forMentee.kind).toBe("accompanied_appointment");
    expect(forMentee.text).toBe(`Reminder: ${names.mentor} is meeting you on ${whenWords(startsAt)}.`);
  });

  it("moves the catch-up when planned again: the old one and its reminders cancelled, in the same batch", async () => {
    const match = await newMatch();
    const first = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
    batches.length = 0;
    const second = (await planFor(as.coordinator!, match.id, at(4, "10:30"))).data!.planContact;
    const write = batches.find((batch) => batch.some((s) => /insert into "planned_contacts"/.test(s)))!;
    expect(write.some((s) => /update "reminder_messages"/.test(s))).toBe(true);
    expect(write.some((s) => /update "planned_contacts"/.test(s))).toBe(true);
    expect((await contactRow(first.id)).cancelledAt).toEqual(clock);
    expect((await remindersOf(first.id)).map((r) => r.status)).toEqual(Array(4).fill("cancelled"));
    expect((await remindersOf(second.id)).map((r) => r.status)).toEqual(Array(4).fill("pending"));
    const next = await as.mentor!.gql<{ match: { nextContact: Planned } }>(nextOf, { id: match.id });
    expect(next.data!.match.nextContact.id).toBe(second.id);
  });

  it("refuses a time in the past, too far ahead or not a time, and writes nothing", async () => {
    const match = await newMatch();
    const kept = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
    const yearAhead = new Date(clock);
    yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
    for (const startsAt of [
      at(0, "09:59"),
      new Date(yearAhead.getTime() + 60_000),
      "next Tuesday",
      "2026-11-24T14:00",
    ]) {
      const refused = await planFor(as.mentor!, match.id, startsAt);
      expect(errorCodes(refused), String(startsAt)).toEqual(["VALIDATION"]);
      expect(Object.keys(refused.errors![0]!.extensions!.fields as object)).toEqual(["startsAt"]);
    }
    const rows = await t.db.select().from(schema.plannedContacts).where(eq(schema.plannedContacts.matchId, match.id));
    expect(rows.map((row) => [row.id, row.cancelledAt])).toEqual([[kept.id, null]]);
    expect((await remindersOf(kept.id)).map((r) => r.status)).toEqual(Array(4).fill("pending"));
  });

  it("refuses a paused match, and people who aren't the mentor or staff with a second factor", async () => {
    const paused = await newMatch("paused");
    expect(errorCodes(await planFor(as.mentor!, paused.id, at(2, "14:00")))).toEqual(["CONFLICT"]);
    const match = await newMatch();
    const when = at(2, "14:00");
    expect(errorCodes(await planFor(match.mentee, match.id, when))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await planFor(as.otherMentor!, match.id, when))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await planFor(as.outsider!, match.id, when))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await planFor(as.unconfirmedCoordinator!, match.id, when))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect(errorCodes(await planFor(t.client(), match.id, when))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await planFor(as.mentor!, "no-such-match", when))).toEqual(["FORBIDDEN"]);
    const rows = await t.db.select().from(schema.plannedContacts).where(eq(schema.plannedContacts.matchId, match.id));
    expect(rows).toEqual([]);
  });
});

describe("calling a catch-up off", () => {
  it("cancels it and its reminders, for the mentor or staff only", async () => {
    const match = await newMatch();
    const planned = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
    for (const [who, code] of [
      [match.mentee, "FORBIDDEN"],
      [as.otherMentor!, "FORBIDDEN"],
      [as.outsider!, "FORBIDDEN"],
      [as.unconfirmedCoordinator!, "SECOND_FACTOR_REQUIRED"],
    ] as const) {
      expect(errorCodes(await who.gql(cancel, { id: planned.id }))).toEqual([code]);
    }
    expect((await contactRow(planned.id)).cancelledAt).toBeNull();
    const cancelled = await as.mentor!.gql(cancel, { id: planned.id });
    expect(cancelled.errors).toBeUndefined();
    expect((await contactRow(planned.id)).cancelledAt).toEqual(clock);
    expect((await remindersOf(planned.id)).map((r) => r.status)).toEqual(Array(4).fill("cancelled"));
    expect((await as.mentor!.gql(cancel, { id: planned.id })).errors).toBeUndefined();
    const next = await match.mentee.gql<{ match: { nextContact: Planned | null } }>(nextOf, { id: match.id });
    expect(next.data!.match.nextContact).toBeNull();
  });

  it("is no longer next once its time has passed, and can't then be cancelled", async () => {
    const match = await newMatch();
    const planned = (await planFor(as.mentor!, match.id, at(0, "11:00"))).data!.planContact;
    const before = clock;
    clock = at(0, "11:30");
    try {
      const next = await as.mentor!.gql<{ match: { nextContact: Planned | null } }>(nextOf, { id: match.id });
      expect(next.data!.match.nextContact).toBeNull();
      expect(errorCodes(await as.mentor!.gql(cancel, { id: planned.id }))).toEqual(["CONFLICT"]);
    } finally {
      clock = before;
    }
  });

  for (const change of ["PAUSE", "END"] as const) {
    it(`happens when the match is ${change === "PAUSE" ? "paused" : "ended"}, in the same batch`, async () => {
      const match = await newMatch();
      const planned = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
      batches.length = 0;
      const changed = await as.mentor!.gql(
        `mutation($id: ID!, $input: MatchChangeInput!) { changeMatch(matchId: $id, input: $input) { id status } }`,
        { id: match.id, input: change === "END" ? { change, reason: "GOALS_MET" } : { change } },
      );
      expect(changed.errors).toBeUndefined();
      const write = batches.find((batch) => batch.some((s) => /update "mentoring_matches"/.test(s)))!;
      expect(write.some((s) => /update "planned_contacts"/.test(s))).toBe(true);
      expect((await contactRow(planned.id)).cancelledAt).toEqual(clock);
      expect((await remindersOf(planned.id)).map((r) => r.status)).toEqual(Array(4).fill("cancelled"));
    });
  }
});

describe("who sees the next catch-up", () => {
  it("shows it to the mentee, mentor and staff (staff and mentor reads audited) and refuses others", async () => {
    const match = await newMatch();
    const planned = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
    const audits = () =>
      t.db
        .select()
        .from(schema.accessAudit)
        .where(
          and(
            eq(schema.accessAudit.via, "Match.nextContact"),
            eq(schema.accessAudit.subjectPersonId, match.menteePersonId),
          ),
        );
    for (const reader of [match.mentee, as.mentor!, as.coordinator!]) {
      const read = await reader.gql<{ match: { nextContact: Planned } }>(nextOf, { id: match.id });
      expect(read.data?.match.nextContact.id).toBe(planned.id);
    }
    expect((await audits()).map((a) => [a.viewerPersonId, a.relationship])).toEqual([
      [ids.mentor, "mentor of the person"],
      [ids.coordinator, "staff of the match's organisation"],
    ]);
    for (const [who, code] of [
      [as.otherMentor!, "FORBIDDEN"],
      [as.outsider!, "FORBIDDEN"],
      [as.unconfirmedCoordinator!, "SECOND_FACTOR_REQUIRED"],
      [t.client(), "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await who.gql(nextOf, { id: match.id }))).toEqual([code]);
    }
  });

  it("reads every match's next catch-up in a list together", async () => {
    const first = await newMatch();
    const second = await newMatch();
    await planFor(as.mentor!, first.id, at(2, "14:00"));
    await planFor(as.mentor!, second.id, at(3, "14:00"));
    batches.length = 0;
    const read = await as.mentor!.gql<{ myMatches: { id: string; nextContact: Planned | null }[] }>(
      "{ myMatches { id nextContact { id startsAt } } }",
    );
    expect(read.errors).toBeUndefined();
    const withNext = read.data!.myMatches.filter((m) => m.nextContact !== null).map((m) => m.id);
    expect(withNext).toEqual(expect.arrayContaining([first.id, second.id]));
    const reads = batches.filter((batch) => batch.some((s) => /from "planned_contacts"/.test(s)));
    expect(reads).toHaveLength(1);
  });
});

describe("the person's own data", () => {
  it("includes their planned contacts in the download, and erasure removes them and their reminders", async () => {
    const match = await newMatch();
    const planned = (await planFor(as.mentor!, match.id, at(2, "14:00"))).data!.planContact;
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: match.mentee.cookie! },
    });
    const data = (await response.json()) as { plannedContacts: { matchId: string; startsAt: string }[] };
    expect(data.plannedContacts).toEqual([
      expect.objectContaining({ matchId: match.id, kind: "support_session", startsAt: at(2, "14:00").toISOString() }),
    ]);
    const mentorData = (await (
      await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.mentor!.cookie! } })
    ).json()) as { plannedContacts: { matchId: string }[] };
    expect(mentorData.plannedContacts.map((p) => p.matchId)).toContain(match.id);

    const erased = await match.mentee.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const count = async (query: ReturnType<typeof sql>) => Number((await t.db.all<{ n: number }>(query))[0]?.n);
    expect(
      await count(sql`select count(*) as n from planned_contacts where mentee_person_id = ${match.menteePersonId}`),
    ).toBe(0);
    expect(await count(sql`select count(*) as n from planned_contacts where id = ${planned.id}`)).toBe(0);
    expect(
      await count(sql`select count(*) as n from reminder_messages where person_id = ${match.menteePersonId}`),
    ).toBe(0);
    // The mentor is no longer reminded of a catch-up with someone who has gone.
    const mentorsReminders = await remindersOf(planned.id);
    expect(mentorsReminders.map((r) => [r.personId, r.status])).toEqual([
      [ids.mentor, "cancelled"],
      [ids.mentor, "cancelled"],
    ]);
  });
});
