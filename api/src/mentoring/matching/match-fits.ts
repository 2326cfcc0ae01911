// How well one mentor fits one person on each factor, as a number from 0 to 1,
// and the weighted score those make. Kept free of words so the batch matcher can
// score half a million pairs without building a sentence for each.
import type { MatchWeights } from "@kinship/db/schema";
import { bitCount, type CandidateTraits, inPersonWay, type SeekerTraits, sharedWaysToMeet } from "./traits";
import type { Factor } from "./types";

export const factors: readonly Factor[] = [
  "sharedExperience",
  "pathway",
  "needs",
  "distance",
  "availability",
  "caseload",
];

/**
 * When the person did not ask for something (no pathway, no needs, no times) every
 * mentor is equally right for them: a middle fit moves every score alike, so it
 * neither helps nor hurts one mentor against another.
 */
const neutralFit = 0.5;
/**
 * Phone, video or text work at any distance, so they fit well; a little below a
 * mentor close enough to meet face to face as well, who can do both.
 */
const remoteFit = 0.8;
/** In person is possible but one of them gave no place: we cannot tell near from far. */
const unknownDistanceFit = 0.5;

export type Fits = Record<Factor, number>;

const shareOf = (asked: number, matched: number) => (asked === 0 ? neutralFit : matched / asked);

/** Close is better, falling to nothing at the furthest the mentor said they would travel. */
export function inPersonFit(miles: number, travelMiles: number): number {
  return Math.max(0, 1 - miles / Math.max(travelMiles, 1));
}

export function fitsOf(seeker: SeekerTraits, candidate: CandidateTraits, miles: number | null): Fits {
  const mentor = candidate.candidate;
  const askedExperience = bitCount(seeker.substances) + bitCount(seeker.lifeExperiences);
  const sharedExperience =
    bitCount(seeker.substances & candidate.substances) + bitCount(seeker.lifeExperiences & candidate.lifeExperiences);
  const ways = sharedWaysToMeet(seeker, candidate);
  let distance = (ways & ~inPersonWay) !== 0 ? remoteFit : 0;
  if ((ways & inPersonWay) !== 0) {
    distance = Math.max(distance, miles === null ? unknownDistanceFit : inPersonFit(miles, mentor.travelMiles));
  }
  return {
    sharedExperience: shareOf(askedExperience, sharedExperience),
    pathway: seeker.pathway === 0 ? neutralFit : (seeker.pathway & candidate.pathways) !== 0 ? 1 : 0,
    needs: shareOf(bitCount(seeker.needs), bitCount(seeker.needs & candidate.strengths)),
    distance,
    availability: shareOf(bitCount(seeker.availability), bitCount(seeker.availability & candidate.availability)),
    caseload: mentor.capacity > 0 ? Math.min(1, Math.max(0, 1 - mentor.caseload / mentor.capacity)) : 0,
  };
}

/** Negative or broken weights (an admin's typo) count as "does not matter", never as a penalty. */
export function usableWeights(weights: MatchWeights): MatchWeights {
  const usable = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);
  return {
    sharedExperience: usable(weights.sharedExperience),
    pathway: usable(weights.pathway),
    needs: usable(weights.needs),
    distance: usable(weights.distance),
    availability: usable(weights.availability),
    caseload: usable(weights.caseload),
  };
}

/**
 * The score in tenths of a point (0–1000): 1000 × Σ(weight × fit) / Σ weight,
 * rounded. Integers make the batch matcher's costs exact; all weights zero gives 0.
 */
export function scoreTenths(fits: Fits, weights: MatchWeights): number {
  let total = 0;
  let weighted = 0;
  for (const factor of factors) {
    total += weights[factor];
    weighted += weights[factor] * fits[factor];
  }
  if (total === 0) return 0;
  return Math.min(1000, Math.max(0, Math.round((1000 * weighted) / total)));
}
