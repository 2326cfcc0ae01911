// Date arithmetic for the demo story: every date counted back from the seed's `now`.
const dayMs = 86_400_000;

export const dateDaysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * dayMs).toISOString().slice(0, 10);
export const instantDaysAgo = (now: Date, days: number) => new Date(now.getTime() - days * dayMs);

/** A calendar date `months` after `isoDate` (the same day of the month, clamped by Date). */
export function addMonths(isoDate: string, months: number) {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
