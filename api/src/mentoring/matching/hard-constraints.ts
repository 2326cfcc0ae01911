// The rules no score can outweigh: a mentor who breaks any of them is never
// offered to the person, however well they would otherwise fit.
import {
  type CandidateTraits,
  candidateTraits,
  inPersonWay,
  milesApart,
  type SeekerTraits,
  seekerTraits,
  sharedWaysToMeet,
} from "./traits";
import type { Ineligibility, MentorCandidate, Seeker } from "./types";

/**
 * Places are the centre of a town or postcode district, not an address, so two
 * people a mile further apart than the mentor said they would travel may in truth
 * be within it. One mile of slack keeps them on the list; the score still prefers nearer.
 */
const travelAllowanceMiles = 1;

export const ineligibilityText: Record<Ineligibility, string> = {
  same_person: "This is the same person.",
  excluded: "They must not be matched: one of them has blocked the other, or they know each other.",
  vetting_not_current: "Their checks or training are not up to date.",
  taking_break: "They are taking a break from mentoring.",
  at_capacity: "They are already supporting as many people as they can.",
  gender_preference: "They are not the gender this person asked for.",
  no_shared_language: "They do not speak any of the languages this person asked for.",
  no_shared_way_to_meet: "They cannot meet in any of the ways this person can.",
  too_far_to_meet: "They live too far away to meet in person, and in person is the only way they could both meet.",
};

export function ineligibilities(seeker: Seeker, candidate: MentorCandidate): Ineligibility[] {
  const seekerSide = seekerTraits(seeker);
  const candidateSide = candidateTraits(candidate);
  return ineligibilitiesOf(seekerSide, candidateSide, milesApart(seekerSide, candidateSide));
}

/** The same rules over prepared traits, for callers that compare one side with many. */
export function ineligibilitiesOf(
  seeker: SeekerTraits,
  candidate: CandidateTraits,
  miles: number | null,
): Ineligibility[] {
  const mentor = candidate.candidate;
  const person = seeker.seeker;
  const found: Ineligibility[] = [];
  if (mentor.personId === person.personId) found.push("same_person");
  if (person.excludedPersonIds.has(mentor.personId)) found.push("excluded");
  if (!mentor.isVettingCurrent) found.push("vetting_not_current");
  if (mentor.isTakingBreak) found.push("taking_break");
  if (mentor.caseload >= mentor.capacity) found.push("at_capacity");
  if (person.genderPreference !== "no_preference" && mentor.gender !== person.genderPreference) {
    found.push("gender_preference");
  }
  if (seeker.languages.length > 0 && !seeker.languages.some((code) => candidate.languages.has(code))) {
    found.push("no_shared_language");
  }
  const ways = sharedWaysToMeet(seeker, candidate);
  if (ways === 0) found.push("no_shared_way_to_meet");
  else if (ways === inPersonWay && miles !== null && miles > mentor.travelMiles + travelAllowanceMiles) {
    found.push("too_far_to_meet");
  }
  return found;
}
