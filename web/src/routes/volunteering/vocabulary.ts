// Volunteering in the words the pages use: activities, statuses, and lengths of
// time as people say them ("2 hours 30 minutes").
import type { ResultOf } from "../../graphql/graphql";
import type { MyVolunteeringHoursQuery } from "../../graphql/volunteering";

type Entry = ResultOf<typeof MyVolunteeringHoursQuery>["myVolunteeringHours"]["entries"][number];
export type Activity = Entry["activity"];
export type HoursStatus = Entry["status"];

export const activityLabels: Record<Activity, string> = {
  CAFE_SHIFT: "Recovery café shift",
  LEADING_WALK: "Leading a walk",
  STEWARDING_EVENT: "Stewarding an event",
  TRAINING: "Training",
  ADMIN: "Office and admin help",
  MENTORING: "Peer mentoring",
  TRAVEL_PREPARATION: "Travel and preparation for mentoring",
  OTHER_ACTIVITY: "Something else",
};

export const activityChoices = Object.entries(activityLabels) as [Activity, string][];

export const statusLabels: Record<HoursStatus, string> = {
  PENDING: "Waiting to be checked",
  APPROVED: "Approved",
  DECLINED: "Not approved",
};

export { describeMinutes } from "../../lib/minutes-words";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
/** "2026-11" → "November 2026". */
export const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-15T12:00:00Z`));

/** The earliest date an entry may be for: 12 months before today (both YYYY-MM-DD). */
export function twelveMonthsBefore(today: string) {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year - 1, month - 1, day));
  // 29 February a year on is 1 March; the API counts back to 28 February, so stay within it.
  if (date.getUTCMonth() !== month - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
