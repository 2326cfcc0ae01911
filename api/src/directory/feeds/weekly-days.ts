// Which days of the week a listing meets, when its rule is plain "every week"
// (or every day): the only kind of schedule the Meeting Guide spec can carry.
import { Temporal } from "temporal-polyfill";
import { intervalOf, listOf, ruleParts, weekdayCodes } from "../rrule-parts";
import type { Schedule } from "../schedule";

// Anything else (BYMONTH, BYSETPOS, BYHOUR…) narrows or shifts the weeks, which Meeting Guide cannot say.
const plainWeeklyParts = new Set(["FREQ", "INTERVAL", "BYDAY", "WKST", "UNTIL", "COUNT"]);

/** Days as Meeting Guide numbers them (0 = Sunday … 6 = Saturday), or null when not weekly. */
export function weeklyDays(schedule: Schedule): number[] | null {
  if (!schedule.recurrence) return null;
  const parts = ruleParts(schedule.recurrence);
  if ([...parts.keys()].some((name) => !plainWeeklyParts.has(name)) || intervalOf(parts) !== 1) return null;
  const freq = parts.get("FREQ");
  const byDay = listOf(parts, "BYDAY");
  if (freq === "DAILY" && byDay.length === 0) return [0, 1, 2, 3, 4, 5, 6];
  if (freq !== "WEEKLY" && freq !== "DAILY") return null;
  if (byDay.length === 0) return [Temporal.PlainDate.from(schedule.startsOn).dayOfWeek % 7];
  const days = byDay.map((code) => weekdayCodes.indexOf(code as (typeof weekdayCodes)[number]));
  // An ordinal such as 1MO has no meaning in a weekly rule; do not guess.
  if (days.some((day) => day < 0)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}
