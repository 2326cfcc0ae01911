// Recovery-capital check-ins through the API: scoring with the built-in
// instrument, one check-in a day, typed errors for every wrong input, the history
// with its trend and words, and who may read it: the person, their matched mentor
// while the person shares their journey with them, and their organisation's staff
// while the person shares it with the service. Every other reader is refused, and
// every read by someone else is audited. The note is sealed, exported and erased.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { schema } from "@kinship/db";
import { builtInDefinition, builtInInstrumentId } from "@kinship/db/journey-defaults";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import { createMatch, createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let matchId = "";
const today = () => londonDate(new Date());

const complete = `mutation($input: CheckInInput!) { completeCheckIn(input: $input) {
  checkIn { id takenOn scorePercent instrumentName band { label meaning } domains { domain itemText answerLabel percent } note }
  strengths gaps changeSinceLast { domain percentBefore percentNow change } nextSuggestedOn
} }`;
const history = `query($person: ID) { recoveryCheckIns(personId: $person) {
  instrument { id name attribution items { code domain text } }
  checkIns { id takenOn scorePercent band { label } domains { domain percent } note }
  otherCheckIns { id }
  strengths gaps changeSinceLast { domain change } checkInEveryWeeks lastTakenOn nextSuggestedOn
} }`;
type History = {
  instrument: { id: string; name: string };
  checkIns: { id: string; takenOn: string; scorePercent: number; band: { label: string }; note: string | null }[];
  strengths: string[];
  gaps: string[];
  changeSinceLast: { domain: string; change: number }[];
  checkInEveryWeeks: number;
  lastTakenOn: string | null;
  nextSuggestedOn: string | null;
};
/** Every item of the built-in instrument answered, 4 ("Slightly agree") unless told otherwise. */
const answers = (values: Record<string, number> = {}) =>
  builtInDefinition.items.map((item) => ({ itemCode: item.code, value: values[item.code] ?? 4 }));
const checkIn = (browser: TestClient, input: Record<string, unknown>) =>
  browser.gql<{ completeCheckIn: Record<string, unknown> & { checkIn: { id: string } } }>(complete, {
    input: { instrumentId: builtInInstrumentId, answers: answers(), ...input },
  });
const readHistory = (browser: TestClient, person?: string) =>
  browser.gql<{ recoveryCheckIns: History }>(history, { person });
const fieldsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>;
const share = (purpose: string, isGranted: boolean) =>
  as.person!.gql("mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }", {
    p: purpose,
    g: isGranted,
  });
const auditRows = (viewer: string) =>
  t.db
    .select()
    .from(schema.accessAudit)
    .where(
      and(
        eq(schema.accessAudit.viewerPersonId, viewer),
        eq(schema.accessAudit.subjectPersonId, ids.person!),
        eq(schema.accessAudit.via, "Query.recoveryCheckIns"),
      ),
    );

beforeAll(async () => {
  t = await testApp();
  const home = await createOrganisation(t.db, { name: "Check-ins Home" });
  const other = await createOrganisation(t.db, { name: "Check-ins Other" });
  const people = [
    ["person", home.id, "member", false],
    ["otherMember", home.id, "member", false],
    ["coordinator", home.id, "coordinator", true],
    ["unconfirmedCoordinator", home.id, "coordinator", false],
    ["outsider", other.id, "coordinator", true],
  ] as const;
  for (const [name, organisationId, role, withSecondFactor] of people) {
    const person = await signedInPerson(t, [{ organisationId, role }], { withSecondFactor });
    ids[name] = person.id;
    as[name] = person.client;
  }
  // The outsider coordinator is also a plain member here: no staff role in the person's organisation.
  await t.db.insert(schema.memberships).values({
    id: crypto.randomUUID(),
    personId: ids.outsider!,
    organisationId: home.id,
    role: "member",
  });
  const mentor = await signedInMentor(t, home.id);
  const unmatchedMentor = await signedInMentor(t, home.id);
  ids.mentor = mentor.id;
  as.mentor = mentor.client;
  as.unmatchedMentor = unmatchedMentor.client;
  ids.unmatchedMentor = unmatchedMentor.id;
  const request = await createMentorRequest(t.db, ids.person!, home.id);
  matchId = (await createMatch(t.db, request, mentor.profile)).id;
  as.anonymous = t.client();
});
afterAll(() => t.close());

describe("checking in", () => {
  it("offers the built-in check-in with its six answers, suggesting one now", async () => {
    const result = await as.person!.gql<{ checkInForm: Record<string, unknown> }>(
      "{ checkInForm { instrument { id name items { code text } answerOptions { value label } } checkInEveryWeeks lastTakenOn nextSuggestedOn today } }",
    );
    expect(result.errors).toBeUndefined();
    const form = result.data!.checkInForm as {
      instrument: { id: string; items: unknown[]; answerOptions: { value: number; label: string }[] };
    };
    expect(form).toMatchObject({ checkInEveryWeeks: 6, lastTakenOn: null, nextSuggestedOn: null, today: today() });
    expect(form.instrument.id).toBe(builtInInstrumentId);
    expect(form.instrument.items).toHaveLength(10);
    expect(form.instrument.answerOptions.map((option) => option.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(form.instrument.answerOptions[5]!.label).toBe("Strongly agree");
  });

  it("scores the answers, names strengths and gaps, and seals the note", async () => {
    const result = await checkIn(as.person!, {
      takenOn: addDays(today(), -42),
      answers: answers({ home: 6, hope: 5, people: 2, trouble: 1 }),
      note: "  Moved into the flat. Still lonely.  ",
    });
    expect(result.errors).toBeUndefined();
    const done = result.data!.completeCheckIn;
    // 6 items at 60, then 100, 80, 20 and 0: 560 / 10.
    expect(done.checkIn).toMatchObject({
      takenOn: addDays(today(), -42),
      scorePercent: 56,
      instrumentName: "How things are going",
      band: { label: "Building" },
      note: "Moved into the flat. Still lonely.",
    });
    expect((done.checkIn as unknown as { domains: unknown[] }).domains).toContainEqual({
      domain: "HOUSING_SAFETY",
      itemText: "I have a safe, settled place to live.",
      answerLabel: "Strongly agree",
      percent: 100,
    });
    expect(done.strengths).toEqual([
      "Having a safe place to live is a strength right now.",
      "Feeling hopeful about the future is a strength right now.",
    ]);
    expect(done.gaps).toEqual([
      "Having people who back recovery is hard right now.",
      "Keeping away from trouble is hard right now.",
    ]);
    expect(done.changeSinceLast).toEqual([]);
    expect(done.nextSuggestedOn).toBe(today());
    const [row] = await t.db
      .select()
      .from(schema.recoveryCheckIns)
      .where(eq(schema.recoveryCheckIns.id, done.checkIn.id));
    expect(row).toMatchObject({ personId: ids.person, instrumentId: builtInInstrumentId, scorePercent: 56 });
    expect(row!.noteCipher).toMatch(/^p1\./);
    expect(row!.noteCipher).not.toContain("lonely");
  });

  it("refuses a second check-in on the same day and keeps the first", async () => {
    const first = await checkIn(as.person!, { answers: answers({ people: 3, trouble: 4 }) });
    expect(first.errors).toBeUndefined();
    const again = await checkIn(as.person!, { answers: answers({ people: 6 }), note: "Second go" });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0]!.message).toMatch(/^You've already checked in on .+\. Those answers are kept\./);
    const rows = await t.db
      .select()
      .from(schema.recoveryCheckIns)
      .where(and(eq(schema.recoveryCheckIns.personId, ids.person!), eq(schema.recoveryCheckIns.takenOn, today())));
    expect(rows.map((row) => row.id)).toEqual([first.data!.completeCheckIn.checkIn.id]);
    expect(rows[0]!.answers.people).toBe(3);
  });

  it("gives a typed error, with the field, for every wrong input", async () => {
    const count = async () => (await t.db.select().from(schema.recoveryCheckIns)).length;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ takenOn: addDays(today(), 1) }, "VALIDATION", "takenOn"],
      [{ takenOn: "2026-02-30" }, "VALIDATION", "takenOn"],
      [{ takenOn: addDays(today(), -400) }, "VALIDATION", "takenOn"],
      [{ answers: answers().slice(1) }, "VALIDATION", "answers.substance_use"],
      [{ answers: answers({ hope: 7 }) }, "VALIDATION", "answers.hope"],
      [{ answers: [...answers(), { itemCode: "hope", value: 2 }] }, "VALIDATION", "answers"],
      [{ answers: [...answers().slice(1), { itemCode: "made_up", value: 2 }] }, "VALIDATION", "answers"],
      [{ note: "x".repeat(1001) }, "VALIDATION", "note"],
    ];
    for (const [input, code, field] of cases) {
      const result = await checkIn(as.person!, { takenOn: addDays(today(), -3), ...input });
      expect(errorCodes(result), JSON.stringify(input).slice(0, 80)).toEqual([code]);
      expect(Object.keys(fieldsOf(result))).toContain(field);
    }
    expect(errorCodes(await checkIn(as.person!, { instrumentId: "no-such-instrument" }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await checkIn(as.anonymous!, {}))).toEqual(["UNAUTHENTICATED"]);
    expect(await count()).toBe(before);
  });

  it("shows the trend, the newest check-in's words and change, and when to check in next", async () => {
    const result = await readHistory(as.person!);
    expect(result.errors).toBeUndefined();
    const mine = result.data!.recoveryCheckIns;
    expect(mine.instrument).toMatchObject({ id: builtInInstrumentId, name: "How things are going" });
    expect(mine.checkIns.map((c) => c.takenOn)).toEqual([today(), addDays(today(), -42)]);
    expect(mine.checkIns.map((c) => c.note)).toEqual([null, "Moved into the flat. Still lonely."]);
    expect(mine.changeSinceLast.find((c) => c.domain === "SOCIAL_SUPPORT")?.change).toBe(20);
    expect(mine.changeSinceLast.find((c) => c.domain === "RISK_TAKING")?.change).toBe(60);
    expect(mine.changeSinceLast.find((c) => c.domain === "HOUSING_SAFETY")?.change).toBe(-40);
    expect(mine).toMatchObject({ lastTakenOn: today(), nextSuggestedOn: addDays(today(), 42), checkInEveryWeeks: 6 });
    // The person reading their own check-ins is not audited.
    expect(await auditRows(ids.person!)).toEqual([]);
  });
});

describe("who may read someone's check-ins", () => {
  const refusedWith = async (viewer: string, code: string) => {
    const result = await readHistory(as[viewer]!, ids.person);
    expect(errorCodes(result), viewer).toEqual([code]);
    expect(result.data?.recoveryCheckIns ?? null).toBeNull();
  };

  it("refuses everyone while the person shares with no one", async () => {
    for (const viewer of ["otherMember", "unmatchedMentor", "mentor", "coordinator", "outsider"]) {
      await refusedWith(viewer, "FORBIDDEN");
    }
    await refusedWith("anonymous", "UNAUTHENTICATED");
  });

  it("lets the matched mentor read them, note included, while the person shares with their mentor, audited", async () => {
    await share("SHARE_JOURNEY_WITH_MENTOR", true);
    const result = await readHistory(as.mentor!, ids.person);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recoveryCheckIns.checkIns[1]!.note).toBe("Moved into the flat. Still lonely.");
    const [row] = await auditRows(ids.mentor!);
    expect(row).toMatchObject({ relationship: "mentor, journey shared", viewerRole: "peer_mentor" });
    expect(row!.fields.split(",")).toEqual(expect.arrayContaining(["checkIns", "checkIns.note", "strengths", "gaps"]));
    // Sharing with a mentor is not sharing with the service or other mentors.
    for (const viewer of ["unmatchedMentor", "otherMember", "coordinator"]) await refusedWith(viewer, "FORBIDDEN");
  });

  it("refuses the mentor once the match has ended, and once the person stops sharing", async () => {
    await t.db.update(schema.mentoringMatches).set({ status: "ended" }).where(eq(schema.mentoringMatches.id, matchId));
    await refusedWith("mentor", "FORBIDDEN");
    await t.db.update(schema.mentoringMatches).set({ status: "active" }).where(eq(schema.mentoringMatches.id, matchId));
    await share("SHARE_JOURNEY_WITH_MENTOR", false);
    await refusedWith("mentor", "FORBIDDEN");
    expect(await auditRows(ids.mentor!)).toHaveLength(1);
  });

  it("lets the organisation's staff read them while the person shares with the service, audited", async () => {
    await share("SHARE_JOURNEY_WITH_SERVICE", true);
    const result = await readHistory(as.coordinator!, ids.person);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recoveryCheckIns.checkIns).toHaveLength(2);
    const [row] = await auditRows(ids.coordinator!);
    expect(row).toMatchObject({ relationship: "staff, journey shared with service", viewerRole: "coordinator" });
    await refusedWith("unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED");
    // Staff of another organisation (a plain member of this one) and the mentor without consent stay refused.
    for (const viewer of ["outsider", "mentor", "otherMember"]) await refusedWith(viewer, "FORBIDDEN");
    await share("SHARE_JOURNEY_WITH_SERVICE", false);
    await refusedWith("coordinator", "FORBIDDEN");
  });

  it("lets no one but the person check in for them", async () => {
    const before = (await t.db.select().from(schema.recoveryCheckIns)).length;
    // completeCheckIn has no person argument: whoever calls it checks in for themself.
    const result = await checkIn(as.coordinator!, { takenOn: addDays(today(), -1) });
    expect(result.errors).toBeUndefined();
    const [row] = await t.db
      .select()
      .from(schema.recoveryCheckIns)
      .where(eq(schema.recoveryCheckIns.id, result.data!.completeCheckIn.checkIn.id));
    expect(row!.personId).toBe(ids.coordinator);
    expect((await t.db.select().from(schema.recoveryCheckIns)).length).toBe(before + 1);
  });
});

describe("the person's data", () => {
  it("exports every check-in with its answers and the note opened", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.person!.cookie! } });
    const data = (await response.json()) as {
      checkIns: {
        takenOn: string;
        scorePercent: number;
        note: string | null;
        answers: { question: string; answer: string }[];
      }[];
    };
    expect(data.checkIns.map((c) => [c.takenOn, c.scorePercent, c.note])).toEqual([
      [addDays(today(), -42), 56, "Moved into the flat. Still lonely."],
      [today(), 58, null],
    ]);
    expect(data.checkIns[0]!.answers).toContainEqual(
      expect.objectContaining({ question: "I have a safe, settled place to live.", answer: "Strongly agree" }),
    );
  });

  it("erases the check-ins with the account, and the note's key with them", async () => {
    const person = await signedInPerson(t, []);
    const done = await checkIn(person.client, { note: "Only mine" });
    expect(done.errors).toBeUndefined();
    const remaining = async () =>
      Number(
        (
          await t.db.all<{ n: number }>(
            sql`select (select count(*) from recovery_check_ins where person_id = ${person.id})
              + (select count(*) from person_data_keys where person_id = ${person.id}) as n`,
          )
        )[0]!.n,
      );
    expect(await remaining()).toBe(2);
    const erased = await person.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    expect(await remaining()).toBe(0);
  });
});
