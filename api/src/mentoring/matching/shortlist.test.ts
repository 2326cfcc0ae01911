// The shortlist over random mentor pools: nobody a hard constraint rules out ever
// appears, nobody better is left off, and every reason gives away only the
// profile field it declares (so the API can hide the ones a mentor keeps private).
import type { ProfileField } from "@kinship/db/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ineligibilities } from "./hard-constraints";
import { scoreMatch } from "./match-score";
import {
  dayNames,
  lifeExperienceWords,
  meetingWayWords,
  needWords,
  partOfDayNames,
  pathwayWords,
  substanceWords,
} from "./match-words";
import { poolArbitrary, propertySeed } from "./matching-arbitraries";
import { shortlist } from "./shortlist";
import type { MentorCandidate, Seeker } from "./types";

const pools = poolArbitrary({ minSeekers: 1, maxSeekers: 1, maxMentors: 25 });
const limits = fc.integer({ min: 0, max: 8 });
const runs = { numRuns: 300, seed: propertySeed };

// Written out again here, independently of hard-constraints.ts, as the oracle.
function isPlainlyIneligible(seeker: Seeker, mentor: MentorCandidate): boolean {
  const speaks = (code: string) => mentor.languages.includes(code);
  return (
    !mentor.isVettingCurrent ||
    mentor.isTakingBreak ||
    mentor.caseload >= mentor.capacity ||
    seeker.excludedPersonIds.has(mentor.personId) ||
    seeker.personId === mentor.personId ||
    (seeker.genderPreference !== "no_preference" && mentor.gender !== seeker.genderPreference) ||
    (seeker.languages.length > 0 && !seeker.languages.some(speaks))
  );
}

// The words each field's sentences are built from.
const wordsOf: Record<Exclude<ProfileField, "introduction" | "languages" | "gender" | "ageBand">, string[]> = {
  substances: Object.values(substanceWords),
  lifeExperiences: Object.values(lifeExperienceWords),
  pathways: Object.values(pathwayWords),
  strengths: Object.values(needWords),
  availability: [...dayNames, ...partOfDayNames],
  homeArea: ["mile"],
  meetingWays: Object.values(meetingWayWords),
};

beforeAll(() => console.info(`matching property seed: ${propertySeed} (replay with MATCHING_SEED=${propertySeed})`));

describe("shortlist", () => {
  it("never lists a mentor a hard constraint rules out, and leaves off nobody better (property)", () => {
    fc.assert(
      fc.property(pools, limits, ({ seekers: [seeker], candidates, weights }, limit) => {
        const result = shortlist(seeker!, candidates, weights, limit);
        for (const entry of result.entries) {
          expect(isPlainlyIneligible(seeker!, entry.candidate)).toBe(false);
          expect(ineligibilities(seeker!, entry.candidate)).toEqual([]);
          expect(entry.score).toBe(scoreMatch(seeker!, entry.candidate, weights).score);
        }
        for (const { candidate, reasons } of result.ineligible) {
          expect(reasons.length).toBeGreaterThan(0);
          expect(reasons).toEqual(ineligibilities(seeker!, candidate));
        }
        const listed = new Set(result.entries.map((entry) => entry.candidate.profileId));
        const refused = new Set(result.ineligible.map((entry) => entry.candidate.profileId));
        const eligible = candidates.filter((candidate) => !refused.has(candidate.profileId));
        expect(listed.size + refused.size).toBe(Math.min(limit, eligible.length) + refused.size);
        for (const mentor of candidates)
          if (isPlainlyIneligible(seeker!, mentor)) expect(refused).toContain(mentor.profileId);
        const scores = result.entries.map((entry) => entry.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (let index = 1; index < result.entries.length; index++) {
          const [before, after] = [result.entries[index - 1]!, result.entries[index]!];
          if (before.score === after.score) expect(before.candidate.profileId < after.candidate.profileId).toBe(true);
        }
        // An empty shortlist (limit 0, or nobody allowed) has no last entry to compare with.
        const last = scores.at(-1) ?? Number.NEGATIVE_INFINITY;
        for (const mentor of eligible.filter((candidate) => !listed.has(candidate.profileId))) {
          expect(limit === 0 || scoreMatch(seeker!, mentor, weights).score <= last).toBe(true);
        }
      }),
      runs,
    );
  });

  it("gives every entry a score out of 100 and at least one reason, each revealing only its field (property)", () => {
    fc.assert(
      fc.property(pools, ({ seekers: [seeker], candidates, weights }) => {
        for (const { score, reasons, candidate } of shortlist(seeker!, candidates, weights, 8).entries) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          expect(Math.round(score * 10)).toBeCloseTo(score * 10, 9);
          expect(reasons.length).toBeGreaterThan(0);
          for (const reason of reasons) {
            expect(reason.text).toMatch(/^[A-Z].*\.$/);
            let text = reason.text.toLowerCase();
            const own =
              reason.reveals && reason.reveals in wordsOf ? wordsOf[reason.reveals as keyof typeof wordsOf] : [];
            // Longest first, so "crack cocaine" goes before anything it contains.
            for (const word of [...own].sort((a, b) => b.length - a.length))
              text = text.replaceAll(word.toLowerCase(), "");
            for (const [field, words] of Object.entries(wordsOf)) {
              if (field === reason.reveals) continue;
              for (const word of words)
                expect(text, `${reason.text} (${reason.reveals})`).not.toContain(word.toLowerCase());
            }
            expectTrueOfMentor(reason.reveals, reason.text, candidate);
          }
        }
      }),
      runs,
    );
  });
});

/** What a reason says about the mentor's own lists is really on their profile. */
function expectTrueOfMentor(field: ProfileField | null, text: string, mentor: MentorCandidate) {
  const lists = {
    substances: [substanceWords, mentor.substances],
    lifeExperiences: [lifeExperienceWords, mentor.lifeExperiences],
    pathways: [pathwayWords, mentor.pathways],
    strengths: [needWords, mentor.strengths],
    meetingWays: [meetingWayWords, mentor.meetingWays],
  } as const;
  if (!field || !(field in lists)) return;
  const [words, values] = lists[field as keyof typeof lists];
  const mentioned = Object.entries(words).filter(([, word]) => text.includes(word));
  expect(mentioned.length).toBeGreaterThan(0);
  for (const [value] of mentioned) expect(values as readonly string[]).toContain(value);
}
