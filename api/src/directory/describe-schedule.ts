// A schedule in the plain words a listing shows: "Every Monday, 7pm to 8:30pm".
// Written here rather than taken from the recurrence library's text output,
// which speaks American English and names GMT even in summer.
import { Temporal } from "temporal-polyfill";
import { intervalOf, listOf, ruleParts } from "./rrule-parts";
import type { Occurrence, Schedule } from "./schedule";
import { zonedAt } from "./schedule";

/** RFC 5545 weekday codes in words. */
export const weekdayNames: Record<string, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const ordinals: Record<string, string> = { "1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last" };

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** 19:00 → "7pm", 18:30 → "6:30pm", 12:00 → "midday". */
export function clockTime(time: Temporal.PlainTime | string): string {
  const t = typeof time === "string" ? Temporal.PlainTime.from(time) : time;
  if (t.hour === 12 && t.minute === 0) return "midday";
  if (t.hour === 0 && t.minute === 0) return "midnight";
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const minutes = t.minute === 0 ? "" : `:${String(t.minute).padStart(2, "0")}`;
  return `${hour}${minutes}${t.hour < 12 ? "am" : "pm"}`;
}

export function timeRange(schedule: Schedule): string {
  const start = Temporal.PlainTime.from(schedule.startTime);
  return `${clockTime(start)} to ${clockTime(start.add({ minutes: schedule.durationMinutes }))}`;
}

/** "Wednesday 3 December 2026" */
export function longDate(date: Temporal.PlainDate | Temporal.ZonedDateTime): string {
  const weekday = date.toLocaleString("en-GB", { weekday: "long" });
  return `${weekday} ${date.toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`;
}

function repeatInWords(recurrence: string): string | null {
  const parts = ruleParts(recurrence);
  const freq = parts.get("FREQ");
  const interval = intervalOf(parts);
  const byDay = listOf(parts, "BYDAY");
  if (freq === "WEEKLY" && byDay.every((d) => d in weekdayNames)) {
    const days = listInWords(byDay.map((d) => weekdayNames[d] as string));
    if (interval === 1) return `Every ${days || "week"}`;
    if (interval === 2) return `Every other ${days || "week"}`;
    return `Every ${interval} weeks${days ? ` on ${days}` : ""}`;
  }
  if (freq === "MONTHLY" && byDay.length > 0) {
    const matches = byDay.map((d) => /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(d));
    if (matches.every((m) => m && ordinals[m[1]?.replace("+", "") ?? ""])) {
      const day = weekdayNames[matches[0]?.[2] ?? ""];
      const sameDay = matches.every((m) => m?.[2] === matches[0]?.[2]);
      if (sameDay) {
        const which = listInWords(matches.map((m) => ordinals[m?.[1]?.replace("+", "") ?? ""] as string));
        const every = interval === 1 ? "every month" : `every ${interval} months`;
        return `${which[0]?.toUpperCase()}${which.slice(1)} ${day} of ${every}`;
      }
    }
  }
  if (freq === "DAILY" && interval === 1) return "Every day";
  return null;
}

/** The whole schedule in words, e.g. "Last Friday of every month, 7pm to 9pm". */
export function describeSchedule(schedule: Schedule): string {
  if (!schedule.recurrence) {
    const start = zonedAt(schedule.startsOn, schedule.startTime, schedule.timezone);
    return `${longDate(start)}, ${timeRange(schedule)}`;
  }
  return `${repeatInWords(schedule.recurrence) ?? "Repeats (see dates below)"}, ${timeRange(schedule)}`;
}

/** An occurrence as a person reads it: "Monday 1 December 2026, 7pm (GMT)". */
export function describeOccurrence(occurrence: Occurrence): string {
  const zoneName = occurrence.start.toLocaleString("en-GB", { timeZoneName: "short" }).split(" ").at(-1);
  return `${longDate(occurrence.start)}, ${clockTime(occurrence.start.toPlainTime())} (${zoneName})`;
}
