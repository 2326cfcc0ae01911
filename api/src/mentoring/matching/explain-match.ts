// Why a mentor might suit a person, in sentences the person and a coordinator can
// both read. Only good news is said (a person is never told what a mentor lacks),
// strongest first, and each sentence names the profile field it gives away so the
// API can drop it when the mentor keeps that field private.
import {
  lifeExperiences,
  type MatchWeights,
  meetingWays,
  type ProfileField,
  substances,
  supportNeeds,
} from "@kinship/db/schema";
import { type Fits, factors, inPersonFit } from "./match-fits";
import {
  dayNames,
  lifeExperienceWords,
  listInWords,
  meetingWayWords,
  needWords,
  partOfDayNames,
  pathwayWords,
  substanceWords,
} from "./match-words";
import { type CandidateTraits, inPersonWay, membersOf, type SeekerTraits, sharedWaysToMeet } from "./traits";
import type { Factor, Reason } from "./types";

/** Below this a factor is not worth mentioning: "free at one of your eight times" is not a reason. */
const reasonableFit = 0.5;

export function explainMatch(
  seeker: SeekerTraits,
  candidate: CandidateTraits,
  miles: number | null,
  fits: Fits,
  weights: MatchWeights,
): Reason[] {
  const mentor = candidate.candidate;
  const spare = mentor.capacity - mentor.caseload;
  const ways = sharedWaysToMeet(seeker, candidate);
  const said: { reason: Reason; contribution: number }[] = [];
  const say = (factor: Factor, reveals: ProfileField | null, text: string) =>
    said.push({ reason: { factor, text, reveals }, contribution: weights[factor] * fits[factor] });

  // A factor the organisation gave no weight did not make this match, so it is not offered as why.
  const counts = (factor: Factor) => weights[factor] > 0;
  if (counts("sharedExperience")) {
    const drugs = membersOf(seeker.substances & candidate.substances, substances).map((s) => substanceWords[s]);
    if (drugs.length > 0) say("sharedExperience", "substances", `You both have experience of ${listInWords(drugs)}.`);
    const lives = membersOf(seeker.lifeExperiences & candidate.lifeExperiences, lifeExperiences);
    const lived = lives.map((experience) => lifeExperienceWords[experience]);
    if (lived.length > 0)
      say("sharedExperience", "lifeExperiences", `You both have experience of ${listInWords(lived)}.`);
  }
  const pathway = seeker.seeker.pathway;
  if (counts("pathway") && pathway && fits.pathway === 1) {
    say("pathway", "pathways", `Has been through ${pathwayWords[pathway]}, as you asked.`);
  }
  const helps = membersOf(seeker.needs & candidate.strengths, supportNeeds).map((need) => needWords[need]);
  if (counts("needs") && helps.length > 0) say("needs", "strengths", `Can help with ${listInWords(helps)}.`);
  if (counts("distance") && fits.distance >= reasonableFit) {
    const canMeetInPerson = (ways & inPersonWay) !== 0;
    if (canMeetInPerson && miles !== null && inPersonFit(miles, mentor.travelMiles) >= reasonableFit) {
      say("distance", "homeArea", distanceSentence(miles));
    }
    if ((ways & ~inPersonWay) !== 0 || (canMeetInPerson && miles === null)) {
      say("distance", "meetingWays", waysSentence(ways));
    }
  }
  const together = seeker.availability & candidate.availability;
  if (counts("availability") && together !== 0 && fits.availability >= reasonableFit) {
    say("availability", "availability", availabilitySentence(together, fits.availability));
  }
  if (counts("caseload") && spare > 0 && fits.caseload >= reasonableFit) say("caseload", null, roomSentence(spare));

  const order = (factor: Factor) => factors.indexOf(factor);
  said.sort((a, b) => b.contribution - a.contribution || order(a.reason.factor) - order(b.reason.factor));
  if (said.length > 0) return said.map(({ reason }) => reason);
  // Every shortlisted mentor has room (it is a hard constraint), so this is the usual last resort.
  if (spare > 0) return [{ factor: "caseload", text: roomSentence(spare), reveals: null }];
  if (ways !== 0) return [{ factor: "distance", text: waysSentence(ways), reveals: "meetingWays" }];
  return [{ factor: "caseload", text: "A coordinator will check whether this could work.", reveals: null }];
}

function distanceSentence(miles: number): string {
  if (miles < 1) return "Lives less than a mile away.";
  const rounded = Math.round(miles);
  return `Lives about ${rounded} ${rounded === 1 ? "mile" : "miles"} away.`;
}

function waysSentence(ways: number): string {
  const remote = membersOf(ways & ~inPersonWay, meetingWays).map((way) => meetingWayWords[way]);
  const options = [
    ...((ways & inPersonWay) !== 0 ? [meetingWayWords.in_person] : []),
    ...(remote.length > 0 ? [`by ${listInWords(remote, "or")}`] : []),
  ];
  return `Can meet ${options.join(", or ")}.`;
}

/** Names the times when they are few enough to read at a glance; otherwise says how many. */
function availabilitySentence(together: number, fit: number): string {
  const groups = partOfDayNames
    .map((part, partIndex) => ({
      part,
      days: dayNames.filter((_, day) => (together & (1 << (day * 3 + partIndex))) !== 0),
    }))
    .filter((group) => group.days.length > 0);
  const dayCount = groups.reduce((sum, group) => sum + group.days.length, 0);
  if (groups.length <= 2 && dayCount <= 4) {
    return `Free on ${groups.map(({ part, days }) => `${listInWords(days)} ${part}s`).join(", and on ")}, when you are.`;
  }
  return fit === 1 ? "Free at all the times you are." : "Free at many of the times you are.";
}

const roomSentence = (spare: number) =>
  spare === 1 ? "Has room for one more person right now." : "Has room for more people right now.";
