// Instruments are data: an organisation's admin loads a published-instrument-like
// definition (three items, a five-point scale, one item scored the other way
// round) from JSON, chooses it for its people, and they check in with it with no
// code change. Every problem in a definition comes back with its path; loading a
// new version or retiring one never changes check-ins already taken.

import { schema } from "@kinship/db";
import { builtInDefinition, builtInInstrument, builtInInstrumentId } from "@kinship/db/journey-defaults";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import { signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
const as: Record<string, TestClient> = {};
let homeId = "";
let otherId = "";
const loaded: Record<string, string> = {};

// Like a published instrument: its own wording, a 0–4 frequency scale, one reversed item.
const published = (overrides: Record<string, unknown> = {}) => ({
  items: [
    { code: "q1", domain: "housing_safety", text: "I feel safe where I live.", isReversed: false, outcome: "housing" },
    { code: "q2", domain: "social_support", text: "I feel cut off from other people.", isReversed: true },
    { code: "q3", domain: "meaningful_activities", text: "I do things I find worthwhile.", isReversed: false },
  ],
  scale: { min: 0, max: 4, labels: ["Never", "Rarely", "Sometimes", "Often", "Always"] },
  strengthAtLeastPercent: 75,
  gapAtMostPercent: 25,
  bands: [
    { fromPercent: 0, label: "Low capital", meaning: "Few resources to draw on yet." },
    { fromPercent: 50, label: "Moderate capital", meaning: "Some resources in place." },
    { fromPercent: 80, label: "High capital", meaning: "Many resources to draw on." },
  ],
  suggestedEveryWeeks: 12,
  ...overrides,
});
const load = (browser: TestClient, input: Record<string, unknown>, organisationId = homeId) =>
  browser.gql<{ loadRecoveryInstrument: { id: string; version: number } }>(
    `mutation($org: ID!, $input: RecoveryInstrumentInput!) { loadRecoveryInstrument(organisationId: $org, input: $input) {
      id code version name attribution isBuiltIn retiredAt items { code domain isReversed outcome } answerOptions { value label }
      bands { fromPercent label } strengthAtLeastPercent gapAtMostPercent suggestedEveryWeeks } }`,
    {
      org: organisationId,
      input: {
        code: "wellbeing-capital",
        version: 1,
        name: "Wellbeing Capital Scale",
        attribution: "© Example Research Group. Used under licence 2026-114.",
        definitionJson: JSON.stringify(published()),
        ...input,
      },
    },
  );
const choose = (browser: TestClient, instrumentId: string, checkInEveryWeeks = 8) =>
  browser.gql<{ setJourneySettings: { instrument: { id: string }; checkInEveryWeeks: number; isDefault: boolean } }>(
    `mutation($org: ID!, $i: ID!, $w: Int!) { setJourneySettings(organisationId: $org, instrumentId: $i, checkInEveryWeeks: $w) {
      instrument { id } checkInEveryWeeks isDefault } }`,
    { org: homeId, i: instrumentId, w: checkInEveryWeeks },
  );
const retire = (browser: TestClient, id: string) =>
  browser.gql<{ retireRecoveryInstrument: { retiredAt: string | null } }>(
    "mutation($id: ID!) { retireRecoveryInstrument(id: $id) { id retiredAt } }",
    { id },
  );
const formOf = (browser: TestClient) =>
  browser.gql<{ checkInForm: { instrument: { id: string; items: { code: string }[] }; checkInEveryWeeks: number } }>(
    "{ checkInForm { instrument { id items { code } } checkInEveryWeeks } }",
  );
const checkIn = (browser: TestClient, instrumentId: string, values: Record<string, number>, takenOn?: string) =>
  browser.gql<{
    completeCheckIn: {
      checkIn: { id: string; scorePercent: number; band: { label: string }; domains: { percent: number }[] };
      strengths: string[];
      gaps: string[];
    };
  }>(
    `mutation($input: CheckInInput!) { completeCheckIn(input: $input) {
      checkIn { id scorePercent band { label } domains { itemCode percent } } strengths gaps } }`,
    {
      input: {
        instrumentId,
        takenOn,
        answers: Object.entries(values).map(([itemCode, value]) => ({ itemCode, value })),
      },
    },
  );
const fieldsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  homeId = (await createOrganisation(t.db, { name: "Instruments Home" })).id;
  otherId = (await createOrganisation(t.db, { name: "Instruments Other" })).id;
  const people = [
    ["admin", homeId, "admin", true],
    ["coordinator", homeId, "coordinator", true],
    ["member", homeId, "member", false],
    ["otherAdmin", otherId, "admin", true],
    ["outsideMember", otherId, "member", false],
  ] as const;
  for (const [name, organisationId, role, withSecondFactor] of people) {
    as[name] = (await signedInPerson(t, [{ organisationId, role }], { withSecondFactor })).client;
  }
});
afterAll(() => t.close());

it("stores the built-in instrument exactly as db/src/journey-defaults.ts defines it (a migration inserts it)", async () => {
  const [row] = await t.db
    .select()
    .from(schema.recoveryInstruments)
    .where(eq(schema.recoveryInstruments.id, builtInInstrumentId));
  const { id, code, version, name, attribution } = builtInInstrument;
  expect(row).toMatchObject({ id, code, version, name, attribution, organisationId: null, retiredAt: null });
  expect(row!.definition).toEqual(builtInDefinition);
});

describe("loading an instrument", () => {
  it("loads a definition as data for the admin's organisation", async () => {
    const result = await load(as.admin!, {});
    expect(result.errors).toBeUndefined();
    loaded.v1 = result.data!.loadRecoveryInstrument.id;
    expect(result.data!.loadRecoveryInstrument).toMatchObject({
      code: "wellbeing-capital",
      version: 1,
      isBuiltIn: false,
      retiredAt: null,
      items: [
        { code: "q1", domain: "HOUSING_SAFETY", isReversed: false, outcome: "HOUSING" },
        { code: "q2", domain: "SOCIAL_SUPPORT", isReversed: true, outcome: null },
        { code: "q3", domain: "MEANINGFUL_ACTIVITIES", isReversed: false, outcome: null },
      ],
      answerOptions: [
        { value: 0, label: "Never" },
        { value: 1, label: "Rarely" },
        { value: 2, label: "Sometimes" },
        { value: 3, label: "Often" },
        { value: 4, label: "Always" },
      ],
      strengthAtLeastPercent: 75,
      gapAtMostPercent: 25,
      suggestedEveryWeeks: 12,
    });
    const [row] = await t.db
      .select()
      .from(schema.recoveryInstruments)
      .where(eq(schema.recoveryInstruments.id, loaded.v1!));
    expect(row).toMatchObject({ organisationId: homeId, name: "Wellbeing Capital Scale" });
  });

  it("names every problem in the definition by its path", async () => {
    const items = published().items.map((item, index) => (index === 1 ? { ...item, domain: "happiness" } : item));
    const bad = await load(as.admin!, {
      code: "bad-one",
      definitionJson: JSON.stringify(published({ items, scale: { min: 1, max: 5, labels: ["a", "b"] } })),
    });
    expect(errorCodes(bad)).toEqual(["VALIDATION"]);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(["items.1.domain", "scale.labels"]);
    const notJson = await load(as.admin!, { code: "bad-two", definitionJson: "{ items: [" });
    expect(fieldsOf(notJson)).toEqual({
      definitionJson: ["That isn't valid JSON. Check the brackets, commas and quotes."],
    });
    const badInput = await load(as.admin!, { code: "Not A Code", version: 0, name: "" });
    expect(Object.keys(fieldsOf(badInput)).sort()).toEqual(["code", "name", "version"]);
    const rows = await t.db
      .select()
      .from(schema.recoveryInstruments)
      .where(eq(schema.recoveryInstruments.organisationId, homeId));
    expect(rows).toHaveLength(1);
  });

  it("refuses the same version twice, and anyone but the organisation's admins", async () => {
    expect(errorCodes(await load(as.admin!, {}))).toEqual(["CONFLICT"]);
    expect(errorCodes(await load(as.coordinator!, { version: 9 }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await load(as.member!, { version: 9 }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await load(as.otherAdmin!, { version: 9 }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await load(t.client(), { version: 9 }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("lists the built-in and the organisation's own instruments to its staff only", async () => {
    const list = (browser: TestClient, org = homeId) =>
      browser.gql<{ recoveryInstruments: { id: string; isBuiltIn: boolean }[] }>(
        "query($org: ID!) { recoveryInstruments(organisationId: $org) { id isBuiltIn } }",
        { org },
      );
    expect((await list(as.coordinator!)).data!.recoveryInstruments.map((i) => i.id)).toEqual([
      builtInInstrumentId,
      loaded.v1,
    ]);
    expect((await list(as.otherAdmin!, otherId)).data!.recoveryInstruments.map((i) => i.id)).toEqual([
      builtInInstrumentId,
    ]);
    expect(errorCodes(await list(as.member!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await list(as.otherAdmin!))).toEqual(["FORBIDDEN"]);
  });
});

describe("choosing and using it", () => {
  it("offers the built-in check-in until the organisation chooses", async () => {
    const settings = await as.coordinator!.gql<{ journeySettings: Record<string, unknown> }>(
      "query($org: ID!) { journeySettings(organisationId: $org) { instrument { id } checkInEveryWeeks isDefault updatedAt } }",
      { org: homeId },
    );
    expect(settings.data!.journeySettings).toEqual({
      instrument: { id: builtInInstrumentId },
      checkInEveryWeeks: builtInDefinition.suggestedEveryWeeks,
      isDefault: true,
      updatedAt: null,
    });
    expect((await formOf(as.member!)).data!.checkInForm.instrument.id).toBe(builtInInstrumentId);
  });

  it("lets the admin choose an instrument the organisation may use, every 4 to 12 weeks", async () => {
    expect(Object.keys(fieldsOf(await choose(as.admin!, loaded.v1!, 3)))).toEqual(["checkInEveryWeeks"]);
    expect(Object.keys(fieldsOf(await choose(as.admin!, loaded.v1!, 13)))).toEqual(["checkInEveryWeeks"]);
    const othersOwn = (await load(as.otherAdmin!, { code: "theirs" }, otherId)).data!.loadRecoveryInstrument.id;
    expect(Object.keys(fieldsOf(await choose(as.admin!, othersOwn)))).toEqual(["instrumentId"]);
    expect(errorCodes(await choose(as.coordinator!, loaded.v1!))).toEqual(["FORBIDDEN"]);
    const chosen = await choose(as.admin!, loaded.v1!, 8);
    expect(chosen.data!.setJourneySettings).toEqual({
      instrument: { id: loaded.v1 },
      checkInEveryWeeks: 8,
      isDefault: false,
    });
    // Nobody outside the organisation may check in with it.
    expect(errorCodes(await checkIn(as.outsideMember!, loaded.v1!, { q1: 1, q2: 1, q3: 1 }))).toEqual(["NOT_FOUND"]);
  });

  it("has its members check in with it, scored by its own scale, reversal and bands", async () => {
    const form = (await formOf(as.member!)).data!.checkInForm;
    expect(form).toMatchObject({
      instrument: { id: loaded.v1, items: [{ code: "q1" }, { code: "q2" }, { code: "q3" }] },
    });
    expect(form.checkInEveryWeeks).toBe(8);
    expect(Object.keys(fieldsOf(await checkIn(as.member!, loaded.v1!, { q1: 5, q2: 0, q3: 1 })))).toEqual([
      "answers.q1",
    ]);
    // q1 Always: 100; q2 "Often cut off", reversed: 25; q3 Sometimes: 50 → 58.3.
    const result = await checkIn(as.member!, loaded.v1!, { q1: 4, q2: 3, q3: 2 }, daysAgo(60));
    expect(result.errors).toBeUndefined();
    expect(result.data!.completeCheckIn).toMatchObject({
      checkIn: {
        scorePercent: 58.3,
        band: { label: "Moderate capital" },
        domains: [{ percent: 100 }, { percent: 25 }, { percent: 50 }],
      },
      strengths: ["Having a safe place to live is a strength right now."],
      gaps: ["Having people who back recovery is hard right now."],
    });
    loaded.firstCheckIn = result.data!.completeCheckIn.checkIn.id;
  });

  it("keeps past check-ins on the version they were taken with when a new version is loaded", async () => {
    const items = published().items.map((item) => ({ ...item, text: `${item.text} (revised)` }));
    const v2 = await load(as.admin!, { version: 2, definitionJson: JSON.stringify(published({ items })) });
    loaded.v2 = v2.data!.loadRecoveryInstrument.id;
    await choose(as.admin!, loaded.v2!, 8);
    const [before] = await t.db
      .select()
      .from(schema.recoveryCheckIns)
      .where(eq(schema.recoveryCheckIns.id, loaded.firstCheckIn!));
    expect(before).toMatchObject({ instrumentId: loaded.v1, scorePercent: 58.3 });
    expect((await checkIn(as.member!, loaded.v2!, { q1: 4, q2: 0, q3: 4 })).errors).toBeUndefined();
    const history = await as.member!.gql<{
      recoveryCheckIns: {
        instrument: { id: string; items: { text: string }[] };
        checkIns: { scorePercent: number; band: { label: string } }[];
        otherCheckIns: { id: string; scorePercent: number; instrumentName: string }[];
        changeSinceLast: unknown[];
      };
    }>(
      `{ recoveryCheckIns { instrument { id items { text } } checkIns { scorePercent band { label } }
        otherCheckIns { id scorePercent instrumentName } changeSinceLast { domain } } }`,
    );
    const mine = history.data!.recoveryCheckIns;
    expect(mine.instrument.id).toBe(loaded.v2);
    expect(mine.instrument.items[0]!.text).toBe("I feel safe where I live. (revised)");
    expect(mine.checkIns).toEqual([{ scorePercent: 100, band: { label: "High capital" } }]);
    // Not compared across versions: listed with its own score.
    expect(mine.otherCheckIns).toEqual([
      { id: loaded.firstCheckIn, scorePercent: 58.3, instrumentName: "Wellbeing Capital Scale" },
    ]);
    expect(mine.changeSinceLast).toEqual([]);
  });

  it("retires an instrument no one is offered, and never the built-in one", async () => {
    expect(errorCodes(await retire(as.admin!, loaded.v2!))).toEqual(["CONFLICT"]);
    expect(errorCodes(await retire(as.coordinator!, loaded.v1!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await retire(as.admin!, builtInInstrumentId))).toEqual(["FORBIDDEN"]);
    const retired = await retire(as.admin!, loaded.v1!);
    expect(retired.data!.retireRecoveryInstrument.retiredAt).not.toBeNull();
    expect(Object.keys(fieldsOf(await choose(as.admin!, loaded.v1!)))).toEqual(["instrumentId"]);
    expect(errorCodes(await checkIn(as.member!, loaded.v1!, { q1: 1, q2: 1, q3: 1 }, daysAgo(1)))).toEqual([
      "CONFLICT",
    ]);
    const [kept] = await t.db
      .select()
      .from(schema.recoveryCheckIns)
      .where(eq(schema.recoveryCheckIns.id, loaded.firstCheckIn!));
    expect(kept).toMatchObject({ instrumentId: loaded.v1, scorePercent: 58.3 });
  });

  it("offers someone in two organisations the setting of the one they joined first", async () => {
    const both = await signedInPerson(t, [
      { organisationId: otherId, role: "member" },
      { organisationId: homeId, role: "member" },
    ]);
    // Joined the other organisation first, which has not chosen: the home one's setting applies.
    expect((await formOf(both.client)).data!.checkInForm.instrument.id).toBe(loaded.v2);
    const theirs = (
      await as.otherAdmin!.gql<{ recoveryInstruments: { id: string; isBuiltIn: boolean }[] }>(
        "query($org: ID!) { recoveryInstruments(organisationId: $org) { id isBuiltIn } }",
        { org: otherId },
      )
    ).data!.recoveryInstruments.find((instrument) => !instrument.isBuiltIn)!.id;
    const chosen = await as.otherAdmin!.gql(
      "mutation($org: ID!, $i: ID!) { setJourneySettings(organisationId: $org, instrumentId: $i, checkInEveryWeeks: 4) { isDefault } }",
      { org: otherId, i: theirs },
    );
    expect(chosen.errors).toBeUndefined();
    await t.db
      .update(schema.memberships)
      .set({ createdAt: new Date(Date.now() - 86_400_000) })
      .where(eq(schema.memberships.organisationId, otherId));
    expect((await formOf(both.client)).data!.checkInForm).toMatchObject({
      instrument: { id: theirs },
      checkInEveryWeeks: 4,
    });
  });
});
