// How goals are described in the pages: progress in words, the needs a goal is
// about, and dates as people write them.
import type { ResultOf } from "../../../graphql/graphql";
import type { GoalFields } from "../../../graphql/journey-goals";
import { formatLocalDate } from "../../directory/dates";
import { labelsOf, needLabels } from "../../mentoring/vocabulary";

export type Goal = ResultOf<typeof GoalFields>;

/** "2 of 5 steps done". */
export const progressOf = (goal: Goal) =>
  goal.steps.length === 1 ? `${goal.stepsDone} of 1 step done` : `${goal.stepsDone} of ${goal.steps.length} steps done`;

/** What the goal's meta line says: progress, who it was set with, the target date, the needs. */
export function goalMeta(goal: Goal) {
  return [
    progressOf(goal),
    goal.setWithName ? `set with ${goal.setWithName}` : null,
    goal.targetOn ? `aiming for ${formatLocalDate(goal.targetOn)}` : null,
    goal.needs.length ? `about ${labelsOf(goal.needs, needLabels).toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export const byStatus = (goals: Goal[], status: Goal["status"]) => goals.filter((goal) => goal.status === status);

/** "You've been building your recovery for 20 weeks", or "They've…" on someone else's journey. */
export function buildingWords(weeks: number, isOwn: boolean) {
  const who = isOwn ? "You" : "They";
  if (weeks === 0) return `${who} started building ${isOwn ? "your" : "their"} recovery this week.`;
  return `${who}'ve been building ${isOwn ? "your" : "their"} recovery for ${weeks === 1 ? "1 week" : `${weeks} weeks`}.`;
}
