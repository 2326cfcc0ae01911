// Mutation fuzz of the recovery journey (see fuzz-values.ts): goals, steps, lapses and
// treatment phases on the signed-in person's own goal, and check-ins the person makes
// for themself; loading instruments and journey settings are refused (not an admin).
import { builtInDefinition } from "@kinship/db/journey-defaults";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import {
  adminsOnly,
  anyId,
  anyInput,
  anyString,
  anything,
  type FuzzFeature,
  fuzzDay,
  homeOrganisation,
  realOrRandomId,
  staffOnly,
  text,
} from "./fuzz-values";

// The built-in check-in's item codes, in order.
const builtInCodes = builtInDefinition.items.map((item) => item.code);
// Goals: close to valid (so the success path and what it stores are fuzzed) and junk.
const goalInput = fc.oneof(
  fc.record(
    {
      personId: fc.oneof(fc.constant(null), fc.uuid(), anything),
      title: fc.oneof(fc.constant("Fuzz goal"), text),
      needs: fc.oneof(fc.subarray(["HOUSING", "HEALTH", "HOUSING"]), anything),
      targetOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(30), "2026-02-30", null), text),
      steps: fc.oneof(fc.array(fc.oneof(fc.constant("A small step"), text), { maxLength: 22 }), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const validTitle = fc.string({ maxLength: 150 }).map((title) => `Goal ${title}`);
const validGoal = fc.record({
  title: validTitle,
  steps: fc.array(
    fc.string({ maxLength: 100 }).map((step) => `Step ${step}`),
    { minLength: 1, maxLength: 20 },
  ),
  targetOn: fc.oneof(fc.integer({ min: 1, max: 300 }).map(fuzzDay), fc.constant(null)),
});
const homeGoal = realOrRandomId("home goal");
const homeStep = realOrRandomId("home step");
const phase = fc.oneof(fc.constantFrom("STABILISATION", "MAINTENANCE", "READY_FOR_RECOVERY"), text);
const journeyDay = fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(200), "2026-02-30"), text);
// Check-ins with the built-in instrument: every item answered (some off the scale), dates around today, and junk.
// Valid check-ins that vary (days in the past year, any answers, notes), so the success path is fuzzed too.
const validCheckIn = fc.record({
  instrumentId: fc.constant("kinship-recovery-capital-v1"),
  takenOn: fc.integer({ min: -360, max: 0 }).map(fuzzDay),
  answers: fc
    .array(fc.integer({ min: 1, max: 6 }), { minLength: 10, maxLength: 10 })
    .map((values) => builtInCodes.map((itemCode, index) => ({ itemCode, value: values[index] }))),
  note: fc.oneof(fc.string({ maxLength: 1000 }), fc.constant(null)),
});
const checkInInput = fc.oneof(
  validCheckIn,
  fc.record(
    {
      instrumentId: fc.oneof(fc.constant("kinship-recovery-capital-v1"), text),
      takenOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(-400), "2026-02-30"), text),
      answers: fc.oneof(
        fc
          .array(fc.integer({ min: 0, max: 7 }), { minLength: 10, maxLength: 10 })
          .map((values) => builtInCodes.map((itemCode, index) => ({ itemCode, value: values[index] }))),
        fc.array(fc.record({ itemCode: fc.oneof(fc.constantFrom("hope", "home"), text), value: anything }), {
          maxLength: 12,
        }),
        anything,
      ),
      note: fc.oneof(text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);

export const journeyFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: GoalInput!) { setGoal(input: $i) { id stepsDone } }",
      variables: { i: goalInput },
      valid: fc.record({ i: validGoal }),
    },
    {
      document: "mutation($g: ID!, $i: GoalDetailsInput!) { editGoal(id: $g, input: $i) { id } }",
      variables: { g: homeGoal, i: goalInput },
      valid: fc.record({ g: fc.constant("home goal"), i: fc.record({ title: validTitle }) }),
    },
    {
      document: "mutation($g: ID!, $t: String!, $d: String) { addGoalStep(goalId: $g, title: $t, dueOn: $d) { id } }",
      variables: { g: homeGoal, t: anyString, d: journeyDay },
      valid: fc.record({ g: fc.constant("home goal"), t: fc.constant("Ring the housing office") }),
    },
    {
      document: "mutation($s: ID!) { completeGoalStep(id: $s) { celebration } }",
      variables: { s: homeStep },
      valid: fc.constant({ s: "home step" }),
    },
    {
      document: "mutation($s: ID!) { reopenGoalStep(id: $s) { id } }",
      variables: { s: homeStep },
      valid: fc.constant({ s: "home step" }),
    },
    {
      document: "mutation($g: ID!) { achieveGoal(id: $g) { status } }",
      variables: { g: homeGoal },
      valid: fc.constant({ g: "home goal" }),
    },
    {
      document: "mutation($g: ID!) { setGoalAside(id: $g) { status } }",
      variables: { g: homeGoal },
      valid: fc.constant({ g: "home goal" }),
    },
    {
      document: "mutation($g: ID!) { resumeGoal(id: $g) { status } }",
      variables: { g: homeGoal },
      valid: fc.constant({ g: "home goal" }),
    },
    {
      document: "mutation($d: String!, $n: String) { recordLapse(happenedOn: $d, note: $n) { message } }",
      variables: { d: journeyDay, n: anyString },
      valid: fc.record({ d: fc.integer({ min: -30, max: -1 }).map(fuzzDay), n: fc.string({ maxLength: 500 }) }),
    },
    {
      document: `mutation($o: ID!, $p: ID!, $f: TreatmentPhase!, $d: String!) {
      recordTreatmentPhase(organisationId: $o, personId: $p, phase: $f, reviewOn: $d) { personId } }`,
      variables: { o: homeOrganisation, p: anyId, f: phase, d: journeyDay },
      neverSucceedsBecause: staffOnly,
    },
    // Recovery check-ins and instruments: the signed-in person checks in for themself; the admin-only ones are refused.
    {
      document: "mutation($i: CheckInInput!) { completeCheckIn(input: $i) { checkIn { id } } }",
      variables: { i: checkInInput },
      valid: fc.record({ i: validCheckIn }),
    },
    {
      document:
        "mutation($o: ID!, $i: RecoveryInstrumentInput!) { loadRecoveryInstrument(organisationId: $o, input: $i) { id } }",
      variables: { o: homeOrganisation, i: anyInput },
      neverSucceedsBecause: adminsOnly,
    },
    {
      document: "mutation($id: ID!) { retireRecoveryInstrument(id: $id) { id } }",
      variables: { id: anyId },
      neverSucceedsBecause: adminsOnly,
    },
    {
      document:
        "mutation($o: ID!, $i: ID!, $w: Int!) { setJourneySettings(organisationId: $o, instrumentId: $i, checkInEveryWeeks: $w) { isDefault } }",
      variables: { o: homeOrganisation, i: anyId, w: anyString },
      neverSucceedsBecause: adminsOnly,
    },
  ],
  async setUp({ signedIn }) {
    // The signed-in person's own goal, so goal and step mutations reach their own checks.
    const goal = await signedIn.gql<{ setGoal: { id: string; steps: { id: string }[] } }>(
      'mutation { setGoal(input: { title: "Fuzz goal", steps: ["One", "Two"] }) { id steps { id } } }',
    );
    return { "home goal": goal.data!.setGoal.id, "home step": goal.data!.setGoal.steps[0]!.id };
  },
  async checkDatabase(db) {
    // Goals, steps and lapse notes are only ever stored sealed; no goal has more than 20 steps.
    const [strayJourney] = await db.all<{ n: number }>(
      sql`select (select count(*) from journey_goals where title_cipher not like 'p1.%')
        + (select count(*) from goal_steps where title_cipher not like 'p1.%')
        + (select count(*) from lapses where note_cipher not like 'p1.%')
        + (select count(*) from (select goal_id from goal_steps group by goal_id having count(*) > 20)) as n`,
    );
    expect(strayJourney?.n).toBe(0);
    // Every check-in stored is one a day, dated in the past year, scored 0–100 and sealed (the built-in scale is 1–6).
    const [strayCheckIns] = await db.all<{ n: number }>(
      sql`select count(*) as n from recovery_check_ins c where c.score_percent not between 0 and 100
        or c.taken_on > ${fuzzDay(1)} or c.taken_on < ${fuzzDay(-368)}
        or (c.note_cipher is not null and c.note_cipher not like 'p1.%')
        or exists (select 1 from json_each(c.answers) a where a.value not between 1 and 6)
        or (select count(*) from recovery_check_ins d where d.person_id = c.person_id
          and d.instrument_id = c.instrument_id and d.taken_on = c.taken_on) > 1`,
    );
    expect(strayCheckIns?.n).toBe(0);
    const [checkIns] = await db.all<{ n: number }>(sql`select count(*) as n from recovery_check_ins`);
    console.info(`check-ins stored by valid fuzz inputs: ${checkIns?.n ?? 0}`);
  },
};
