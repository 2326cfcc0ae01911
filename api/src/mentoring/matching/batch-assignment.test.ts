// Matching a whole waiting list: the batch matcher's answers are always allowed,
// never worse than taking the best pair first, as good as trying every possible
// assignment on small lists, and strictly better than greedy where people compete.
import type { MatchWeights } from "@kinship/db/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type AssignmentResult, assignBatch } from "./batch-assignment";
import { assignGreedily } from "./greedy-assignment";
import { ineligibilities } from "./hard-constraints";
import { scoreMatch } from "./match-score";
import { contendedPoolArbitrary, type Pool, poolArbitrary, propertySeed } from "./matching-arbitraries";
import { exampleMentor, examplePerson, onlySharedExperience } from "./matching-examples";

const runs = (numRuns: number) => ({ numRuns, seed: propertySeed });

function expectAllowed({ seekers, candidates, weights }: Pool, result: AssignmentResult) {
  const newPeople = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const { requestId, profileId, score } of result.assignments) {
    const seeker = seekers.find((s) => s.requestId === requestId)!;
    const mentor = candidates.find((c) => c.profileId === profileId)!;
    expect(ineligibilities(seeker, mentor)).toEqual([]);
    expect(score).toBe(scoreMatch(seeker, mentor, weights).score);
    expect(seen.has(requestId)).toBe(false);
    seen.add(requestId);
    newPeople.set(profileId, (newPeople.get(profileId) ?? 0) + 1);
    total += score;
  }
  for (const mentor of candidates) {
    expect(newPeople.get(mentor.profileId) ?? 0).toBeLessThanOrEqual(Math.max(0, mentor.capacity - mentor.caseload));
  }
  expect([...seen, ...result.unassignedRequestIds].sort()).toEqual(seekers.map((s) => s.requestId).sort());
  expect(result.totalScore).toBeCloseTo(total, 6);
}

/** The best total by trying every assignment: only for lists small enough to enumerate. */
function bruteForceBest({ seekers, candidates, weights }: Pool): number {
  const options = seekers.map((seeker) =>
    candidates.flatMap((mentor, index) =>
      ineligibilities(seeker, mentor).length > 0 ? [] : [{ index, score: scoreMatch(seeker, mentor, weights).score }],
    ),
  );
  const room = candidates.map((mentor) => Math.max(0, mentor.capacity - mentor.caseload));
  let best = 0;
  const visit = (seekerIndex: number, total: number) => {
    if (seekerIndex === seekers.length) {
      best = Math.max(best, total);
      return;
    }
    visit(seekerIndex + 1, total);
    for (const { index, score } of options[seekerIndex]!) {
      if (room[index]! === 0) continue;
      room[index]!--;
      visit(seekerIndex + 1, total + score);
      room[index]!++;
    }
  };
  visit(0, 0);
  return best;
}

beforeAll(() => console.info(`matching property seed: ${propertySeed} (replay with MATCHING_SEED=${propertySeed})`));

describe("batch assignment", () => {
  it("respects room, hard constraints and one mentor each, for batch and greedy alike (property)", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxSeekers: 25, maxMentors: 12 }), (pool) => {
        expectAllowed(pool, assignBatch(pool.seekers, pool.candidates, pool.weights));
        expectAllowed(pool, assignGreedily(pool.seekers, pool.candidates, pool.weights));
      }),
      runs(200),
    );
  });

  it("never totals less than greedy, and equals the best possible on small lists (property)", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxSeekers: 30, maxMentors: 15 }), ({ seekers, candidates, weights }) => {
        const batch = assignBatch(seekers, candidates, weights).totalScore;
        expect(batch).toBeGreaterThanOrEqual(assignGreedily(seekers, candidates, weights).totalScore - 1e-9);
      }),
      runs(200),
    );
    // Random small lists are often mostly ruled out, so contended ones are mixed in to make the comparison bite.
    const smallLists = fc.oneof(
      poolArbitrary({ maxSeekers: 6, maxMentors: 4, maxCapacity: 2 }),
      contendedPoolArbitrary({ minSeekers: 2, maxSeekers: 6, minMentors: 1, maxMentors: 4, maxCapacity: 2 }),
    );
    fc.assert(
      fc.property(smallLists, (pool) => {
        expect(assignBatch(pool.seekers, pool.candidates, pool.weights).totalScore).toBeCloseTo(
          bruteForceBest(pool),
          6,
        );
      }),
      runs(400),
    );
  });

  it("beats greedy on some contended waiting lists and loses on none", () => {
    let strictlyBetter = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const [pool] = fc.sample(contendedPoolArbitrary(), { seed, numRuns: 1 });
      const batch = assignBatch(pool!.seekers, pool!.candidates, pool!.weights).totalScore;
      const greedy = assignGreedily(pool!.seekers, pool!.candidates, pool!.weights).totalScore;
      expect(batch, `seed ${seed}`).toBeGreaterThanOrEqual(greedy - 1e-9);
      if (batch > greedy + 1e-9) strictlyBetter++;
    }
    expect(strictlyBetter).toBeGreaterThan(0);
  });

  it("does better than taking the best pair first on a small example", () => {
    // Counting shared experience (weight 1) and needs (weight 1) only. Mentors X and
    // Y have room for one person each; Y does not speak Polish.
    //   A with X: both substances and needs fit: (1 + 1) / 2 = 100
    //   A with Y: substances fit, housing does not: (1 + 0) / 2 = 50
    //   B with X: one of two substances, housing fits: (0.5 + 1) / 2 = 75
    //   B with Y: not allowed (B asked for a Polish speaker)
    // Greedy takes A–X (100) first; then X is full and Y cannot take B: total 100 and
    // B waits. The best is A–Y + B–X = 50 + 75 = 125, and nobody waits.
    const weights: MatchWeights = { ...onlySharedExperience, needs: 1 };
    const base = { capacity: 1, caseload: 0, meetingWays: ["phone" as const], substances: ["alcohol" as const] };
    const x = exampleMentor({
      ...base,
      profileId: "X",
      personId: "x",
      strengths: ["housing"],
      languages: ["en", "pl"],
    });
    const y = exampleMentor({ ...base, profileId: "Y", personId: "y", strengths: [], languages: ["en"] });
    const person = { sharedSubstances: ["alcohol" as const], needs: ["housing" as const], meetingWays: [] };
    const a = examplePerson({ ...person, requestId: "A", personId: "a", languages: [] });
    const b = examplePerson({ ...person, requestId: "B", personId: "b", languages: ["pl"] });
    b.sharedSubstances = ["alcohol", "cannabis"];
    expect(assignGreedily([a, b], [x, y], weights)).toEqual({
      assignments: [{ requestId: "A", profileId: "X", score: 100 }],
      totalScore: 100,
      unassignedRequestIds: ["B"],
    });
    expect(assignBatch([a, b], [x, y], weights)).toEqual({
      assignments: [
        { requestId: "A", profileId: "Y", score: 50 },
        { requestId: "B", profileId: "X", score: 75 },
      ],
      totalScore: 125,
      unassignedRequestIds: [],
    });
  });

  it("still matches as many people as it can when every weight is zero", () => {
    const zero = { sharedExperience: 0, pathway: 0, needs: 0, distance: 0, availability: 0, caseload: 0 };
    const mentors = [
      exampleMentor({ profileId: "X", capacity: 2 }),
      exampleMentor({ profileId: "Y", personId: "y", capacity: 1 }),
    ];
    const people = ["A", "B", "C", "D"].map((id) => examplePerson({ requestId: id, personId: id }));
    const result = assignBatch(people, mentors, zero);
    expect(result.assignments).toHaveLength(3);
    expect(result.totalScore).toBe(0);
    expect(result.unassignedRequestIds).toEqual(["D"]);
  });
});
