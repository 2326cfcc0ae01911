// Goals and small steps, and lapses. A person sets goals (alone, or with their
// mentor while they share their journey), ticks steps and is told so in plain
// words; a lapse is noted privately and resets nothing (milestones are in
// journey-milestones.test.ts). Their mentor reads with consent (audited), their
// service reads goals but never lapses, and nobody else reads anything.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { newId, schema } from "@kinship/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import {
  addStep,
  change,
  complete,
  edit,
  type Goal,
  goalInput,
  goalsOf,
  lapse,
  lapsesOf,
  milestonesOf,
  reopen,
  setGoal,
} from "../support/journey-goal-operations";
import { createMatch, createMentorProfile, createMentorRequest, signInCast } from "../support/mentoring-factories";

let t: TestAppHandle;
// Wednesday 20 May 2026, mid-morning in London.
const clock = new Date("2026-05-20T09:30:00Z");
const today = londonDate(clock);
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};

const shared =
  "query($personId: ID!) { sharedJourney(personId: $personId) { personId displayName relationship canSeeLapses } }";
const consent = "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }";

type Completed = { celebration: string; isEveryStepDone: boolean; goal: { stepsDone: number; status: string } };
const fieldsOf = (result: GraphQLResult) => (result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>;
async function goalAs(who: string, input: Record<string, unknown> = goalInput()) {
  const result = await as[who]!.gql<{ setGoal: Goal }>(setGoal, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.setGoal;
}
const audits = (via: string, viewer: string) =>
  t.db
    .select()
    .from(schema.accessAudit)
    .where(and(eq(schema.accessAudit.via, via), eq(schema.accessAudit.viewerPersonId, ids[viewer]!)));
const share = (purpose: string, isGranted: boolean) => as.person!.gql(consent, { p: purpose, g: isGranted });

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  const home = await createOrganisation(t.db, { name: "Goals Home" });
  const other = await createOrganisation(t.db, { name: "Goals Other" });
  const setups = [
    ["person", home.id, "member", false],
    ["otherMember", home.id, "member", false],
    ["mentor", home.id, "peer_mentor", false],
    ["otherMentor", home.id, "peer_mentor", false],
    ["coordinator", home.id, "coordinator", true],
    ["outsider", other.id, "coordinator", true],
  ] as const;
  await signInCast(t, setups, { ids, as }, clock);
  as.anonymous = t.client();
  const profile = await createMentorProfile(t.db, ids.mentor!, home.id);
  await createMentorProfile(t.db, ids.otherMentor!, home.id);
  await createMatch(t.db, await createMentorRequest(t.db, ids.person!, home.id), profile);
});
afterAll(() => t.close());

describe("setting goals", () => {
  it("sets a goal with small steps, its wording sealed under the person's key", async () => {
    const goal = await goalAs("person", goalInput({ targetOn: addDays(today, 60) }));
    expect(goal).toMatchObject({
      title: "Get back into swimming",
      needs: ["HEALTH", "CONFIDENCE"],
      status: "ACTIVE",
      isSetTogether: false,
      setWithName: null,
      stepsDone: 0,
    });
    expect(goal.steps.map((step) => step.title)).toEqual(goalInput().steps);
    const [stored] = await t.db.select().from(schema.journeyGoals).where(eq(schema.journeyGoals.id, goal.id));
    expect(stored!.titleCipher).toMatch(/^p1\./);
    const steps = await t.db.select().from(schema.goalSteps).where(eq(schema.goalSteps.goalId, goal.id));
    expect(JSON.stringify([stored, steps])).not.toMatch(/swimming|costume/);
  });

  it("explains each thing wrong with a goal, and writes nothing", async () => {
    const before = await t.db.$count(schema.journeyGoals);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "   " }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ steps: [] }, "steps"],
      [{ steps: Array.from({ length: 21 }, (_, i) => `Step ${i}`) }, "steps"],
      [{ steps: ["Fine", " "] }, "steps.1"],
      [{ targetOn: "2026-02-30" }, "targetOn"],
      [{ targetOn: addDays(today, -1) }, "targetOn"],
    ];
    for (const [overrides, field] of cases) {
      const result = await as.person!.gql(setGoal, { input: goalInput(overrides) });
      expect(errorCodes(result), field).toEqual(["VALIDATION"]);
      expect(Object.keys(fieldsOf(result)), field).toEqual([field]);
    }
    expect(await t.db.$count(schema.journeyGoals)).toBe(before);
  });

  it("edits the wording, needs and target date", async () => {
    const goal = await goalAs("person");
    const result = await as.person!.gql<{ editGoal: Goal }>(edit, {
      id: goal.id,
      input: { title: "Swim a length", needs: ["HEALTH"], targetOn: addDays(today, 30) },
    });
    expect(result.data?.editGoal).toMatchObject({ title: "Swim a length", needs: ["HEALTH"] });
    expect(errorCodes(await as.otherMember!.gql(edit, { id: goal.id, input: { title: "Mine now" } }))).toEqual([
      "FORBIDDEN",
    ]);
  });
});

describe("ticking steps", () => {
  it("celebrates the first step, halfway and the last, then the person marks the goal achieved", async () => {
    const goal = await goalAs("person");
    const tick = async (index: number) => {
      const result = await as.person!.gql<{ completeGoalStep: Completed }>(complete, { id: goal.steps[index]!.id });
      expect(result.errors).toBeUndefined();
      return result.data!.completeGoalStep;
    };
    expect(await tick(0)).toMatchObject({ celebration: expect.stringContaining("first step"), isEveryStepDone: false });
    expect((await tick(1)).celebration).toBe("Halfway there: 2 of 4 steps done. Keep going at your own pace.");
    expect((await tick(2)).celebration).toMatch(/3 of 4/);
    const last = await tick(3);
    expect(last).toMatchObject({ isEveryStepDone: true, goal: { stepsDone: 4, status: "ACTIVE" } });
    expect(last.celebration).toContain("mark it as achieved");

    const achieved = await as.person!.gql<{ achieveGoal: { status: string; achievedAt: string } }>(
      change("achieveGoal"),
      { id: goal.id },
    );
    expect(achieved.data?.achieveGoal).toMatchObject({ status: "ACHIEVED", achievedAt: clock.toISOString() });
  });

  it("keeps the first time a step was done, un-ticks on request, and lets nobody else tick", async () => {
    const goal = await goalAs("person");
    const stepId = goal.steps[0]!.id;
    await as.person!.gql(complete, { id: stepId });
    const again = await as.person!.gql<{ completeGoalStep: { step: { doneAt: string } } }>(complete, { id: stepId });
    expect(again.data?.completeGoalStep.step.doneAt).toBe(clock.toISOString());
    expect(
      (await as.person!.gql<{ reopenGoalStep: Goal }>(reopen, { id: stepId })).data?.reopenGoalStep.stepsDone,
    ).toBe(0);
    for (const who of ["otherMember", "mentor", "coordinator"]) {
      expect(errorCodes(await as[who]!.gql(complete, { id: stepId })), who).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await as.anonymous!.gql(complete, { id: stepId }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await as.person!.gql(complete, { id: newId() }))).toEqual(["NOT_FOUND"]);
  });

  it("sets a goal aside with its steps kept, and picks it up again as it was", async () => {
    const goal = await goalAs("person");
    await as.person!.gql(complete, { id: goal.steps[0]!.id });
    const aside = await as.person!.gql<{ setGoalAside: { status: string } }>(change("setGoalAside"), { id: goal.id });
    expect(aside.data?.setGoalAside.status).toBe("SET_ASIDE");
    expect(errorCodes(await as.person!.gql(complete, { id: goal.steps[1]!.id }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await as.person!.gql(addStep, { goalId: goal.id, title: "More" }))).toEqual(["CONFLICT"]);
    const resumed = await as.person!.gql<{ resumeGoal: { status: string; setAsideAt: null } }>(change("resumeGoal"), {
      id: goal.id,
    });
    expect(resumed.data?.resumeGoal).toEqual({ id: goal.id, status: "ACTIVE", achievedAt: null, setAsideAt: null });
    const [read] = (await as.person!.gql<{ journeyGoals: Goal[] }>(goalsOf)).data!.journeyGoals.filter(
      (g) => g.id === goal.id,
    );
    expect(read!.stepsDone).toBe(1);
    expect(errorCodes(await as.otherMember!.gql(change("setGoalAside"), { id: goal.id }))).toEqual(["FORBIDDEN"]);
  });

  it("adds steps up to twenty per goal", async () => {
    const goal = await goalAs("person", goalInput({ steps: Array.from({ length: 19 }, (_, i) => `Step ${i + 1}`) }));
    const added = await as.person!.gql<{ addGoalStep: Goal }>(addStep, {
      goalId: goal.id,
      title: "Tell someone how it went",
      dueOn: addDays(today, 7),
    });
    expect(added.data?.addGoalStep.steps.at(-1)).toMatchObject({
      title: "Tell someone how it went",
      dueOn: addDays(today, 7),
    });
    const tooMany = await as.person!.gql(addStep, { goalId: goal.id, title: "One more" });
    expect(errorCodes(tooMany)).toEqual(["VALIDATION"]);
    expect(fieldsOf(tooMany).title?.[0]).toMatch(/up to 20 steps/);
    expect(errorCodes(await as.person!.gql(addStep, { goalId: goal.id, title: "" }))).toEqual(["VALIDATION"]);
  });
});

describe("who sees and shapes a person's goals", () => {
  it("refuses everyone but the person while nothing is shared", async () => {
    for (const who of ["otherMember", "otherMentor", "mentor", "coordinator", "outsider"]) {
      const result = await as[who]!.gql(goalsOf, { personId: ids.person });
      expect(errorCodes(result), who).toEqual(["FORBIDDEN"]);
      expect(result.data ?? null, who).toBeNull();
    }
    expect(errorCodes(await as.anonymous!.gql(goalsOf, { personId: ids.person }))).toEqual(["UNAUTHENTICATED"]);
    // A matched mentor without the consent cannot set a goal for them either.
    const refused = await as.mentor!.gql(setGoal, { input: goalInput({ personId: ids.person }) });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.otherMember!.gql(setGoal, { input: goalInput({ personId: ids.person }) }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("lets the mentor the journey is shared with read, set goals together and add steps, audited", async () => {
    await share("SHARE_JOURNEY_WITH_MENTOR", true);
    const read = await as.mentor!.gql<{ journeyGoals: Goal[] }>(goalsOf, { personId: ids.person });
    expect(read.errors).toBeUndefined();
    expect(read.data!.journeyGoals.length).toBeGreaterThan(0);
    const [audit] = await audits("Query.journeyGoals", "mentor");
    expect(audit).toMatchObject({ subjectPersonId: ids.person, relationship: "mentor, journey shared" });

    const together = await as.mentor!.gql<{ setGoal: Goal }>(setGoal, {
      input: goalInput({ personId: ids.person, title: "Go to a SMART meeting", steps: ["Look up Thursday's"] }),
    });
    expect(together.data?.setGoal).toMatchObject({ isSetTogether: true, title: "Go to a SMART meeting" });
    expect(together.data?.setGoal.setWithName).toMatch(/^Person /);
    const [row] = await t.db
      .select()
      .from(schema.journeyGoals)
      .where(eq(schema.journeyGoals.id, together.data!.setGoal.id));
    expect(row).toMatchObject({ personId: ids.person, setWithPersonId: ids.mentor });
    expect(await audits("Mutation.setGoal", "mentor")).toHaveLength(1);

    const added = await as.mentor!.gql<{ addGoalStep: Goal }>(addStep, {
      goalId: together.data!.setGoal.id,
      title: "Go with me the first time",
    });
    expect(added.data?.addGoalStep.steps).toHaveLength(2);
    // Ticking and finishing stay the person's own.
    expect(errorCodes(await as.mentor!.gql(change("achieveGoal"), { id: together.data!.setGoal.id }))).toEqual([
      "FORBIDDEN",
    ]);
    // Still nobody else.
    for (const who of ["otherMentor", "otherMember", "coordinator"]) {
      expect(errorCodes(await as[who]!.gql(goalsOf, { personId: ids.person })), who).toEqual(["FORBIDDEN"]);
    }
  });

  it("lets the service read goals with the service consent, but never set them", async () => {
    await share("SHARE_JOURNEY_WITH_SERVICE", true);
    const read = await as.coordinator!.gql<{ journeyGoals: Goal[] }>(goalsOf, { personId: ids.person });
    expect(read.errors).toBeUndefined();
    expect(await audits("Query.journeyGoals", "coordinator")).toHaveLength(1);
    expect(errorCodes(await as.outsider!.gql(goalsOf, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.coordinator!.gql(setGoal, { input: goalInput({ personId: ids.person }) }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("says who is looking at a shared journey, and gives the mentor the way there from the match", async () => {
    const asMentor = await as.mentor!.gql<{ sharedJourney: Record<string, unknown> }>(shared, { personId: ids.person });
    expect(asMentor.data?.sharedJourney).toMatchObject({ relationship: "MENTOR", canSeeLapses: true });
    const asStaff = await as.coordinator!.gql<{ sharedJourney: Record<string, unknown> }>(shared, {
      personId: ids.person,
    });
    expect(asStaff.data?.sharedJourney).toMatchObject({ relationship: "SERVICE", canSeeLapses: false });
    for (const who of ["otherMentor", "otherMember", "outsider"]) {
      expect(errorCodes(await as[who]!.gql(shared, { personId: ids.person })), who).toEqual(["FORBIDDEN"]);
    }
    const matches = await as.mentor!.gql<{ myMatches: { menteeId: string }[] }>("{ myMatches { menteeId } }");
    expect(matches.data?.myMatches).toEqual([{ menteeId: ids.person }]);
  });
});

describe("lapses", () => {
  it("notes a lapse privately and resets nothing, pointing to goals, the mentor and meetings", async () => {
    const milestonesBefore = (await as.person!.gql(milestonesOf)).data;
    const goalsBefore = (await as.person!.gql(goalsOf)).data;
    const result = await as.person!.gql<{
      recordLapse: { message: string; rePlanLinks: { label: string; href: string }[]; lapse: { note: string } };
    }>(lapse, { on: addDays(today, -2), note: "Bad news about the flat. Went to the pub with Dave." });
    expect(result.errors).toBeUndefined();
    const recorded = result.data!.recordLapse;
    expect(recorded.message).toMatch(/doesn't undo/);
    expect(recorded.rePlanLinks.map((link) => link.href)).toEqual(["/journey/goals", "/mentoring", "/find"]);
    expect(recorded.rePlanLinks[1]!.label).toMatch(/your mentor/);
    expect(recorded.lapse.note).toBe("Bad news about the flat. Went to the pub with Dave.");
    const [stored] = await t.db.select().from(schema.lapses).where(eq(schema.lapses.personId, ids.person!));
    expect(stored!.noteCipher).toMatch(/^p1\./);
    expect(stored!.noteCipher).not.toContain("Dave");
    expect((await as.person!.gql(milestonesOf)).data).toEqual(milestonesBefore);
    expect((await as.person!.gql(goalsOf)).data).toEqual(goalsBefore);
  });

  it("checks the date and the note", async () => {
    for (const [on, note, field] of [
      [addDays(today, 1), null, "happenedOn"],
      [addDays(today, -800), null, "happenedOn"],
      ["2026-13-01", null, "happenedOn"],
      [today, "x".repeat(2001), "note"],
    ] as const) {
      const result = await as.person!.gql(lapse, { on, note });
      expect(errorCodes(result), field).toEqual(["VALIDATION"]);
      expect(Object.keys(fieldsOf(result))).toEqual([field]);
    }
  });

  it("shows lapses to the person and the mentor they share with, never to staff or anyone else", async () => {
    expect((await as.person!.gql<{ lapses: unknown[] }>(lapsesOf)).data?.lapses).toHaveLength(1);
    const mentorRead = await as.mentor!.gql<{ lapses: { note: string }[] }>(lapsesOf, { personId: ids.person });
    expect(mentorRead.data?.lapses[0]?.note).toMatch(/flat/);
    expect(await audits("Query.lapses", "mentor")).toHaveLength(1);
    for (const who of ["coordinator", "otherMentor", "otherMember", "outsider"]) {
      expect(errorCodes(await as[who]!.gql(lapsesOf, { personId: ids.person })), who).toEqual(["FORBIDDEN"]);
    }
  });

  it("stops showing the mentor anything the moment the consent is withdrawn", async () => {
    await share("SHARE_JOURNEY_WITH_MENTOR", false);
    for (const query of [lapsesOf, goalsOf, milestonesOf]) {
      expect(errorCodes(await as.mentor!.gql(query, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    }
    await share("SHARE_JOURNEY_WITH_MENTOR", true);
  });
});

describe("the person's data", () => {
  it("downloads their goals with steps, lapses and phases, and erasure leaves nothing of them", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.person!.cookie! } });
    const data = (await response.json()) as {
      journeyGoals: { title: string; steps: { title: string }[] }[];
      lapses: { note: string }[];
      treatmentPhases: unknown[];
    };
    expect(data.journeyGoals.map((goal) => goal.title)).toContain("Go to a SMART meeting");
    expect(data.journeyGoals.flatMap((goal) => goal.steps.map((step) => step.title))).toContain("Buy a costume");
    expect(data.lapses).toEqual([expect.objectContaining({ note: expect.stringContaining("flat") })]);
    expect(data.treatmentPhases).toEqual([]);

    const erased = await as.person!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    for (const table of ["journey_goals", "goal_steps", "lapses", "treatment_phase_records", "person_data_keys"]) {
      const [row] = await t.db.all<{ n: number }>(
        sql.raw(`select count(*) as n from ${table} where person_id = '${ids.person}'`),
      );
      expect(Number(row?.n), table).toBe(0);
    }
    expect(errorCodes(await as.mentor!.gql(goalsOf, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
  });
});
