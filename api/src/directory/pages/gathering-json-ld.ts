// A gathering as a schema.org Event in JSON-LD, for search engines and other
// directories: its next date, how to attend, whether it is on, who runs it.
import { weekdayNames } from "../describe-schedule";
import type { GatheringRecord } from "../gathering-record";
import { intervalOf, listOf, ruleParts } from "../rrule-parts";
import { type Occurrence, zonedAt } from "../schedule";
import { isoWithOffset } from "./page-words";

const schema = (name: string) => `https://schema.org/${name}`;
const attendanceModes = {
  in_person: schema("OfflineEventAttendanceMode"),
  online: schema("OnlineEventAttendanceMode"),
  hybrid: schema("MixedEventAttendanceMode"),
} as const;

/** The series as a schema.org Schedule, for the simple weekly and daily rules; null otherwise. */
function eventSchedule(gathering: GatheringRecord) {
  if (!gathering.recurrence) return null;
  const rule = ruleParts(gathering.recurrence);
  const interval = intervalOf(rule);
  const days = listOf(rule, "BYDAY");
  const unit = rule.get("FREQ") === "WEEKLY" ? "W" : rule.get("FREQ") === "DAILY" ? "D" : null;
  if (!unit || !Number.isInteger(interval) || days.some((day) => !weekdayNames[day])) return null;
  const start = zonedAt(gathering.startsOn, gathering.startTime, gathering.timezone);
  return {
    "@type": "Schedule",
    repeatFrequency: `P${interval}${unit}`,
    ...(days.length ? { byDay: days.map((day) => schema(weekdayNames[day] as string)) } : {}),
    startDate: gathering.startsOn,
    startTime: start.toPlainTime().toString(),
    endTime: start.add({ minutes: gathering.durationMinutes }).toPlainTime().toString(),
    scheduleTimezone: gathering.timezone,
  };
}

function location(gathering: GatheringRecord, pageUrl: string) {
  const place =
    gathering.attendanceMode === "online"
      ? null
      : {
          "@type": "Place",
          name: gathering.venueName ?? gathering.address ?? gathering.town ?? gathering.name,
          address: {
            "@type": "PostalAddress",
            streetAddress: gathering.address ?? undefined,
            addressLocality: gathering.town ?? undefined,
            postalCode: gathering.postcode ?? undefined,
            addressCountry: gathering.postcode ? "GB" : undefined,
          },
          geo:
            gathering.latitude != null && gathering.longitude != null
              ? { "@type": "GeoCoordinates", latitude: gathering.latitude, longitude: gathering.longitude }
              : undefined,
        };
  // Without a joining link, the page (which says how to join) stands in for it.
  const virtual =
    gathering.attendanceMode === "in_person"
      ? null
      : { "@type": "VirtualLocation", url: gathering.onlineUrl ?? pageUrl };
  const both = [place, virtual].filter((item) => item !== null);
  return both.length === 1 ? both[0] : both;
}

export function gatheringEvent(options: {
  gathering: GatheringRecord;
  /** The next date, or the last known one for a series that has ended. */
  occurrence: Occurrence;
  pageUrl: string;
  fallbackDescription: string;
}) {
  const { gathering, occurrence, pageUrl } = options;
  const status = gathering.cancelledAt
    ? "EventCancelled"
    : occurrence.status === "moved"
      ? "EventRescheduled"
      : "EventScheduled";
  const schedule = eventSchedule(gathering);
  const previousStart =
    occurrence.status === "moved" ? zonedAt(occurrence.originalOn, gathering.startTime, gathering.timezone) : null;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: gathering.name,
    description: gathering.description.trim() || options.fallbackDescription,
    url: pageUrl,
    startDate: isoWithOffset(occurrence.start),
    endDate: isoWithOffset(occurrence.end),
    ...(previousStart ? { previousStartDate: isoWithOffset(previousStart) } : {}),
    eventAttendanceMode: attendanceModes[gathering.attendanceMode],
    eventStatus: schema(status),
    location: location(gathering, pageUrl),
    organizer: { "@type": "Organization", name: gathering.organisation.name, url: gathering.website ?? undefined },
    isAccessibleForFree: true,
    ...(schedule ? { eventSchedule: schedule } : {}),
  };
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` become \u escapes, so a
 * description holding "</script>" stays inside the data block. JSON parsers
 * read the escapes back as the same characters.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
