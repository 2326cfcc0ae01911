// Meeting Guide feed records (code4recovery/spec) in our terms. The spec has
// no attendance field of its own everywhere, so we follow its documented
// rules: a "TC" (temporarily closed) location with a conference link meets
// online, an address plus a link is hybrid, and TC with no link is closed.
import type { AttendanceMode, GatheringKind } from "@kinship/db/schema";
import { meetingGuideTypes } from "../meeting-guide-types";
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

const attendanceOptions: Record<string, AttendanceMode> = {
  in_person: "in_person",
  online: "online",
  hybrid: "hybrid",
};

function minutesBetween(start: string, end: string | null): number {
  if (!end) return 60;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const minutes = (toMinutes(end) - toMinutes(start) + 24 * 60) % (24 * 60);
  return minutes >= 5 ? minutes : 60;
}

export function meetingGuideRecord(record: unknown, index: number, defaultKind: GatheringKind): RecordOutcome {
  if (!record || typeof record !== "object") return { recordId: `#${index + 1}`, problems: ["It is not a meeting."] };
  const r = record as Record<string, unknown>;
  const recordId = text(r.slug, 255) ?? `#${index + 1}`;
  if (!text(r.slug, 255)) return { recordId, problems: ["It has no slug, which the spec requires."] };
  const days = (Array.isArray(r.day) ? r.day : [r.day]).map(number).filter((d): d is number => d !== null);
  const weekdays = days.filter((d) => d >= 0 && d <= 6).map((d) => weekdayCodes[d] as string);
  const startTime = clockTime(r.time);
  const timezone = knownZone(r.timezone);
  const types = (Array.isArray(r.types) ? r.types : []).filter((t): t is string => typeof t === "string");
  const isClosedVenue = types.includes("TC");
  const onlineUrl = httpsUrl(r.conference_url);
  const onlinePhone = text(r.conference_phone, 40);
  const hasAddress = Boolean(text(r.address) || text(r.postal_code));
  const stated = typeof r.attendance_option === "string" ? r.attendance_option : null;
  const hasOnline = Boolean(onlineUrl || onlinePhone);
  const attendanceMode: AttendanceMode =
    (stated && attendanceOptions[stated]) ||
    (hasOnline ? (hasAddress && !isClosedVenue ? "hybrid" : "online") : "in_person");
  const listing = {
    name: text(r.name, 120) ?? "",
    kind: defaultKind,
    description: text(r.notes, 3000) ?? "",
    attendanceMode,
    isCancelled: stated === "inactive" || (isClosedVenue && !hasOnline),
    timezone: timezone ?? "Europe/London",
    startTime: startTime ?? "00:00",
    durationMinutes: startTime ? minutesBetween(startTime, clockTime(r.end_time)) : 60,
    weekdays: [...new Set(weekdays)],
    venueName: text(r.location, 120),
    address: text(r.address, 200),
    town: text(r.city, 80),
    postcode: ukPostcode(r.postal_code),
    latitude: number(r.latitude),
    longitude: number(r.longitude),
    onlineUrl,
    onlinePhone,
    onlineNotes: text([r.conference_url_notes, r.conference_phone_notes].filter(Boolean).join(" "), 500),
    // X and XB are accessibility facts; every other known code is a tag.
    tags: types.filter((t) => t in meetingGuideTypes && !["X", "XB", "TC"].includes(t)),
    accessibility: [
      ...(types.includes("X") ? (["step_free"] as const) : []),
      ...(types.includes("XB") ? (["accessible_toilet"] as const) : []),
    ],
    website: httpsUrl(r.url),
  };
  const problems = [
    ...(startTime ? [] : ["Its start time is missing or not HH:MM."]),
    ...(timezone ? [] : ["Its time zone is not one we know."]),
    ...problemsWith(listing),
  ];
  return problems.length ? { recordId, problems } : { listing: { recordId, ...listing } };
}
