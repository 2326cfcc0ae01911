// Milestones only ever count what was done: steps, goals achieved, check-ins,
// supportive connections and weeks of building, each with the day it was
// reached; a lapse never takes one away.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { newId, schema } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";
import {
  change,
  complete,
  type Goal,
  goalInput,
  lapse,
  milestonesOf,
  setGoal,
} from "../support/journey-goal-operations";

let t: TestAppHandle;
// Wednesday 20 May 2026, mid-morning in London.
const clock = new Date("2026-05-20T09:30:00Z");
const today = londonDate(clock);

beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());

describe("milestones", () => {
  it("counts steps, goals, check-ins, supportive connections and weeks, each with the day reached", async () => {
    const person = await createPerson(t.db);
    const browser = t.client();
    await browser.signIn(person.email, defaultPassword);
    const weeksAgo = (weeks: number) => addDays(today, -7 * weeks);
    await t.db.insert(schema.recoveryCheckIns).values(
      [20, 14, 8].map((weeks) => ({
        id: newId(),
        personId: person.id,
        instrumentId: builtInInstrumentId,
        takenOn: weeksAgo(weeks),
        answers: {},
        scorePercent: 50,
        createdAt: new Date(`${weeksAgo(weeks)}T12:00:00Z`),
      })),
    );
    await t.db.insert(schema.networkConnections).values(
      (["supportive", "supportive", "using", "supportive"] as const).map((influence, index) => ({
        id: newId(),
        personId: person.id,
        labelCipher: "p1.sealed-by-the-api-in-real-use",
        kind: "friend" as const,
        influence,
        closeness: 2,
        addedOn: weeksAgo(10 - index),
        createdAt: clock,
        updatedAt: clock,
      })),
    );
    const goal = (await browser.gql<{ setGoal: Goal }>(setGoal, { input: goalInput() })).data!.setGoal;
    for (const step of goal.steps) await browser.gql(complete, { id: step.id });
    await browser.gql(change("achieveGoal"), { id: goal.id });
    await browser.gql(lapse, { on: today });

    const result = await browser.gql<{
      journeyMilestones: { buildingSentence: string; weeksBuilding: number; milestones: Record<string, unknown>[] };
    }>(milestonesOf);
    const milestones = result.data!.journeyMilestones;
    expect(milestones.buildingSentence).toBe("You've been building your recovery for 20 weeks.");
    expect(milestones.milestones.map((m) => [m.kind, m.count, m.reachedOn])).toEqual(
      [
        ["CHECK_INS_COMPLETED", 1, weeksAgo(20)],
        ["WEEKS_BUILDING", 4, weeksAgo(16)],
        ["CHECK_INS_COMPLETED", 3, weeksAgo(8)],
        ["WEEKS_BUILDING", 12, weeksAgo(8)],
        ["SUPPORTIVE_CONNECTIONS", 1, weeksAgo(10)],
        ["SUPPORTIVE_CONNECTIONS", 3, weeksAgo(7)],
        ["STEPS_DONE", 1, today],
        ["GOALS_ACHIEVED", 1, today],
      ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    );
    expect(JSON.stringify(milestones)).not.toMatch(/clean|lapse|reset/i);
  });
});
