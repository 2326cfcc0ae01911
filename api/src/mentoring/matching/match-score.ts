// One mentor against one person: the score out of 100, the part each factor
// played (stored with a match so the reasons stay explainable later), and the
// reasons in words.
import type { MatchWeights, ScorePart } from "@kinship/db/schema";
import { explainMatch } from "./explain-match";
import { type Fits, factors, fitsOf, scoreTenths, usableWeights } from "./match-fits";
import { type CandidateTraits, candidateTraits, milesApart, type SeekerTraits, seekerTraits } from "./traits";
import type { MentorCandidate, ScoredMatch, Seeker } from "./types";

export function scoreMatch(seeker: Seeker, candidate: MentorCandidate, weights: MatchWeights): ScoredMatch {
  return scoreTraits(seekerTraits(seeker), candidateTraits(candidate), usableWeights(weights));
}

/**
 * The same over prepared traits and already-cleaned weights (`usableWeights`),
 * for the shortlist, which compares one person with every mentor.
 */
export function scoreTraits(
  seeker: SeekerTraits,
  candidate: CandidateTraits,
  weights: MatchWeights,
  miles: number | null = milesApart(seeker, candidate),
  fits: Fits = fitsOf(seeker, candidate, miles),
): ScoredMatch {
  const parts: ScorePart[] = factors.map((factor) => ({ factor, fit: fits[factor], weight: weights[factor] }));
  return {
    candidate: candidate.candidate,
    score: scoreTenths(fits, weights) / 10,
    parts,
    reasons: explainMatch(seeker, candidate, miles, fits, weights),
  };
}
