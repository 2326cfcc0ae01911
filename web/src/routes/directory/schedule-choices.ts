// A stored schedule read back into the listing form's choices. The API writes
// RRULEs from those same choices; anything else (say, from an import) is
// flagged so the organiser chooses again rather than seeing the wrong days.
import { type Repeat, type Weekday, weekdayLabels } from "./vocabulary";

export interface ScheduleChoices {
  repeat: Repeat;
  weekdays: Weekday[];
  everyWeeks: number;
  weeksOfMonth: number[];
  endsOn: string;
  /** Stored as a rule this form cannot show (e.g. from an import): the organiser must choose again. */
  isUnrepresentable: boolean;
}

const weekdayCodes = Object.keys(weekdayLabels) as Weekday[];
const isWeekday = (code: string): code is Weekday => (weekdayCodes as string[]).includes(code);
const blankSchedule: ScheduleChoices = {
  repeat: "WEEKLY",
  weekdays: [],
  everyWeeks: 1,
  weeksOfMonth: [],
  endsOn: "",
  isUnrepresentable: false,
};

/** Reads the RRULEs the API writes (weekly with an interval, monthly by weekday, an end date). */
export function scheduleChoicesFrom(recurrence: string | null | undefined): ScheduleChoices {
  if (!recurrence) return { ...blankSchedule, repeat: recurrence === null ? "ONCE" : "WEEKLY" };
  const parts = new Map(recurrence.split(";").map((part) => part.split("=", 2) as [string, string]));
  const unrepresentable = { ...blankSchedule, isUnrepresentable: true };
  if ([...parts.keys()].some((key) => !["FREQ", "INTERVAL", "BYDAY", "UNTIL", "WKST"].includes(key))) {
    return unrepresentable;
  }
  const until = parts.get("UNTIL") ?? "";
  const endsOn = /^\d{8}/.test(until) ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : "";
  const days = (parts.get("BYDAY") ?? "").split(",").filter(Boolean);
  const frequency = parts.get("FREQ");
  if (frequency === "WEEKLY" && days.length > 0 && days.every(isWeekday)) {
    return { ...blankSchedule, weekdays: days, everyWeeks: Number(parts.get("INTERVAL") ?? 1) || 1, endsOn };
  }
  const monthly = days.map((day) => /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(day));
  const weekday = monthly[0]?.[2];
  if (
    frequency === "MONTHLY" &&
    !parts.has("INTERVAL") &&
    weekday &&
    isWeekday(weekday) &&
    monthly.every((match) => match?.[2] === weekday)
  ) {
    const weeksOfMonth = monthly.map((match) => Number(match?.[1]));
    return { ...blankSchedule, repeat: "MONTHLY_BY_WEEKDAY", weekdays: [weekday], weeksOfMonth, endsOn };
  }
  return unrepresentable;
}
