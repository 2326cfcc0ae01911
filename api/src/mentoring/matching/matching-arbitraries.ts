// Random waiting lists and mentor pools for the matching engine's property tests.
// Every field a hard constraint or a factor reads is drawn, with odds chosen so
// each constraint bites in some runs and most pairs still fit. Test-only.
import {
  genderPreferences,
  genders,
  lifeExperiences,
  type MatchWeights,
  meetingWays,
  recoveryPathways,
  substances,
  supportNeeds,
} from "@kinship/db/schema";
import fc from "fast-check";
import type { MentorCandidate, Seeker } from "./types";

/** Replay a failure with MATCHING_SEED=<seed>; the tests print the seed they used. */
export const propertySeed = Number(process.env.MATCHING_SEED ?? Date.now() % 2 ** 31);

export interface Pool {
  seekers: Seeker[];
  candidates: MentorCandidate[];
  weights: MatchWeights;
}

const mostly = (value: boolean, odds = 6) =>
  fc.oneof({ weight: odds, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });
const someOf = <T>(values: readonly T[], maxLength: number) => fc.subarray([...values], { maxLength });
const languages = someOf(["en", "pl", "ur", "cy"], 2);
const weekSlots = someOf(
  Array.from({ length: 21 }, (_, slot) => slot),
  8,
).map((slots) => slots.reduce((mask, slot) => mask | (1 << slot), 0));
// Greater Manchester: up to about 20 miles apart, so travel limits bite; sometimes no place given.
const place = fc.option(
  fc.record({
    latitude: fc.double({ min: 53.35, max: 53.6, noNaN: true }),
    longitude: fc.double({ min: -2.45, max: -2.05, noNaN: true }),
  }),
  { freq: 5 },
);

const weights: fc.Arbitrary<MatchWeights> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constant({ sharedExperience: 0, pathway: 0, needs: 0, distance: 0, availability: 0, caseload: 0 }),
  },
  {
    weight: 9,
    arbitrary: fc.record({
      sharedExperience: fc.integer({ min: 0, max: 5 }),
      pathway: fc.integer({ min: 0, max: 5 }),
      needs: fc.integer({ min: 0, max: 5 }),
      distance: fc.integer({ min: 0, max: 5 }),
      availability: fc.integer({ min: 0, max: 5 }),
      caseload: fc.integer({ min: 0, max: 5 }),
    }),
  },
);

function mentor(maxCapacity: number) {
  return fc.record({
    gender: fc.constantFrom(null, ...genders),
    languages,
    substances: someOf(substances, 3),
    pathways: someOf(recoveryPathways, 2),
    lifeExperiences: someOf(lifeExperiences, 3),
    strengths: someOf(supportNeeds, 5),
    meetingWays: someOf(meetingWays, 4),
    availability: weekSlots,
    place,
    travelMiles: fc.integer({ min: 0, max: 15 }),
    capacity: fc.integer({ min: 0, max: maxCapacity }),
    caseload: fc.integer({ min: 0, max: maxCapacity }),
    isTakingBreak: mostly(false),
    isVettingCurrent: mostly(true),
  });
}

function seeker(maxMentors: number) {
  return fc.record({
    needs: someOf(supportNeeds, 4),
    genderPreference: fc.oneof(
      { weight: 3, arbitrary: fc.constant("no_preference" as const) },
      { weight: 1, arbitrary: fc.constantFrom(...genderPreferences) },
    ),
    languages: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: languages }),
    sharedSubstances: someOf(substances, 3),
    sharedLifeExperiences: someOf(lifeExperiences, 2),
    pathway: fc.option(fc.constantFrom(...recoveryPathways)),
    meetingWays: someOf(meetingWays, 3),
    availability: weekSlots,
    place,
    // Exclusions and "same person" point at mentors' person ids, so they really exclude someone.
    excluded: someOf(
      Array.from({ length: maxMentors }, (_, index) => `mentor-${index}`),
      2,
    ),
    isAlsoMentor0: mostly(false, 12),
  });
}

export function poolArbitrary(options: {
  maxSeekers: number;
  maxMentors: number;
  maxCapacity?: number;
  minSeekers?: number;
  minMentors?: number;
}): fc.Arbitrary<Pool> {
  const { maxSeekers, maxMentors, maxCapacity = 3, minSeekers = 0, minMentors = 0 } = options;
  return fc
    .record({
      seekers: fc.array(seeker(maxMentors), { minLength: minSeekers, maxLength: maxSeekers }),
      mentors: fc.array(mentor(maxCapacity), { minLength: minMentors, maxLength: maxMentors }),
      weights,
    })
    .map(({ seekers, mentors, weights }) => ({
      weights,
      candidates: mentors.map(({ place, ...rest }, index) => ({
        ...rest,
        profileId: `profile-${String(index).padStart(3, "0")}`,
        personId: `mentor-${index}`,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
      })),
      seekers: seekers.map(({ place, excluded, isAlsoMentor0, ...rest }, index) => ({
        ...rest,
        requestId: `request-${index}`,
        personId: isAlsoMentor0 ? "mentor-0" : `seeker-${index}`,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        excludedPersonIds: new Set(excluded),
      })),
    }));
}

/**
 * A waiting list with many more people than room: everyone vetted, free and
 * reachable by phone, so nearly every pair is allowed and people compete for the
 * same few mentors, which is where taking the best pair first goes wrong.
 */
export function contendedPoolArbitrary(
  sizes: Parameters<typeof poolArbitrary>[0] = {
    minSeekers: 6,
    maxSeekers: 10,
    minMentors: 3,
    maxMentors: 4,
    maxCapacity: 2,
  },
): fc.Arbitrary<Pool> {
  return poolArbitrary(sizes).map((pool) => ({
    weights: pool.weights,
    candidates: pool.candidates.map((candidate) => ({
      ...candidate,
      isVettingCurrent: true,
      isTakingBreak: false,
      caseload: 0,
      capacity: Math.max(1, candidate.capacity),
      meetingWays: [...new Set([...candidate.meetingWays, "phone" as const])],
    })),
    seekers: pool.seekers.map((seeker) => ({
      ...seeker,
      genderPreference: "no_preference" as const,
      languages: [],
      meetingWays: ["phone" as const],
      excludedPersonIds: new Set<string>(),
    })),
  }));
}
