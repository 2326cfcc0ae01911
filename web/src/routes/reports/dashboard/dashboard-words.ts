// The dashboard in the words its pages use: date presets, months, hidden numbers
// ("fewer than 5") and what someone who went quiet last did.
import type { ResultOf } from "../../../graphql/graphql";
import type { ServiceDashboardQuery } from "../../../graphql/reports-dashboard";

export type Dashboard = ResultOf<typeof ServiceDashboardQuery>["serviceDashboard"];
export type DashboardMonth = Dashboard["months"][number];
export type QuietPerson = Dashboard["goneQuiet"]["people"][number];
export interface DateRange {
  from: string;
  to: string;
}

/** Whole months up to today: the first of the month `months - 1` before this one, to today. */
export function lastMonths(today: string, months: number): DateRange {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - (months - 1), 1));
  return { from: first.toISOString().slice(0, 10), to: today };
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
const longMonthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
/** "2026-11" → "Nov 26", short enough for a chart's axis. */
export const shortMonth = (month: string) => monthFormat.format(new Date(`${month}-15T12:00:00Z`));
/** "2026-11" → "November 2026". */
export const longMonth = (month: string) => longMonthFormat.format(new Date(`${month}-15T12:00:00Z`));

/** Hours to one decimal place, as a chart or table shows them. */
export const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;

export const hiddenWords = "fewer than 5";
/** A journey figure, or why it is not shown. */
export const shownOrHidden = (value: number | null, format: (n: number) => string = String) =>
  value === null ? hiddenWords : format(value);

export const quietReasonWords: Record<QuietPerson["reason"], string> = {
  NO_RECENT_SESSION: "No support session for over 4 weeks",
  STOPPED_COMING: "Not seen for over 6 weeks",
};

export function lastActivityWords(person: QuietPerson) {
  switch (person.lastActivity) {
    case "SUPPORT_SESSION":
      return "Support session with their mentor";
    case "MENTORING_SESSION":
      return "Gave a support session as a mentor";
    case "ATTENDANCE":
      return person.lastActivityPlace ? `Came to ${person.lastActivityPlace}` : "Came to a gathering";
    case "MATCH_STARTED":
      return "Started with their mentor";
    case "MATCH_AGREED":
      return "Mentor agreed to support them";
  }
}

/** The top of a chart's scale: the largest value rounded up to 1, 2, 2.5 or 5 times a power of ten. */
export function roundedUp(largest: number) {
  if (largest <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((top) => top >= largest) ?? largest;
}
