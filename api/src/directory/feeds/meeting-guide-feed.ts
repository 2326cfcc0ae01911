// The Meeting Guide JSON feed (code4recovery/spec README): one entry per
// weekly listing. The spec carries weekly meetings only, so fortnightly,
// monthly and one-off gatherings are left out rather than shown as weekly
// (docs/decisions/010-directory-feeds.md says why, and what else is left out).
import { longDate } from "../describe-schedule";
import type { GatheringRecord } from "../gathering-record";
import { meetingGuideTypes } from "../meeting-guide-types";
import { zonedAt } from "../schedule";
import { accessibilityMeetingGuideTypes } from "../vocabulary";
import type { OrganisationDetails } from "./feed-gatherings";
import { hasBegun, hasFinished, lastClockChange, type SeriesWindow, seriesWindow } from "./series-window";
import { weeklyDays } from "./weekly-days";

export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: number | number[];
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  notes?: string;
  location?: string;
  address?: string;
  city?: string;
  postal_code?: string;
  country?: string;
  approximate?: "yes" | "no";
  latitude?: number;
  longitude?: number;
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  /** Not in the README: the 12 Step Meeting List plugin's field, which TSML-style consumers read. */
  attendance_option: "in_person" | "online" | "hybrid" | "inactive";
  updated: string;
  url: string;
  entity?: string;
  entity_url?: string;
  contact_1_email?: string;
  contact_1_phone?: string;
}

interface FeedContext {
  origin: string;
  organisations: ReadonlyMap<string, OrganisationDetails>;
  now: Date;
}

export function meetingGuideFeed(gatherings: readonly GatheringRecord[], context: FeedContext) {
  const windows: SeriesWindow[] = [];
  const meetings = gatherings.flatMap((gathering) => {
    const days = weeklyDays(gathering);
    if (!days) return [];
    const window = seriesWindow(gathering);
    windows.push(window);
    return hasFinished(window, context.now) ? [] : [meetingGuideMeeting(gathering, days, window, context)];
  });
  // The entries change with the clock too: a first meeting's note goes, a finished series leaves.
  return { meetings, clockChangedAt: lastClockChange(windows, context.now) };
}

function meetingGuideMeeting(
  gathering: GatheringRecord,
  days: number[],
  window: SeriesWindow,
  { origin, organisations, now }: FeedContext,
): MeetingGuideMeeting {
  const isCancelled = gathering.cancelledAt !== null;
  const organisation = organisations.get(gathering.organisationId);
  const start = zonedAt(gathering.startsOn, gathering.startTime, gathering.timezone);
  const notes = [
    hasBegun(window, now) ? "" : `First meeting: ${longDate(start)}.`,
    gathering.description.trim(),
    gathering.accessibilityNotes?.trim() ? `Access: ${gathering.accessibilityNotes.trim()}` : "",
  ].filter(Boolean);
  return {
    name: gathering.name,
    // Our id: unique, URL-safe, and stable when the name changes, so app favourites survive edits.
    slug: gathering.id,
    day: days.length === 1 ? (days[0] as number) : days,
    time: gathering.startTime,
    end_time: start.add({ minutes: gathering.durationMinutes }).toPlainTime().toString().slice(0, 5),
    timezone: gathering.timezone,
    types: meetingGuideTypesOf(gathering, isCancelled),
    ...(notes.length ? { notes: notes.join("\n\n") } : {}),
    ...placeOf(gathering),
    ...(isCancelled ? {} : conferenceOf(gathering)),
    attendance_option: isCancelled ? "inactive" : gathering.attendanceMode,
    updated: gathering.updatedAt.toISOString().slice(0, 19).replace("T", " "),
    url: `${origin}/gatherings/${gathering.id}`,
    entity: gathering.organisation.name,
    ...(organisation?.website && /^https?:\/\//i.test(organisation.website)
      ? { entity_url: organisation.website }
      : {}),
    ...(gathering.contactEmail ? { contact_1_email: gathering.contactEmail } : {}),
    ...(gathering.contactPhone ? { contact_1_phone: gathering.contactPhone } : {}),
  };
}

function meetingGuideTypesOf(gathering: GatheringRecord, isCancelled: boolean): string[] {
  const codes = [
    ...gathering.tags.filter((tag) => Object.hasOwn(meetingGuideTypes, tag)),
    ...gathering.accessibility.flatMap((feature) => accessibilityMeetingGuideTypes[feature] ?? []),
    // TC with no conference link is how the spec's consumers mark a meeting that
    // is not happening; without it they would show a called-off meeting as on.
    ...(isCancelled ? ["TC"] : []),
  ];
  return [...new Set(codes)];
}

const fiveDecimals = (degrees: number) => Math.round(degrees * 100_000) / 100_000;

function placeOf(gathering: GatheringRecord): Partial<MeetingGuideMeeting> {
  if (gathering.attendanceMode === "online") {
    // Online meetings may name an approximate place of origin; never a point on a map.
    return gathering.town ? { city: gathering.town, country: "UK", approximate: "yes" } : {};
  }
  const hasPoint = gathering.latitude !== null && gathering.longitude !== null;
  return {
    ...(gathering.venueName ? { location: gathering.venueName } : {}),
    ...(gathering.address ? { address: gathering.address } : {}),
    ...(gathering.town ? { city: gathering.town } : {}),
    ...(gathering.postcode ? { postal_code: gathering.postcode } : {}),
    country: "UK",
    approximate: gathering.address || hasPoint ? "no" : "yes",
    ...(hasPoint
      ? { latitude: fiveDecimals(gathering.latitude as number), longitude: fiveDecimals(gathering.longitude as number) }
      : {}),
  };
}

function conferenceOf(gathering: GatheringRecord): Partial<MeetingGuideMeeting> {
  // The stored mode decides: a link left on an in-person listing is not an invitation to join online.
  if (gathering.attendanceMode === "in_person") return {};
  const url = gathering.onlineUrl ?? undefined;
  // The spec allows digits, "+" and the one-tap characters , * # only.
  const phone = gathering.onlinePhone?.replace(/[^\d+,*#]/g, "") || undefined;
  const notes = gathering.onlineNotes?.trim() || undefined;
  return {
    ...(url ? { conference_url: url, ...(notes ? { conference_url_notes: notes } : {}) } : {}),
    ...(phone ? { conference_phone: phone, ...(notes && !url ? { conference_phone_notes: notes } : {}) } : {}),
  };
}
