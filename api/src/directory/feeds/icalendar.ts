// iCalendar (RFC 5545) for calendar apps: one VEVENT per listing with its
// RRULE, an EXDATE for each cancelled date, a RECURRENCE-ID override for each
// moved one, and a VTIMEZONE for every zone used, so 7pm stays 7pm all year.
import ical, { type ICalCalendar, type ICalEventData, ICalEventStatus, type ICalLocation } from "ical-generator";
import type { Temporal } from "temporal-polyfill";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { describeSchedule } from "../describe-schedule";
import type { GatheringRecord } from "../gathering-record";
import { zonedAt } from "../schedule";
import { accessibilityLabels } from "../vocabulary";
import { joiningLines, placeLine, zoneWords } from "./feed-words";

export interface CalendarOptions {
  name: string;
  description?: string;
  gatherings: readonly GatheringRecord[];
  origin: string;
}

export function icalendarFor({ name, description, gatherings, origin }: CalendarOptions): string {
  const calendar = ical({
    name,
    description: description ?? null,
    prodId: "//Kinship//Directory//EN",
    // No REFRESH-INTERVAL: the library writes it after the VTIMEZONEs, where
    // RFC 5545's grammar allows no calendar property. Apps poll on their own terms.
    // No calendar-wide zone (DTSTAMP must stay UTC); the generator adds a VTIMEZONE per zone used.
    timezone: { name: null, generator: vtimezone },
  });
  for (const gathering of gatherings) addGathering(calendar, gathering, origin);
  const text = calendar.toString();
  // RFC 5545 ends every content line, the last included, with CRLF.
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0]?.startsWith("BEGIN:VTIMEZONE") ? block[0] : null;
}

function addGathering(calendar: ICalCalendar, gathering: GatheringRecord, origin: string) {
  const url = `${origin}/gatherings/${gathering.id}`;
  // A zone the library cannot describe is written in UTC instead: never a TZID without its VTIMEZONE.
  const timezone = vtimezone(gathering.timezone) ? gathering.timezone : null;
  const at = (date: string, time: string) => zonedAt(date, time, gathering.timezone);
  const timing = (start: Temporal.ZonedDateTime) => ({
    start,
    end: start.add({ minutes: gathering.durationMinutes }),
    timezone,
  });
  const common: Omit<ICalEventData, "start"> = {
    id: `${gathering.id}@kinship`,
    // Without METHOD, DTSTAMP is when the listing was last revised (RFC 5545 §3.8.7.2).
    stamp: gathering.updatedAt,
    lastModified: gathering.updatedAt,
    created: gathering.createdAt,
    summary: gathering.name,
    location: locationOf(gathering),
    url,
    description: descriptionOf(gathering, url),
    status: gathering.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
  const start = at(gathering.startsOn, gathering.startTime);

  if (!gathering.recurrence) {
    // A one-off has no instances to override: its move or cancellation changes the event itself.
    const change = gathering.exceptions.find((exception) => exception.occurrenceOn === gathering.startsOn);
    const moved = change?.change === "moved" && change.movedToOn ? change : null;
    calendar.createEvent({
      ...common,
      ...timing(moved ? at(moved.movedToOn as string, moved.movedToTime ?? gathering.startTime) : start),
      ...(change?.change === "cancelled" ? { status: ICalEventStatus.CANCELLED } : {}),
    });
    return;
  }

  const cancelled = gathering.exceptions.filter((exception) => exception.change === "cancelled");
  const exdate = cancelled.length
    ? [
        `EXDATE${timezone ? `;TZID=${timezone}:` : ":"}${cancelled
          .map((exception) => icalDateTime(at(exception.occurrenceOn, gathering.startTime), timezone))
          .join(",")}`,
      ]
    : [];
  // Rules come from our own builder or a validated import; line breaks could still never belong in one.
  const rrule = `RRULE:${gathering.recurrence.replace(/[\r\n]/g, "")}`;
  calendar.createEvent({ ...common, ...timing(start), repeating: [rrule, ...exdate].join("\n") });

  for (const moved of gathering.exceptions) {
    if (moved.change !== "moved" || !moved.movedToOn) continue;
    calendar.createEvent({
      ...common,
      ...timing(at(moved.movedToOn, moved.movedToTime ?? gathering.startTime)),
      recurrenceId: at(moved.occurrenceOn, gathering.startTime),
      description: descriptionOf(gathering, url, { note: moved.note }),
    });
  }
}

/** A date-time as EXDATE lists it: local wall-clock time under a TZID, or UTC. */
function icalDateTime(instant: Temporal.ZonedDateTime, timezone: string | null): string {
  const local = timezone ? instant.toPlainDateTime() : instant.withTimeZone("UTC").toPlainDateTime();
  const digits = local.toString().slice(0, 19).replace(/[-:]/g, "");
  return timezone ? digits : `${digits}Z`;
}

function locationOf(gathering: GatheringRecord): ICalLocation | null {
  const title = placeLine(gathering) || (gathering.attendanceMode === "online" ? "Online" : "");
  if (!title) return null;
  const hasPoint = gathering.attendanceMode !== "online" && gathering.latitude !== null && gathering.longitude !== null;
  return hasPoint
    ? { title, geo: { lat: gathering.latitude as number, lon: gathering.longitude as number } }
    : { title };
}

function descriptionOf(gathering: GatheringRecord, url: string, moved?: { note: string | null }): string {
  const access = gathering.accessibility.map((feature) => accessibilityLabels[feature]);
  const movedNote = moved?.note?.trim();
  return [
    moved ? `This date has moved${movedNote ? `: ${movedNote}` : "."}` : "",
    gathering.cancelledAt ? "This has been cancelled." : "",
    gathering.description.trim(),
    `${describeSchedule(gathering)} (${zoneWords(gathering.timezone)})`,
    ...joiningLines(gathering),
    access.length ? `Access: ${access.join(", ")}` : "",
    gathering.accessibilityNotes?.trim() ?? "",
    `Run by ${gathering.organisation.name}. Details and any changes: ${url}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}
