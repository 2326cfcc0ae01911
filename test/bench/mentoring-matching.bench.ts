// Cost of the matching engine at the size of a large organisation: one person's
// shortlist over 5,000 mentors, and a whole waiting list of 500 people over
// 1,000 mentors, matched the optimal way (min-cost flow) and, as the baseline in
// the same run, the greedy way. Prints the ratio and both total scores, so a
// change that makes batch matching slower or no better than greedy shows up.
import { type AssignmentResult, assignBatch } from "@kinship/api/mentoring/matching/batch-assignment";
import { eligiblePairs } from "@kinship/api/mentoring/matching/eligible-pairs";
import { assignGreedily } from "@kinship/api/mentoring/matching/greedy-assignment";
import { shortlist } from "@kinship/api/mentoring/matching/shortlist";
import type { MentorCandidate, Seeker } from "@kinship/api/mentoring/matching/types";
import { defaultWeights } from "@kinship/api/mentoring/settings";
import { lifeExperiences, type MeetingWay, recoveryPathways, substances, supportNeeds } from "@kinship/db/schema";
import { bench, describe } from "vitest";
import { seededRandom } from "../support/directory-load";

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const some = <T>(random: Random, items: readonly T[], odds: number) => items.filter(() => random() < odds);
const chance = (random: Random, odds: number) => random() < odds;
// Greater Manchester and around: about 25 miles across, so travel limits matter.
const place = (random: Random) => ({ latitude: 53.33 + random() * 0.34, longitude: -2.6 + random() * 0.6 });
// A few regular times a week, as people actually give them.
function weekSlots(random: Random, count: number) {
  let mask = 0;
  for (let index = 0; index < count; index++) mask |= 1 << Math.floor(random() * 21);
  return mask;
}

function mentors(count: number, seed: number): MentorCandidate[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const capacity = 1 + Math.floor(random() * 4);
    const ways: MeetingWay[] = ["in_person", ...some(random, ["phone", "video", "text"] as const, 0.5)];
    return {
      profileId: `profile-${String(index).padStart(5, "0")}`,
      personId: `mentor-${index}`,
      gender: pick(random, ["woman", "man", "woman", "man", "non_binary"] as const),
      languages: chance(random, 0.15) ? ["en", pick(random, ["pl", "ur", "pa", "ro"])] : ["en"],
      substances: some(random, substances, 0.2),
      pathways: some(random, recoveryPathways, 0.3),
      lifeExperiences: some(random, lifeExperiences, 0.2),
      strengths: some(random, supportNeeds, 0.35),
      meetingWays: chance(random, 0.1) ? ways.slice(1) : ways,
      availability: weekSlots(random, 3 + Math.floor(random() * 6)),
      ...place(random),
      travelMiles: 3 + Math.floor(random() * 12),
      capacity,
      caseload: Math.floor(random() * (capacity + 1)),
      isTakingBreak: chance(random, 0.05),
      isVettingCurrent: chance(random, 0.9),
    };
  });
}

function waitingList(count: number, mentorCount: number, seed: number): Seeker[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    requestId: `request-${index}`,
    personId: `seeker-${index}`,
    needs: some(random, supportNeeds, 0.25),
    genderPreference: chance(random, 0.7) ? "no_preference" : pick(random, ["woman", "man"] as const),
    languages: chance(random, 0.1) ? [pick(random, ["pl", "ur", "pa", "ro"])] : [],
    sharedSubstances: some(random, substances, 0.15),
    sharedLifeExperiences: some(random, lifeExperiences, 0.1),
    pathway: chance(random, 0.5) ? pick(random, recoveryPathways) : null,
    meetingWays: chance(random, 0.4) ? ["in_person"] : some(random, ["in_person", "phone", "video"] as const, 0.6),
    availability: weekSlots(random, 2 + Math.floor(random() * 5)),
    ...place(random),
    excludedPersonIds: new Set(chance(random, 0.1) ? [`mentor-${Math.floor(random() * mentorCount)}`] : []),
  }));
}

// Fixed seeds: every run matches the same people, so the totals are comparable between runs.
const shortlistPool = mentors(5_000, 12);
const [onePerson] = waitingList(1, 5_000, 34);
const batchMentors = mentors(1_000, 56);
const batchWaiting = waitingList(500, 1_000, 78);
const batch = assignBatch(batchWaiting, batchMentors, defaultWeights);
const greedy = assignGreedily(batchWaiting, batchMentors, defaultWeights);
const allowedPairs = eligiblePairs(batchWaiting, batchMentors, defaultWeights).count;
// The largest graph at this size: everyone free, with room and reachable by phone, so
// nearly all 500,000 pairs are allowed and every path search has half a million arcs to hand.
const openMentors = batchMentors.map((mentor) => ({
  ...mentor,
  meetingWays: [...new Set<MeetingWay>([...mentor.meetingWays, "phone"])],
  caseload: Math.min(mentor.caseload, mentor.capacity - 1),
  isTakingBreak: false,
  isVettingCurrent: true,
}));
const openWaiting = batchWaiting.map((seeker) => ({
  ...seeker,
  genderPreference: "no_preference" as const,
  languages: [],
  meetingWays: ["in_person", "phone"] satisfies MeetingWay[],
}));
const openBatch = assignBatch(openWaiting, openMentors, defaultWeights);
const openGreedy = assignGreedily(openWaiting, openMentors, defaultWeights);
const openPairs = eligiblePairs(openWaiting, openMentors, defaultWeights).count;
for (const [optimal, baseline] of [
  [batch, greedy],
  [openBatch, openGreedy],
] as const) {
  if (optimal.totalScore < baseline.totalScore)
    throw new Error(`Batch ${optimal.totalScore} < greedy ${baseline.totalScore}`);
}

const samples = new Map<string, number[]>();
const finished = new Set<string>();
// A batch run takes a few hundred milliseconds on 2 shared cores: at least 10 timed runs each.
const benchOptions = { time: 2_000, iterations: 10, warmupTime: 300, warmupIterations: 2, throws: true };
function measured(name: string, fn: () => unknown) {
  const durations: number[] = [];
  samples.set(name, durations);
  let isRecording = false;
  bench(
    name,
    () => {
      const started = performance.now();
      fn();
      if (isRecording) durations.push(performance.now() - started);
    },
    {
      ...benchOptions,
      setup: (_task, mode) => {
        isRecording = mode === "run";
      },
      teardown: (_task, mode) => {
        if (mode !== "run") return;
        finished.add(name);
        if (finished.size === samples.size) printSummary();
      },
    },
  );
}

const shortlistName = "shortlist: one person over 5,000 mentors";
const batchName = "assignBatch (min-cost flow): 500 waiting over 1,000 mentors";
const greedyName = "baseline: assignGreedily, same 500 over 1,000";
const openBatchName = "assignBatch: 500 over 1,000, nearly every pair allowed";
const openGreedyName = "baseline: assignGreedily, nearly every pair allowed";
describe("mentor matching", () => {
  measured(shortlistName, () => shortlist(onePerson!, shortlistPool, defaultWeights));
  measured(batchName, () => assignBatch(batchWaiting, batchMentors, defaultWeights));
  measured(greedyName, () => assignGreedily(batchWaiting, batchMentors, defaultWeights));
  measured(openBatchName, () => assignBatch(openWaiting, openMentors, defaultWeights));
  measured(openGreedyName, () => assignGreedily(openWaiting, openMentors, defaultWeights));
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function printSummary() {
  const stats = new Map(
    [...samples].map(([name, durations]) => {
      const sorted = [...durations].sort((a, b) => a - b);
      const mean = sorted.reduce((sum, d) => sum + d, 0) / sorted.length;
      return [name, { mean, p95: percentile(sorted, 0.95), count: sorted.length }] as const;
    }),
  );
  const line = (name: string) => {
    const s = stats.get(name)!;
    return `${name.padEnd(62)} mean ${s.mean.toFixed(1).padStart(7)} ms  p95 ${s.p95.toFixed(1).padStart(7)} ms  n=${s.count}`;
  };
  const compared = (
    label: string,
    pairs: number,
    names: [string, string],
    results: [AssignmentResult, AssignmentResult],
  ) => {
    const [optimal, baseline] = results;
    const gain = optimal.totalScore - baseline.totalScore;
    return [
      `${label}, ${pairs.toLocaleString("en-GB")} allowed pairs:`,
      line(names[0]),
      line(names[1]),
      `  batch takes ×${(stats.get(names[0])!.mean / stats.get(names[1])!.mean).toFixed(2)} the greedy baseline's time;` +
        ` total score batch ${optimal.totalScore.toFixed(1)} (${optimal.assignments.length} matched),` +
        ` greedy ${baseline.totalScore.toFixed(1)} (${baseline.assignments.length} matched):` +
        ` +${gain.toFixed(1)} (+${((100 * gain) / baseline.totalScore).toFixed(2)}%)`,
    ];
  };
  console.log(
    [
      "",
      "Mentor matching (pure functions, one call at a time):",
      line(shortlistName),
      ...compared("Realistic waiting list", allowedPairs, [batchName, greedyName], [batch, greedy]),
      ...compared("Nearly every pair allowed", openPairs, [openBatchName, openGreedyName], [openBatch, openGreedy]),
    ].join("\n"),
  );
}
