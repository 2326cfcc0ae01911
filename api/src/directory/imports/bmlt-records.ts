// BMLT (Narcotics Anonymous meeting servers) search results in our terms,
// from the semantic API's GetSearchResults JSON. BMLT states the venue type
// (1 in person, 2 virtual, 3 hybrid) and counts weekdays from 1 = Sunday.
import type { AttendanceMode, GatheringKind } from "@kinship/db/schema";
import { weekdayCodes } from "../rrule-parts";
import {
  clockTime,
  httpsUrl,
  knownZone,
  number,
  problemsWith,
  type RecordOutcome,
  text,
  ukPostcode,
} from "./source-listing";

const venueTypes: Record<string, AttendanceMode> = { "1": "in_person", "2": "online", "3": "hybrid" };
// The NA world format codes that mean the same as a Meeting Guide type.
const formatTags: Record<string, string> = {
  O: "O",
  C: "C",
  W: "W",
  M: "M",
  GL: "LGBTQ",
  B: "BE",
  BEG: "BE",
  SP: "SP",
  D: "D",
  ST: "ST",
  Y: "Y",
};

function durationMinutes(value: unknown): number {
  const match = typeof value === "string" ? /^(\d{1,2}):(\d{2})/.exec(value) : null;
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  return minutes >= 5 && minutes <= 24 * 60 ? minutes : 60;
}

export function bmltRecord(record: unknown, index: number, defaultKind: GatheringKind): RecordOutcome {
  if (!record || typeof record !== "object") return { recordId: `#${index + 1}`, problems: ["It is not a meeting."] };
  const r = record as Record<string, unknown>;
  const recordId = text(String(r.id_bigint ?? ""), 40) ?? `#${index + 1}`;
  if (!text(String(r.id_bigint ?? ""))) return { recordId, problems: ["It has no id_bigint."] };
  const weekday = number(r.weekday_tinyint);
  const startTime = clockTime(r.start_time);
  const timezone = knownZone(r.time_zone || "Europe/London");
  const formats = String(r.formats ?? "")
    .split(",")
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const listing = {
    name: text(r.meeting_name, 120) ?? "",
    kind: defaultKind,
    description: text(r.comments, 3000) ?? "",
    attendanceMode: venueTypes[String(r.venue_type ?? "1")] ?? "in_person",
    isCancelled: String(r.published ?? "1") === "0",
    timezone: timezone ?? "Europe/London",
    startTime: startTime ?? "00:00",
    durationMinutes: durationMinutes(r.duration_time),
    weekdays: weekday !== null && weekday >= 1 && weekday <= 7 ? [weekdayCodes[weekday - 1] as string] : [],
    venueName: text(r.location_text, 120),
    address: text(r.location_street, 200),
    town: text(r.location_municipality, 80),
    postcode: ukPostcode(r.location_postal_code_1),
    latitude: number(r.latitude),
    longitude: number(r.longitude),
    onlineUrl: httpsUrl(r.virtual_meeting_link),
    onlinePhone: text(r.phone_meeting_number, 40),
    onlineNotes: text(r.virtual_meeting_additional_info, 500),
    tags: [...new Set(formats.flatMap((code) => (formatTags[code] ? [formatTags[code] as string] : [])))],
    accessibility: formats.includes("WC") ? (["step_free"] as const).slice() : [],
    website: null,
  };
  const problems = [
    ...(startTime ? [] : ["Its start time is missing."]),
    ...(timezone ? [] : ["Its time zone is not one we know."]),
    ...problemsWith(listing),
  ];
  return problems.length ? { recordId, problems } : { listing: { recordId, ...listing } };
}
