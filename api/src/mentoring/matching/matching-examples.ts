// Hand-made people for the matching engine's example tests: a person and a
// mentor who fit on every rule, so each test changes only what it is about.
// Test-only.
import type { MatchWeights } from "@kinship/db/schema";
import type { MentorCandidate, Seeker } from "./types";

// Bit (day * 3 + part): Monday = 0; morning, afternoon, evening.
export const slot = (day: number, part: number) => 1 << (day * 3 + part);
export const tuesdayAfternoon = slot(1, 1);
export const thursdayAfternoon = slot(3, 1);
export const fridayEvening = slot(4, 2);

// Manchester city centre, and Salford about 2 miles west.
export const manchester = { latitude: 53.4794, longitude: -2.2453 };
const salford = { latitude: 53.4875, longitude: -2.2901 };
// Bolton: about 8½ miles from Salford, where the example mentor lives.
export const bolton = { latitude: 53.578, longitude: -2.4299 };

export const onlySharedExperience: MatchWeights = {
  sharedExperience: 1,
  pathway: 0,
  needs: 0,
  distance: 0,
  availability: 0,
  caseload: 0,
};

export function examplePerson(changes: Partial<Seeker> = {}): Seeker {
  return {
    requestId: "request-1",
    personId: "person-1",
    needs: ["housing", "benefits"],
    genderPreference: "no_preference",
    languages: ["en"],
    sharedSubstances: ["alcohol"],
    sharedLifeExperiences: [],
    pathway: "twelve_step",
    meetingWays: ["in_person", "phone"],
    availability: tuesdayAfternoon | thursdayAfternoon,
    ...manchester,
    excludedPersonIds: new Set(),
    ...changes,
  };
}

export function exampleMentor(changes: Partial<MentorCandidate> = {}): MentorCandidate {
  return {
    profileId: "profile-1",
    personId: "mentor-1",
    gender: "woman",
    languages: ["en", "pl"],
    substances: ["alcohol", "cannabis"],
    pathways: ["twelve_step"],
    lifeExperiences: ["parenting"],
    strengths: ["housing", "benefits", "family"],
    meetingWays: ["in_person", "phone", "video"],
    availability: tuesdayAfternoon | thursdayAfternoon | fridayEvening,
    ...salford,
    travelMiles: 10,
    capacity: 3,
    caseload: 0,
    isTakingBreak: false,
    isVettingCurrent: true,
    ...changes,
  };
}
