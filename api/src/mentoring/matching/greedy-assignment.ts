// The obvious way to match a waiting list, kept as the yardstick the batch
// matcher must beat: take the best-scoring allowed pair, then the next, skipping
// people already matched and mentors with no room left.
import type { MatchWeights } from "@kinship/db/schema";
import { type AssignmentResult, assignmentResult, eligiblePairs } from "./eligible-pairs";
import type { MentorCandidate, Seeker } from "./types";

export function assignGreedily(
  seekers: readonly Seeker[],
  candidates: readonly MentorCandidate[],
  weights: MatchWeights,
): AssignmentResult {
  const pairs = eligiblePairs(seekers, candidates, weights);
  // Scores are whole tenths from 0 to 1000, so a counting sort orders half a
  // million pairs in two passes; it is stable, so equal scores keep list order.
  const startOfScore = new Int32Array(1002);
  for (let pair = 0; pair < pairs.count; pair++) startOfScore[1000 - pairs.tenths[pair]! + 1]!++;
  for (let rank = 1; rank <= 1001; rank++) startOfScore[rank]! += startOfScore[rank - 1]!;
  const bestFirst = new Int32Array(pairs.count);
  for (let pair = 0; pair < pairs.count; pair++) bestFirst[startOfScore[1000 - pairs.tenths[pair]!]!++] = pair;

  const chosenPair = new Int32Array(seekers.length).fill(-1);
  const roomLeft = Int32Array.from(pairs.spare);
  for (const pair of bestFirst) {
    const seeker = pairs.seekerOf[pair]!;
    const mentor = pairs.mentorOf[pair]!;
    if (chosenPair[seeker] !== -1 || roomLeft[mentor]! <= 0) continue;
    chosenPair[seeker] = pair;
    roomLeft[mentor]!--;
  }
  return assignmentResult(seekers, candidates, pairs, chosenPair);
}
