// Calendar dates as ISO strings (2026-03-03): vetting, supervision and matches
// deal in days, not instants, and "today" is the day in the UK.
import { z } from "zod";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string) {
  const match = isoDate.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const toIso = (utc: Date) => utc.toISOString().slice(0, 10);

export const isCalendarDate = (value: string) => {
  if (!isoDate.test(value)) return false;
  const { year, month, day } = parts(value);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
};

export const ZCalendarDate = z.string().max(10).refine(isCalendarDate, "Use a real date like 2026-12-31.");

/** The date in the UK at `now`: a mentor's day ends at midnight in London, not in UTC. */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parts(date);
  return toIso(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Whole months later; a day past the end of the month becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

const longFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 March 2026", as people write dates in the UK. */
export function longDate(date: string): string {
  const { year, month, day } = parts(date);
  return longFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

export const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;
