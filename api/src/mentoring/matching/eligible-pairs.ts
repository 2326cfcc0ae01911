// Every allowed (person, mentor) pair of a waiting list with its score, in flat
// typed arrays: 500 people × 1,000 mentors is half a million pairs, and objects
// for each would cost more than the matching itself. Shared by the batch and
// greedy matchers so both see exactly the same pairs and scores.
import type { MatchWeights } from "@kinship/db/schema";
import { ineligibilitiesOf } from "./hard-constraints";
import { fitsOf, scoreTenths, usableWeights } from "./match-fits";
import { candidateTraits, milesApart, seekerTraits } from "./traits";
import type { MentorCandidate, Seeker } from "./types";

export interface PairTable {
  count: number;
  /** Pairs are grouped by seeker: seeker i's are firstPair[i] up to firstPair[i + 1]. */
  firstPair: Int32Array;
  seekerOf: Int32Array;
  mentorOf: Int32Array;
  /** Score in tenths of a point, 0–1000. */
  tenths: Int32Array;
  /** New people each mentor can take: capacity − caseload (never below 0). */
  spare: Int32Array;
}

export function eligiblePairs(
  seekers: readonly Seeker[],
  candidates: readonly MentorCandidate[],
  weights: MatchWeights,
): PairTable {
  const usable = usableWeights(weights);
  const mentors = candidates.map(candidateTraits);
  const firstPair = new Int32Array(seekers.length + 1);
  let room = Math.max(16, Math.min(seekers.length * candidates.length, 1 << 16));
  let seekerOf = new Int32Array(room);
  let mentorOf = new Int32Array(room);
  let tenths = new Int32Array(room);
  let count = 0;
  seekers.forEach((seeker, seekerIndex) => {
    const person = seekerTraits(seeker);
    firstPair[seekerIndex] = count;
    mentors.forEach((mentor, mentorIndex) => {
      const miles = milesApart(person, mentor);
      if (ineligibilitiesOf(person, mentor, miles).length > 0) return;
      if (count === room) {
        room *= 2;
        seekerOf = grown(seekerOf, room);
        mentorOf = grown(mentorOf, room);
        tenths = grown(tenths, room);
      }
      seekerOf[count] = seekerIndex;
      mentorOf[count] = mentorIndex;
      tenths[count] = scoreTenths(fitsOf(person, mentor, miles), usable);
      count++;
    });
  });
  firstPair[seekers.length] = count;
  const spare = Int32Array.from(candidates, (mentor) => Math.max(0, mentor.capacity - mentor.caseload));
  return { count, firstPair, seekerOf, mentorOf, tenths, spare };
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

export interface Assignment {
  requestId: string;
  profileId: string;
  score: number;
}

export interface AssignmentResult {
  assignments: Assignment[];
  totalScore: number;
  unassignedRequestIds: string[];
}

/** Turns the chosen pair per seeker (−1: none) back into ids, in waiting-list order. */
export function assignmentResult(
  seekers: readonly Seeker[],
  candidates: readonly MentorCandidate[],
  pairs: PairTable,
  chosenPair: Int32Array,
): AssignmentResult {
  const assignments: Assignment[] = [];
  const unassignedRequestIds: string[] = [];
  // Summed in tenths so the total is exactly the sum of the scores shown.
  let totalTenths = 0;
  seekers.forEach((seeker, seekerIndex) => {
    const pair = chosenPair[seekerIndex]!;
    if (pair < 0) {
      unassignedRequestIds.push(seeker.requestId);
      return;
    }
    const mentor = candidates[pairs.mentorOf[pair]!]!;
    assignments.push({ requestId: seeker.requestId, profileId: mentor.profileId, score: pairs.tenths[pair]! / 10 });
    totalTenths += pairs.tenths[pair]!;
  });
  return { assignments, totalScore: totalTenths / 10, unassignedRequestIds };
}
