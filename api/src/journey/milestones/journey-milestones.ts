// Milestones of a recovery journey, worked out from what the person has done.
//
// The rule: milestones only ever count things done — steps ticked, goals
// achieved, check-ins completed, weeks since they started (their first check-in
// or goal), and supportive people and groups on their network map — each with
// the date it was reached. Nothing is ever subtracted. Lapses are not an input at
// all, so a lapse cannot change, hide or restart any milestone, and there is no
// "days clean" or streak counter anywhere. (Un-ticking a step ticked by mistake,
// or removing someone from the map, is the person correcting their own record.)
import { addDays } from "../../calendar-dates";

export const journeyMilestoneKinds = [
  "steps_done",
  "goals_achieved",
  "check_ins_completed",
  "weeks_building",
  "supportive_connections",
] as const;
export type JourneyMilestoneKind = (typeof journeyMilestoneKinds)[number];

export interface JourneyMilestone {
  kind: JourneyMilestoneKind;
  count: number;
  title: string;
  reachedOn: string;
}

/** Dates (YYYY-MM-DD) on which each thing happened; order does not matter. */
export interface JourneyFacts {
  stepsDoneOn: string[];
  goalsAchievedOn: string[];
  checkInsOn: string[];
  goalsSetOn: string[];
  supportiveConnectionsSince: string[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const counted: {
  kind: JourneyMilestoneKind;
  dates: (facts: JourneyFacts) => string[];
  at: number[];
  title: (n: number) => string;
}[] = [
  {
    kind: "steps_done",
    dates: (f) => f.stepsDoneOn,
    at: [1, 5, 10, 25, 50],
    title: (n) => (n === 1 ? "Your first step done" : `${n} steps done`),
  },
  {
    kind: "goals_achieved",
    dates: (f) => f.goalsAchievedOn,
    at: [1, 3, 5, 10, 25],
    title: (n) => (n === 1 ? "Your first goal achieved" : `${n} goals achieved`),
  },
  {
    kind: "check_ins_completed",
    dates: (f) => f.checkInsOn,
    at: [1, 3, 6, 12, 24],
    title: (n) => (n === 1 ? "Your first check-in" : `${n} check-ins completed`),
  },
  {
    kind: "supportive_connections",
    dates: (f) => f.supportiveConnectionsSince,
    at: [1, 3, 5, 10, 20],
    title: (n) => `${plural(n, "person or group", "people and groups")} on your side`,
  },
];

const weekMarks = [4, 12, 26, 52, 78, 104, 156, 208, 260];

/** The day they started building: their first check-in or goal, whichever came first. */
export function buildingSince(facts: JourneyFacts): string | null {
  return [...facts.checkInsOn, ...facts.goalsSetOn].sort()[0] ?? null;
}

export function weeksBuilding(since: string | null, today: string): number | null {
  if (since === null) return null;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.floor(days / 7));
}

/** "You've been building your recovery for 20 weeks", or null before they start. */
export function buildingSentence(weeks: number | null): string | null {
  if (weeks === null) return null;
  if (weeks === 0) return "You started building your recovery this week.";
  return `You've been building your recovery for ${plural(weeks, "week", "weeks")}.`;
}

/** Every milestone reached by `today`, oldest first. */
export function journeyMilestones(facts: JourneyFacts, today: string): JourneyMilestone[] {
  const reached: JourneyMilestone[] = [];
  for (const { kind, dates, at, title } of counted) {
    const sorted = dates(facts)
      .filter((date) => date <= today)
      .sort();
    for (const count of at) {
      const reachedOn = sorted[count - 1];
      if (reachedOn) reached.push({ kind, count, title: title(count), reachedOn });
    }
  }
  const since = buildingSince(facts);
  if (since) {
    for (const weeks of weekMarks) {
      const reachedOn = addDays(since, weeks * 7);
      if (reachedOn > today) break;
      const title =
        weeks % 52 === 0
          ? `${plural(weeks / 52, "year", "years")} of building your recovery`
          : `${weeks} weeks of building your recovery`;
      reached.push({ kind: "weeks_building", count: weeks, title, reachedOn });
    }
  }
  return reached.sort((a, b) => a.reachedOn.localeCompare(b.reachedOn));
}
