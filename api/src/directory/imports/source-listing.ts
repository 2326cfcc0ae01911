// One listing as an import source describes it, already in our terms, plus
// the problems that stop a record being imported. Both feed formats map to this.
import type { AccessibilityFeature, AttendanceMode, GatheringKind } from "@kinship/db/schema";
import { isValid, toNormalised } from "postcode";
import { Temporal } from "temporal-polyfill";
import { hashSecret } from "../../auth/token";

export interface SourceListing {
  recordId: string;
  name: string;
  kind: GatheringKind;
  description: string;
  attendanceMode: AttendanceMode;
  isCancelled: boolean;
  timezone: string;
  startTime: string;
  durationMinutes: number;
  /** Weekly on these days (RRULE BYDAY codes). */
  weekdays: string[];
  venueName: string | null;
  address: string | null;
  town: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  onlinePhone: string | null;
  onlineNotes: string | null;
  tags: string[];
  accessibility: AccessibilityFeature[];
  website: string | null;
}

export type RecordOutcome = { listing: SourceListing } | { recordId: string; problems: string[] };

/** What the source said, without what we add: a change here means the source changed. */
export function fingerprintOf(listing: SourceListing): string {
  const ordered = Object.fromEntries(Object.entries(listing).sort(([a], [b]) => a.localeCompare(b)));
  return hashSecret(JSON.stringify(ordered));
}

export const text = (value: unknown, max = 500): string | null =>
  typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null;

export function number(value: unknown): number | null {
  const parsed = typeof value === "string" ? Number(value) : value;
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : null;
}

export function clockTime(value: unknown): string | null {
  const match = typeof value === "string" ? /^(\d{1,2}):(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` : null;
}

export function knownZone(value: unknown): string | null {
  const zone = text(value, 60) ?? "Europe/London";
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return zone;
  } catch {
    return null;
  }
}

export function ukPostcode(value: unknown): string | null {
  const raw = text(value, 12);
  return raw && isValid(raw) ? (toNormalised(raw) as string) : null;
}

export function httpsUrl(value: unknown): string | null {
  const raw = text(value, 500);
  return raw && /^https:\/\/\S+$/i.test(raw) && URL.canParse(raw) ? raw : null;
}

/** Problems common to both formats, once a record is mapped. */
export function problemsWith(listing: Omit<SourceListing, "recordId">): string[] {
  const problems: string[] = [];
  if (!listing.name) problems.push("It has no name.");
  if (listing.weekdays.length === 0) problems.push("It has no weekday, so we can't say when it happens.");
  if (listing.attendanceMode !== "online" && !listing.postcode) {
    problems.push("It meets in person but has no valid UK postcode.");
  }
  if (listing.attendanceMode !== "in_person" && !listing.onlineUrl && !listing.onlinePhone) {
    problems.push("It meets online but has no https link or phone number to join.");
  }
  return problems;
}
