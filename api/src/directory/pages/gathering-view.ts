// Builds one gathering's page data: the next dates with changes marked, where
// and how to join, what to expect, who to ask, and its JSON-LD.
import type { GatheringView } from "@kinship/web/public/gathering-page";
import type { OccurrenceView } from "@kinship/web/public/occurrence-list";
import { Temporal } from "temporal-polyfill";
import { describeSchedule, longDate } from "../describe-schedule";
import { alternateLinks } from "../feeds/alternate-links";
import type { GatheringRecord } from "../gathering-record";
import { nextOccurrence, type Occurrence, occurrencesBetween, zonedAt } from "../schedule";
import { accessibilityLabels, attendanceModeLabels, gatheringKindLabels } from "../vocabulary";
import { tagInWords } from "./filters-form-view";
import { gatheringEvent, serialiseJsonLd } from "./gathering-json-ld";
import { isoWithOffset, movedNote, occurrenceWithEnd, staleWarning } from "./page-words";
import { gatheringPath } from "./result-view";

const shownDates = 6;
const day = 86_400_000;

function goingHref(path: string, occurrences: Occurrence[]): string | null {
  const next = occurrences.find((occurrence) => occurrence.status !== "cancelled");
  return next ? `${path}/going?on=${next.originalOn}` : null;
}

function upcoming(gathering: GatheringRecord, now: Date): Occurrence[] {
  // Weekly ones fill the list within weeks; monthly and rarer ones need the longer look.
  for (const days of [60, 400]) {
    const found = occurrencesBetween(gathering, gathering.exceptions, now, new Date(now.getTime() + days * day));
    if (found.length >= shownDates || days === 400) return found.slice(0, shownDates);
  }
  return [];
}

const occurrenceView = (occurrence: Occurrence): OccurrenceView => ({
  text: occurrenceWithEnd(occurrence),
  dateTime: isoWithOffset(occurrence.start),
  status: occurrence.status,
  note: movedNote(occurrence),
});

/** Only something shaped like an address goes into a mailto link, so it cannot add its own fields. */
const emailAddress = (value: string | null) => {
  const trimmed = value?.trim() ?? "";
  return /^[^\s@?&#]+@[^\s@?&#]+$/.test(trimmed) ? trimmed : null;
};

/** Only web links become links: a stored value is never trusted to be one. */
const webLink = (value: string | null) => (value && /^https?:\/\/[^\s]+$/i.test(value) ? value : null);

function venue(gathering: GatheringRecord): GatheringView["venue"] {
  if (gathering.attendanceMode === "online") return null;
  const lines = [
    ...new Set([gathering.venueName, gathering.address, gathering.town, gathering.postcode].filter(Boolean)),
  ] as string[];
  if (lines.length === 0) return null;
  // A web link works on every phone and computer; a geo: link does nothing on many.
  // Coordinates need no escaping; an address does.
  const to =
    gathering.latitude != null && gathering.longitude != null
      ? `${gathering.latitude},${gathering.longitude}`
      : encodeURIComponent(lines.join(", "));
  return { lines, directionsHref: `https://www.openstreetmap.org/directions?to=${to}` };
}

export function gatheringView(options: {
  gathering: GatheringRecord;
  now: Date;
  staleAfterDays: number;
  origin: string;
}): GatheringView {
  const { gathering, now, origin } = options;
  const path = gatheringPath(gathering.id);
  const pageUrl = `${origin}${path}`;
  const kindLabel = gatheringKindLabels[gathering.kind];
  const scheduleText = describeSchedule(gathering);
  const isCancelled = gathering.cancelledAt !== null;
  const dates = isCancelled ? [] : upcoming(gathering, now);
  const first = zonedAt(gathering.startsOn, gathering.startTime, gathering.timezone);
  const next = nextOccurrence(gathering, gathering.exceptions, now) ?? {
    start: first,
    end: first.add({ minutes: gathering.durationMinutes }),
    status: "scheduled" as const,
    originalOn: gathering.startsOn,
    note: null,
  };
  const where = gathering.attendanceMode === "online" ? "online" : `in ${gathering.town ?? "person"}`;
  const summary = `${kindLabel} ${where}. ${scheduleText}.`;
  const confirmedOn = Temporal.Instant.fromEpochMilliseconds(gathering.lastConfirmedAt.getTime())
    .toZonedDateTimeISO(gathering.timezone)
    .toPlainDate();
  const contactEmail = emailAddress(gathering.contactEmail);
  return {
    head: {
      title: isCancelled ? `Cancelled: ${gathering.name}` : gathering.name,
      description: (gathering.description.trim() || summary).slice(0, 160),
      canonicalUrl: pageUrl,
      hasScript: true,
      alternates: alternateLinks("gathering", gathering.id, origin),
      jsonLd: serialiseJsonLd(gatheringEvent({ gathering, occurrence: next, pageUrl, fallbackDescription: summary })),
    },
    name: gathering.name,
    organiserName: gathering.organisation.name,
    kindLabel,
    modeLabel: attendanceModeLabels[gathering.attendanceMode],
    isCancelled,
    scheduleText,
    occurrences: dates.map(occurrenceView),
    venue: venue(gathering),
    online:
      gathering.attendanceMode === "in_person"
        ? null
        : { url: webLink(gathering.onlineUrl), phone: gathering.onlinePhone, notes: gathering.onlineNotes },
    accessibility: gathering.accessibility.map((feature) => accessibilityLabels[feature]),
    accessibilityNotes: gathering.accessibilityNotes,
    description: gathering.description
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    tags: gathering.tags.map(tagInWords),
    contact: { email: contactEmail, phone: gathering.contactPhone, website: webLink(gathering.website) },
    lastConfirmedText: `The organiser last confirmed these details on ${longDate(confirmedOn)}.`,
    staleText: staleWarning(gathering.lastConfirmedAt, now, options.staleAfterDays),
    calendarHref: `${path}/calendar.ics`,
    share: {
      url: pageUrl,
      title: gathering.name,
      mailtoHref: `mailto:?subject=${encodeURIComponent(gathering.name)}&body=${encodeURIComponent(pageUrl)}`,
    },
    // The suggestion form is the web app's page (web/src/routes/directory/suggest-change-page.tsx):
    // anyone may suggest, and the organiser's moderators decide. If that page is
    // ever taken out, a mailto to the listing's contactEmail is the fallback.
    suggestChangeHref: `${path}/suggest`,
    // Signed-in members say they are going in the web app (routes/directory/going-page.tsx).
    goingHref: goingHref(path, dates),
  };
}
