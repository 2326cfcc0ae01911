// The score and its reasons for hand-made pairs, with the arithmetic written out.
import { describe, expect, it } from "vitest";
import { defaultWeights } from "../settings";
import { scoreMatch } from "./match-score";
import {
  bolton,
  exampleMentor,
  examplePerson,
  fridayEvening,
  onlySharedExperience,
  slot,
  thursdayAfternoon,
  tuesdayAfternoon,
} from "./matching-examples";

const fitOf = (result: ReturnType<typeof scoreMatch>, factor: string) =>
  result.parts.find((part) => part.factor === factor)?.fit;

describe("scoreMatch", () => {
  it("scores the example pair and says why, strongest first", () => {
    const result = scoreMatch(examplePerson(), exampleMentor(), defaultWeights);
    // Every factor fits fully except distance: phone fits 0.8 anywhere, and in person
    // 1.9 of the mentor's 10 miles fits 1 − 0.19 = 0.81. Weights 3, 2, 3, 2, 2, 1 (13):
    // (3 + 2 + 3 + 2 × 0.81 + 2 + 1) / 13 = 12.62 / 13 = 97.0%.
    expect(result.score).toBe(97);
    expect(fitOf(result, "distance")).toBeCloseTo(0.81, 2);
    expect(result.parts.map((part) => part.weight)).toEqual([3, 2, 3, 2, 2, 1]);
    expect(result.reasons).toEqual([
      { factor: "sharedExperience", reveals: "substances", text: "You both have experience of alcohol." },
      { factor: "needs", reveals: "strengths", text: "Can help with housing and benefits." },
      { factor: "pathway", reveals: "pathways", text: "Has been through 12-step recovery, as you asked." },
      {
        factor: "availability",
        reveals: "availability",
        text: "Free on Tuesday and Thursday afternoons, when you are.",
      },
      { factor: "distance", reveals: "homeArea", text: "Lives about 2 miles away." },
      { factor: "distance", reveals: "meetingWays", text: "Can meet in person, or by phone." },
      { factor: "caseload", reveals: null, text: "Has room for more people right now." },
    ]);
  });

  it("gives a middle fit, and no reason, for what the person did not ask about", () => {
    const asksNothing = examplePerson({ sharedSubstances: [], pathway: null, needs: [], availability: 0 });
    const result = scoreMatch(asksNothing, exampleMentor(), defaultWeights);
    for (const factor of ["sharedExperience", "pathway", "needs", "availability"]) {
      expect(fitOf(result, factor)).toBe(0.5);
    }
    expect(result.reasons.map((reason) => reason.factor)).toEqual(["distance", "distance", "caseload"]);
  });

  it("scores the share of what was asked for", () => {
    const person = examplePerson({ sharedSubstances: ["alcohol", "opiates"], sharedLifeExperiences: ["parenting"] });
    const withOnlyAlcohol = exampleMentor({ lifeExperiences: [] });
    // One of two substances, none of one life experience: 1 of 3 asked for.
    expect(scoreMatch(person, withOnlyAlcohol, onlySharedExperience).score).toBe(33.3);
    expect(scoreMatch(person, exampleMentor(), onlySharedExperience).score).toBe(66.7);
    const needs = { ...onlySharedExperience, sharedExperience: 0, needs: 1 };
    expect(scoreMatch(examplePerson(), exampleMentor({ strengths: ["housing"] }), needs).score).toBe(50);
    const times = { ...onlySharedExperience, sharedExperience: 0, availability: 1 };
    const freeOnce = exampleMentor({ availability: tuesdayAfternoon | slot(0, 0) });
    expect(scoreMatch(examplePerson({ availability: tuesdayAfternoon | fridayEvening }), freeOnce, times).score).toBe(
      50,
    );
    const room = { ...onlySharedExperience, sharedExperience: 0, caseload: 1 };
    expect(scoreMatch(examplePerson(), exampleMentor({ capacity: 4, caseload: 1 }), room).score).toBe(75);
    const pathway = { ...onlySharedExperience, sharedExperience: 0, pathway: 1 };
    expect(scoreMatch(examplePerson({ pathway: "smart_recovery" }), exampleMentor(), pathway).score).toBe(0);
  });

  it("prefers nearer for in person, and fits phone or video well at any distance", () => {
    const inPersonOnly = examplePerson({ meetingWays: ["in_person"] });
    const near = scoreMatch(inPersonOnly, exampleMentor(), defaultWeights);
    const further = scoreMatch({ ...inPersonOnly, ...bolton }, exampleMentor(), defaultWeights);
    expect(fitOf(near, "distance")).toBeGreaterThan(fitOf(further, "distance")!);
    // 8.5 of 10 miles fits 0.15: not worth saying how far.
    expect(fitOf(further, "distance")).toBeCloseTo(0.15, 2);
    expect(further.reasons.map((reason) => reason.reveals)).not.toContain("homeArea");
    const byPhoneFromBolton = scoreMatch(
      examplePerson({ meetingWays: ["phone"], ...bolton }),
      exampleMentor(),
      defaultWeights,
    );
    expect(fitOf(byPhoneFromBolton, "distance")).toBe(0.8);
    expect(byPhoneFromBolton.reasons.find((reason) => reason.factor === "distance")?.text).toBe("Can meet by phone.");
    const noPlace = scoreMatch(inPersonOnly, exampleMentor({ latitude: null, longitude: null }), defaultWeights);
    expect(fitOf(noPlace, "distance")).toBe(0.5);
    expect(noPlace.reasons.find((reason) => reason.factor === "distance")?.text).toBe("Can meet in person.");
  });

  it("says nothing about a factor that fits poorly, and nothing negative", () => {
    const everyDay = Array.from({ length: 7 }, (_, day) => slot(day, 0)).reduce((mask, bit) => mask | bit, 0);
    const result = scoreMatch(
      examplePerson({ availability: everyDay, needs: ["housing", "justice", "health"], pathway: "faith_based" }),
      exampleMentor({ availability: slot(0, 0), capacity: 4, caseload: 3 }),
      defaultWeights,
    );
    expect(result.reasons.map((reason) => reason.factor)).not.toContain("availability");
    expect(result.reasons.map((reason) => reason.factor)).not.toContain("pathway");
    expect(result.reasons.map((reason) => reason.factor)).not.toContain("caseload");
    expect(result.reasons.find((reason) => reason.factor === "needs")?.text).toBe("Can help with housing.");
    for (const reason of result.reasons) expect(reason.text).not.toMatch(/\b(not|no|never|only|but)\b|n't/i);
  });

  it("names shared life experiences and many free times in a readable way", () => {
    const everyAfternoon = Array.from({ length: 7 }, (_, day) => slot(day, 1)).reduce((mask, bit) => mask | bit, 0);
    const person = examplePerson({ sharedLifeExperiences: ["parenting"], availability: everyAfternoon });
    const texts = scoreMatch(person, exampleMentor({ availability: everyAfternoon }), defaultWeights).reasons.map(
      (reason) => reason.text,
    );
    expect(texts).toContain("You both have experience of being a parent.");
    expect(texts).toContain("Free at all the times you are.");
    const twoTimes = scoreMatch(
      examplePerson({ availability: slot(0, 0) | thursdayAfternoon }),
      exampleMentor({ availability: slot(0, 0) | thursdayAfternoon }),
      defaultWeights,
    );
    expect(twoTimes.reasons.map((reason) => reason.text)).toContain(
      "Free on Monday mornings, and on Thursday afternoons, when you are.",
    );
  });

  it("scores 0 with every weight at zero, and treats negative or broken weights as zero", () => {
    const zero = { sharedExperience: 0, pathway: 0, needs: 0, distance: 0, availability: 0, caseload: 0 };
    const result = scoreMatch(examplePerson(), exampleMentor(), zero);
    expect(result.score).toBe(0);
    expect(result.parts.every((part) => part.weight === 0)).toBe(true);
    expect(result.reasons).toEqual([
      { factor: "caseload", reveals: null, text: "Has room for more people right now." },
    ]);
    const broken = { ...defaultWeights, pathway: -4, distance: Number.NaN };
    const cleaned = { ...defaultWeights, pathway: 0, distance: 0 };
    expect(scoreMatch(examplePerson(), exampleMentor(), broken)).toEqual(
      scoreMatch(examplePerson(), exampleMentor(), cleaned),
    );
  });
});
