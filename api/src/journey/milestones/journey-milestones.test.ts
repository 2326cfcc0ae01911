import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildingSentence, type JourneyFacts, journeyMilestones, weeksBuilding } from "./journey-milestones";

const none: JourneyFacts = {
  stepsDoneOn: [],
  goalsAchievedOn: [],
  checkInsOn: [],
  goalsSetOn: [],
  supportiveConnectionsSince: [],
};
const day = fc
  .date({ min: new Date("2024-01-01"), max: new Date("2026-06-30"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const facts = fc.record({
  stepsDoneOn: fc.array(day, { maxLength: 60 }),
  goalsAchievedOn: fc.array(day, { maxLength: 12 }),
  checkInsOn: fc.array(day, { maxLength: 30 }),
  goalsSetOn: fc.array(day, { maxLength: 12 }),
  supportiveConnectionsSince: fc.array(day, { maxLength: 25 }),
});
const key = (m: { kind: string; count: number; reachedOn: string }) => `${m.kind}:${m.count}:${m.reachedOn}`;

describe("journey milestones", () => {
  it("dates each count milestone by the day the nth thing happened", () => {
    const stepsDoneOn = ["2026-03-05", "2026-01-10", "2026-02-01", "2026-02-20", "2026-02-14", "2026-04-01"];
    const reached = journeyMilestones({ ...none, stepsDoneOn }, "2026-06-01");
    expect(reached.filter((m) => m.kind === "steps_done")).toEqual([
      { kind: "steps_done", count: 1, title: "Your first step done", reachedOn: "2026-01-10" },
      { kind: "steps_done", count: 5, title: "5 steps done", reachedOn: "2026-03-05" },
    ]);
  });

  it("counts weeks from the first check-in or goal, whichever came first", () => {
    const reached = journeyMilestones(
      { ...none, checkInsOn: ["2026-02-01"], goalsSetOn: ["2026-01-01"] },
      "2026-05-25",
    );
    expect(reached.filter((m) => m.kind === "weeks_building").map((m) => [m.count, m.reachedOn])).toEqual([
      [4, "2026-01-29"],
      [12, "2026-03-26"],
    ]);
    expect(buildingSentence(weeksBuilding("2026-01-01", "2026-05-21"))).toBe(
      "You've been building your recovery for 20 weeks.",
    );
    expect(buildingSentence(weeksBuilding(null, "2026-05-21"))).toBeNull();
  });

  it("never takes a milestone away when more happens, whatever else happened (no resets)", () => {
    fc.assert(
      fc.property(facts, facts, (before, more) => {
        const today = "2026-07-01";
        const earlier = journeyMilestones(before, today).map(key);
        const grown: JourneyFacts = {
          stepsDoneOn: [...before.stepsDoneOn, ...more.stepsDoneOn],
          goalsAchievedOn: [...before.goalsAchievedOn, ...more.goalsAchievedOn],
          checkInsOn: [...before.checkInsOn, ...more.checkInsOn],
          goalsSetOn: [...before.goalsSetOn, ...more.goalsSetOn],
          supportiveConnectionsSince: [...before.supportiveConnectionsSince, ...more.supportiveConnectionsSince],
        };
        const later = new Set(journeyMilestones(grown, today).map((m) => `${m.kind}:${m.count}`));
        for (const milestone of earlier) expect(later.has(milestone.split(":").slice(0, 2).join(":"))).toBe(true);
      }),
    );
  });

  it("keeps every milestone reached as time passes", () => {
    fc.assert(
      fc.property(facts, (all) => {
        const then = journeyMilestones(all, "2026-01-01").map(key);
        const now = new Set(journeyMilestones(all, "2026-07-01").map(key));
        for (const milestone of then) expect(now.has(milestone)).toBe(true);
      }),
    );
  });
});
