// The mentors a coordinator could offer one person, best first, with why; and
// the ones they could not, with the rule each breaks, so nobody is left out
// without a stated reason.
import type { MatchWeights } from "@kinship/db/schema";
import { ineligibilitiesOf } from "./hard-constraints";
import { fitsOf, scoreTenths, usableWeights } from "./match-fits";
import { scoreTraits } from "./match-score";
import { candidateTraits, milesApart, seekerTraits } from "./traits";
import type { Ineligibility, MentorCandidate, ScoredMatch, Seeker } from "./types";

export interface Shortlist {
  entries: ScoredMatch[];
  ineligible: { candidate: MentorCandidate; reasons: Ineligibility[] }[];
}

export function shortlist(
  seeker: Seeker,
  candidates: readonly MentorCandidate[],
  weights: MatchWeights,
  limit = 5,
): Shortlist {
  const person = seekerTraits(seeker);
  const usable = usableWeights(weights);
  const ineligible: Shortlist["ineligible"] = [];
  const eligible = [];
  for (const candidate of candidates) {
    const mentor = candidateTraits(candidate);
    const miles = milesApart(person, mentor);
    const reasons = ineligibilitiesOf(person, mentor, miles);
    if (reasons.length > 0) {
      ineligible.push({ candidate, reasons });
      continue;
    }
    const fits = fitsOf(person, mentor, miles);
    eligible.push({ mentor, miles, fits, tenths: scoreTenths(fits, usable) });
  }
  // Ties go to the profile id so the same waiting list always gives the same shortlist.
  eligible.sort(
    (a, b) => b.tenths - a.tenths || compareIds(a.mentor.candidate.profileId, b.mentor.candidate.profileId),
  );
  // Sentences only for the few shown: building them for thousands of mentors is wasted work.
  const entries = eligible
    .slice(0, Math.max(0, Math.floor(limit)))
    .map(({ mentor, miles, fits }) => scoreTraits(person, mentor, usable, miles, fits));
  return { entries, ineligible };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
