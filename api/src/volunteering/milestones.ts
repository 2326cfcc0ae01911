// Milestones of verified (approved) hours, counted across every organisation a
// person volunteers for. Each is celebrated once: volunteering_milestones holds
// one row per person and milestone, and its notification has a dedupe key.
export const milestoneHours = [10, 50, 100, 250, 500, 1000] as const;

/** Milestones that `approvedMinutes` has reached and that are not yet recorded. */
export function milestonesToCelebrate(approvedMinutes: number, alreadyReached: ReadonlySet<number>) {
  return milestoneHours.filter((hours) => hours * 60 <= approvedMinutes && !alreadyReached.has(hours));
}

/** The next milestone ahead, and the minutes still to go; null once every one is reached. */
export function nextMilestone(approvedMinutes: number) {
  const hours = milestoneHours.find((candidate) => candidate * 60 > approvedMinutes);
  return hours === undefined ? null : { hours, minutesToGo: hours * 60 - approvedMinutes };
}

export const milestoneMessage = (hours: number) =>
  `You've reached ${hours} verified volunteering hours. Thank you for everything you give.`;
