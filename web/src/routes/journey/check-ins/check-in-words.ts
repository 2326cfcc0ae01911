// How check-in numbers read on the page: whole percentages, change in plain
// words (never colour alone), and dates as people in the UK write them.
import type { ResultOf } from "../../../graphql/graphql";
import type { CheckInFields, CheckInHistoryQuery } from "../../../graphql/journey-check-ins";

export type CheckIn = ResultOf<typeof CheckInFields>;
export type History = ResultOf<typeof CheckInHistoryQuery>["recoveryCheckIns"];
export type DomainChange = History["changeSinceLast"][number];

const shortDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 Mar 2026": short enough for a chart's axis. */
export const shortDay = (on: string) => shortDate.format(new Date(`${on}T12:00:00Z`));
/** "3 March 2026". */
export const longDay = (on: string) => longDate.format(new Date(`${on}T12:00:00Z`));

export const percentText = (value: number) => `${Math.round(value)}%`;

/** "up 20 since last time", "down 5 since last time", "the same as last time". */
export function changeWords(change: number) {
  const points = Math.round(Math.abs(change));
  if (points === 0) return "the same as last time";
  return `${change > 0 ? "up" : "down"} ${points} since last time`;
}

/** When the next check-in is suggested, said to the person themself. */
export function nextCheckInWords(nextOn: string | null, today: string) {
  if (nextOn === null) return "Now is a good time for your first check-in.";
  if (nextOn <= today) return "It's a good time to check in again.";
  return `Your next check-in is suggested for ${longDay(nextOn)}.`;
}
