import { builtInDefinition } from "@kinship/db/journey-defaults";
import type { InstrumentDefinition } from "@kinship/db/schema";
import { describe, expect, it } from "vitest";
import {
  answerProblems,
  bandFor,
  changeSinceLast,
  domainPercents,
  itemPercent,
  scorePercent,
  strengthsAndGaps,
} from "./instrument-score";

// A published-instrument-like definition: a 5-point scale and one reversed item.
const fivePoint: InstrumentDefinition = {
  items: [
    { code: "a", domain: "housing_safety", text: "My home is safe.", isReversed: false, outcome: "housing" },
    { code: "b", domain: "social_support", text: "I feel alone.", isReversed: true, outcome: null },
    { code: "c", domain: "social_support", text: "I have friends.", isReversed: false, outcome: null },
  ],
  scale: { min: 0, max: 4, labels: ["Never", "Rarely", "Sometimes", "Often", "Always"] },
  strengthAtLeastPercent: 75,
  gapAtMostPercent: 25,
  bands: [
    { fromPercent: 0, label: "Low", meaning: "Low." },
    { fromPercent: 50, label: "Middle", meaning: "Middle." },
    { fromPercent: 80, label: "High", meaning: "High." },
  ],
  suggestedEveryWeeks: 12,
};
const all = (value: number) => Object.fromEntries(builtInDefinition.items.map((item) => [item.code, value]));

describe("item and overall scores", () => {
  it("puts each answer on a 0–100 scale, turning reversed items round", () => {
    const [a, b] = fivePoint.items;
    expect([0, 1, 2, 3, 4].map((value) => itemPercent(fivePoint, a!, value))).toEqual([0, 25, 50, 75, 100]);
    expect([0, 1, 2, 3, 4].map((value) => itemPercent(fivePoint, b!, value))).toEqual([100, 75, 50, 25, 0]);
    expect(
      [1, 2, 3, 4, 5, 6].map((value) => itemPercent(builtInDefinition, builtInDefinition.items[0]!, value)),
    ).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("scores the mean of the items and finds the band reached", () => {
    expect(scorePercent(builtInDefinition, all(1))).toBe(0);
    expect(scorePercent(builtInDefinition, all(6))).toBe(100);
    // a: 100, b (reversed, "often" feeling alone): 25, c: 50 → 58.3
    const answers = { a: 4, b: 3, c: 2 };
    expect(scorePercent(fivePoint, answers)).toBe(58.3);
    expect(bandFor(fivePoint, 58.3).label).toBe("Middle");
    expect(bandFor(fivePoint, 0).label).toBe("Low");
    expect(bandFor(fivePoint, 80).label).toBe("High");
    expect(bandFor(builtInDefinition, 69.9).label).toBe("Building");
  });

  it("averages the items of one domain", () => {
    expect(Object.fromEntries(domainPercents(fivePoint, { a: 4, b: 3, c: 2 }))).toEqual({
      housing_safety: 100,
      social_support: 37.5,
    });
  });
});

describe("strengths, gaps and change", () => {
  it("names strengths and gaps by domain in plain words", () => {
    const answers = { ...all(4), home: 6, hope: 5, people: 1, trouble: 3 };
    expect(strengthsAndGaps(builtInDefinition, answers)).toEqual({
      strengths: [
        "Having a safe place to live is a strength right now.",
        "Feeling hopeful about the future is a strength right now.",
      ],
      gaps: ["Having people who back recovery is hard right now.", "Keeping away from trouble is hard right now."],
    });
  });

  it("reads a reversed item the right way round", () => {
    // Never feeling alone is a strength; always having a safe home too.
    expect(strengthsAndGaps(fivePoint, { a: 4, b: 0, c: 1 })).toEqual({
      strengths: [
        "Having a safe place to live is a strength right now.",
        "Having people who back recovery is a strength right now.",
      ],
      gaps: ["Having people who back recovery is hard right now."],
    });
  });

  it("says how far each domain moved since the check-in before", () => {
    const before = all(3);
    const now = { ...all(3), home: 5, people: 2 };
    const changes = changeSinceLast(builtInDefinition, now, before);
    expect(changes).toHaveLength(10);
    expect(changes.find((c) => c.domain === "housing_safety")).toEqual({
      domain: "housing_safety",
      percentBefore: 40,
      percentNow: 80,
      change: 40,
    });
    expect(changes.find((c) => c.domain === "social_support")?.change).toBe(-20);
    expect(changes.find((c) => c.domain === "recovery_experience")?.change).toBe(0);
  });
});

describe("answer problems", () => {
  it("accepts one answer on the scale for every item", () => {
    expect(
      answerProblems(fivePoint, [
        { itemCode: "a", value: 0 },
        { itemCode: "b", value: 4 },
        { itemCode: "c", value: 2 },
      ]),
    ).toEqual([]);
  });

  it("names each unanswered item and each value off the scale", () => {
    expect(
      answerProblems(fivePoint, [
        { itemCode: "a", value: 5 },
        { itemCode: "b", value: 1.5 },
      ]),
    ).toEqual([
      { path: "answers.a", message: "Choose one of the answers given." },
      { path: "answers.b", message: "Choose one of the answers given." },
      { path: "answers.c", message: "Choose an answer for “I have friends.”" },
    ]);
  });

  it("refuses answers to questions that are not in the instrument, or answered twice", () => {
    const unknown = answerProblems(fivePoint, [{ itemCode: "z", value: 1 }]);
    expect(unknown.map((p) => p.path)).toEqual(["answers"]);
    const twice = answerProblems(fivePoint, [
      { itemCode: "a", value: 1 },
      { itemCode: "a", value: 2 },
    ]);
    expect(twice.map((p) => p.path)).toEqual(["answers"]);
  });
});
