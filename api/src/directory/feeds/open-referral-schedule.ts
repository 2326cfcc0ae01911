// A listing's schedule as an Open Referral (HSDS 3.0 / UK profile) schedule:
// the RFC 5545 parts HSDS names (freq, interval, byday, bymonthday) where the
// rule fits them, and always the schedule in words.
import { Temporal } from "temporal-polyfill";
import { describeSchedule } from "../describe-schedule";
import type { GatheringRecord } from "../gathering-record";
import { intervalOf, listOf, ruleParts, weekdayCodes } from "../rrule-parts";
import { zonedAt } from "../schedule";
import { attendanceModeLabels } from "../vocabulary";
import { zoneWords } from "./feed-words";
import { seriesWindow } from "./series-window";
import { stableUuid } from "./stable-uuid";

export interface HsdsSchedule {
  id: string;
  service_id: string;
  valid_from: string;
  valid_to?: string;
  dtstart: string;
  freq?: "WEEKLY" | "MONTHLY";
  interval?: number;
  byday?: string;
  bymonthday?: string;
  description: string;
  opens_at: string;
  closes_at: string;
  schedule_link: string;
  attending_type: string;
}

// HSDS has no field for BYSETPOS, BYMONTH and the like; such rules are given in words only.
const expressibleParts = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST", "UNTIL", "COUNT"]);

export function hsdsSchedule(gathering: GatheringRecord, pageUrl: string): HsdsSchedule {
  const start = zonedAt(gathering.startsOn, gathering.startTime, gathering.timezone);
  const { endsAt } = seriesWindow(gathering);
  // The date of the last occurrence, in the listing's own zone.
  const lastOn = endsAt
    ? Temporal.Instant.fromEpochMilliseconds(endsAt.getTime())
        .toZonedDateTimeISO(gathering.timezone)
        .subtract({ minutes: gathering.durationMinutes })
        .toPlainDate()
        .toString()
    : undefined;
  return {
    id: stableUuid(gathering.id, "schedule"),
    service_id: gathering.id,
    valid_from: gathering.startsOn,
    ...(lastOn ? { valid_to: lastOn } : {}),
    dtstart: gathering.startsOn,
    ...(gathering.recurrence ? repeatOf(gathering.recurrence, start) : {}),
    // Wall-clock times, as the UK profile's examples give them: a fixed UTC
    // offset would be wrong for half the year (ADR 010).
    description: `${describeSchedule(gathering)} (${zoneWords(gathering.timezone)})`,
    opens_at: gathering.startTime,
    closes_at: start.add({ minutes: gathering.durationMinutes }).toPlainTime().toString().slice(0, 5),
    schedule_link: pageUrl,
    attending_type: attendanceModeLabels[gathering.attendanceMode],
  };
}

function repeatOf(recurrence: string, start: Temporal.ZonedDateTime): Partial<HsdsSchedule> {
  const parts = ruleParts(recurrence);
  if ([...parts.keys()].some((name) => !expressibleParts.has(name))) return {};
  const interval = intervalOf(parts);
  const byDay = listOf(parts, "BYDAY");
  const byMonthDay = listOf(parts, "BYMONTHDAY");
  switch (parts.get("FREQ")) {
    case "WEEKLY":
      // Say which day even when the rule leaves it to the first date.
      return {
        freq: "WEEKLY",
        interval,
        byday: (byDay.length ? byDay : [weekdayCodes[start.dayOfWeek % 7]]).join(","),
      };
    case "DAILY":
      // HSDS has no DAILY; every day of the week is the same schedule.
      if (interval !== 1 || byMonthDay.length) return {};
      return {
        freq: "WEEKLY",
        interval: 1,
        byday: (byDay.length ? byDay : ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]).join(","),
      };
    case "MONTHLY":
      // With neither BYDAY nor BYMONTHDAY, the rule repeats on the first date's day of the month.
      return {
        freq: "MONTHLY",
        interval,
        ...(byDay.length ? { byday: byDay.join(",") } : {}),
        ...(byMonthDay.length || !byDay.length
          ? { bymonthday: (byMonthDay.length ? byMonthDay : [start.day]).join(",") }
          : {}),
      };
    default:
      return {};
  }
}
