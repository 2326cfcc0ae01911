// Each rule that keeps a mentor off a person's shortlist, one at a time: the
// example pair fits every rule, and each test breaks exactly one.
import { describe, expect, it } from "vitest";
import { ineligibilities, ineligibilityText } from "./hard-constraints";
import { bolton, exampleMentor, examplePerson } from "./matching-examples";
import type { Ineligibility } from "./types";

describe("hard constraints", () => {
  it("allows the example pair", () => {
    expect(ineligibilities(examplePerson(), exampleMentor())).toEqual([]);
  });

  it.each<[string, Parameters<typeof examplePerson>[0], Parameters<typeof exampleMentor>[0], Ineligibility]>([
    ["vetting out of date", {}, { isVettingCurrent: false }, "vetting_not_current"],
    ["taking a break", {}, { isTakingBreak: true }, "taking_break"],
    ["caseload at capacity", {}, { capacity: 2, caseload: 2 }, "at_capacity"],
    ["caseload over capacity", {}, { capacity: 1, caseload: 3 }, "at_capacity"],
    ["no capacity at all", {}, { capacity: 0, caseload: 0 }, "at_capacity"],
    ["blocked or known", { excludedPersonIds: new Set(["mentor-1"]) }, {}, "excluded"],
    ["the same person", { personId: "mentor-1" }, {}, "same_person"],
    ["wrong gender", { genderPreference: "man" }, {}, "gender_preference"],
    ["gender not given", { genderPreference: "woman" }, { gender: null }, "gender_preference"],
    ["no shared language", { languages: ["ur", "pa"] }, {}, "no_shared_language"],
    ["no shared way to meet", { meetingWays: ["text"] }, {}, "no_shared_way_to_meet"],
    ["mentor gave no way to meet", { meetingWays: [] }, { meetingWays: [] }, "no_shared_way_to_meet"],
    ["too far, in person only", { meetingWays: ["in_person"], ...bolton }, { travelMiles: 7 }, "too_far_to_meet"],
  ])("refuses: %s", (_, personChanges, mentorChanges, expected) => {
    expect(ineligibilities(examplePerson(personChanges), exampleMentor(mentorChanges))).toEqual([expected]);
  });

  it("lists every rule a pair breaks, not just the first", () => {
    const found = ineligibilities(
      examplePerson({ genderPreference: "non_binary", languages: ["cy"] }),
      exampleMentor({ isTakingBreak: true, isVettingCurrent: false }),
    );
    expect(found.sort()).toEqual(["gender_preference", "no_shared_language", "taking_break", "vetting_not_current"]);
  });

  it("treats an empty list from the person as no preference", () => {
    expect(
      ineligibilities(examplePerson({ languages: [], meetingWays: [] }), exampleMentor({ languages: [] })),
    ).toEqual([]);
  });

  it("matches any gender when the person has no preference, and the asked-for one when they have", () => {
    for (const gender of ["woman", "man", "non_binary", "other_gender", null] as const) {
      expect(ineligibilities(examplePerson(), exampleMentor({ gender }))).toEqual([]);
    }
    expect(ineligibilities(examplePerson({ genderPreference: "woman" }), exampleMentor({ gender: "woman" }))).toEqual(
      [],
    );
  });

  it("compares language codes as people type them", () => {
    expect(ineligibilities(examplePerson({ languages: [" PL"] }), exampleMentor({ languages: ["pl"] }))).toEqual([]);
  });

  it("only rules out distance when in person is the one way both can meet and both places are known", () => {
    const farAway = examplePerson({ ...bolton });
    // About 8.5 miles: past 8 but within the one-mile allowance for places being town centres.
    expect(ineligibilities({ ...farAway, meetingWays: ["in_person"] }, exampleMentor({ travelMiles: 8 }))).toEqual([]);
    expect(ineligibilities(farAway, exampleMentor({ travelMiles: 2 }))).toEqual([]); // phone as well
    const inPersonOnly = { ...farAway, meetingWays: ["in_person" as const] };
    expect(ineligibilities(inPersonOnly, exampleMentor({ travelMiles: 2, latitude: null }))).toEqual([]);
    expect(ineligibilities({ ...inPersonOnly, longitude: null }, exampleMentor({ travelMiles: 2 }))).toEqual([]);
  });

  it("explains every rule in plain words", () => {
    for (const text of Object.values(ineligibilityText)) expect(text).toMatch(/^[A-Z][^_]+\.$/);
  });
});
