// Each person's lists turned into bit masks once, so comparing one seeker with
// thousands of mentors is a few ANDs and bit counts rather than array searches.
import { lifeExperiences, meetingWays, recoveryPathways, substances, supportNeeds } from "@kinship/db/schema";
import { milesBetween, type Point } from "../../directory/distance";
import type { MentorCandidate, Seeker } from "./types";

/** Every slot of the week: 7 days × morning, afternoon, evening. */
const wholeWeek = (1 << 21) - 1;
export const inPersonWay = 1 << meetingWays.indexOf("in_person");
const everyWay = (1 << meetingWays.length) - 1;

function maskOf<T extends string>(values: readonly T[], vocabulary: readonly T[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = vocabulary.indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** Members of a mask, in the vocabulary's order (which is also the order we name them in). */
export function membersOf<T>(mask: number, vocabulary: readonly T[]): T[] {
  return vocabulary.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Language codes are typed by people ("EN", " pl"); compare them the way a person would.
const languageCodes = (languages: readonly string[]) =>
  languages.map((code) => code.trim().toLowerCase()).filter((code) => code !== "");

const pointOf = (latitude: number | null, longitude: number | null): Point | null =>
  latitude === null || longitude === null ? null : { latitude, longitude };

export interface SeekerTraits {
  seeker: Seeker;
  substances: number;
  lifeExperiences: number;
  needs: number;
  /** One bit, or 0 when they did not ask for a pathway. */
  pathway: number;
  /** Every way when they gave none: an empty list means "any way suits me". */
  meetingWays: number;
  availability: number;
  languages: string[];
  point: Point | null;
}

export interface CandidateTraits {
  candidate: MentorCandidate;
  substances: number;
  lifeExperiences: number;
  strengths: number;
  pathways: number;
  meetingWays: number;
  availability: number;
  languages: Set<string>;
  point: Point | null;
}

export function seekerTraits(seeker: Seeker): SeekerTraits {
  const ways = maskOf(seeker.meetingWays, meetingWays);
  return {
    seeker,
    substances: maskOf(seeker.sharedSubstances, substances),
    lifeExperiences: maskOf(seeker.sharedLifeExperiences, lifeExperiences),
    needs: maskOf(seeker.needs, supportNeeds),
    pathway: seeker.pathway ? maskOf([seeker.pathway], recoveryPathways) : 0,
    meetingWays: ways === 0 ? everyWay : ways,
    availability: seeker.availability & wholeWeek,
    languages: languageCodes(seeker.languages),
    point: pointOf(seeker.latitude, seeker.longitude),
  };
}

export function candidateTraits(candidate: MentorCandidate): CandidateTraits {
  return {
    candidate,
    substances: maskOf(candidate.substances, substances),
    lifeExperiences: maskOf(candidate.lifeExperiences, lifeExperiences),
    strengths: maskOf(candidate.strengths, supportNeeds),
    pathways: maskOf(candidate.pathways, recoveryPathways),
    meetingWays: maskOf(candidate.meetingWays, meetingWays),
    availability: candidate.availability & wholeWeek,
    languages: new Set(languageCodes(candidate.languages)),
    point: pointOf(candidate.latitude, candidate.longitude),
  };
}

export const sharedWaysToMeet = (seeker: SeekerTraits, candidate: CandidateTraits) =>
  seeker.meetingWays & candidate.meetingWays;

/**
 * Miles between the two, only when it matters (they could meet in person) and is
 * known (both gave a place); null otherwise. Worked out once per pair because the
 * hard constraints, the score and the reasons all use it.
 */
export function milesApart(seeker: SeekerTraits, candidate: CandidateTraits): number | null {
  if ((sharedWaysToMeet(seeker, candidate) & inPersonWay) === 0) return null;
  if (!seeker.point || !candidate.point) return null;
  return milesBetween(seeker.point, candidate.point);
}
