// The public finder's search: where (a point, a postcode or a town), what
// (kinds, tags, accessibility, in person or online) and when (days, time of
// day, starting soon, happening now). SQL narrows by place and kind; the
// schedule filters run on the few hundred that remain, in each gathering's
// own time zone.
import type { Database } from "@kinship/db";
import {
  type AccessibilityFeature,
  type AttendanceMode,
  type GatheringKind,
  gatherings,
  organisations,
} from "@kinship/db/schema";
import { and, between, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { boundingBox, milesBetween, type Point } from "./distance";
import { type GatheringRecord, loadGatherings } from "./gathering-record";
import type { Geocoder, Located } from "./geocoding/geocoder";
import type { Occurrence } from "./schedule";
import { nextUpcoming, toOccurrence, type UpcomingOccurrence, upcomingOccurrences } from "./upcoming-occurrences";

export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];
export const timesOfDay = ["morning", "afternoon", "evening"] as const;
export type TimeOfDay = (typeof timesOfDay)[number];
export const searchOrders = ["soonest", "nearest"] as const;

export interface GatheringSearch {
  near?: Point | null;
  place?: string | null;
  /** null: choose automatically, widening until enough are found. */
  radiusMiles?: number | null;
  kinds?: readonly GatheringKind[];
  attendanceModes?: readonly AttendanceMode[];
  days?: readonly Weekday[];
  timesOfDay?: readonly TimeOfDay[];
  tags?: readonly string[];
  accessibility?: readonly AccessibilityFeature[];
  startingSoon?: boolean;
  happeningNow?: boolean;
  organisationSlug?: string | null;
  order?: (typeof searchOrders)[number];
  limit?: number;
  offset?: number;
}

export interface GatheringSearchHit {
  gathering: GatheringRecord;
  /** null for online-only gatherings and searches without a place. */
  distanceMiles: number | null;
  next: Occurrence;
}

export interface GatheringSearchResult {
  location: Located | null;
  /** The place was given but could not be found. */
  isPlaceUnknown: boolean;
  radiusMiles: number | null;
  /** True when too few were close, so the radius grew to take in the nearest ones. */
  isRadiusWidened: boolean;
  total: number;
  hits: GatheringSearchHit[];
}

export const searchDefaults = {
  autoRadiusMiles: 5,
  maxRadiusMiles: 50,
  /** Below this many in-person results, an automatic search widens to the nearest ones. */
  nearestCount: 10,
  startingSoonMinutes: 120,
  /** Day and time filters look this far ahead, so monthly gatherings are found too. */
  filterHorizonDays: 35,
};

const timeOfDayOf = (hour: number): TimeOfDay => (hour < 12 ? "morning" : hour < 17 ? "afternoon" : "evening");

export async function searchGatherings(options: {
  db: Database;
  geocoder: Geocoder;
  search: GatheringSearch;
  now: Date;
}): Promise<GatheringSearchResult> {
  const { db, geocoder, search, now } = options;
  const location = search.near
    ? { label: "your location", ...search.near, precision: "point" as const }
    : search.place?.trim()
      ? await geocoder.locate(search.place)
      : null;
  const isPlaceUnknown = Boolean(search.place?.trim() && !search.near && !location);
  const modes = search.attendanceModes?.length ? search.attendanceModes : (["in_person", "online", "hybrid"] as const);

  const common: (SQL | undefined)[] = [
    isNull(gatherings.withdrawnAt),
    isNull(gatherings.cancelledAt),
    search.kinds?.length ? inArray(gatherings.kind, [...search.kinds]) : undefined,
    search.organisationSlug ? eq(organisations.slug, search.organisationSlug) : undefined,
  ];
  const candidates = async (radiusMiles: number | null) => {
    if (!location || radiusMiles === null) {
      return loadGatherings(db, and(...common, inArray(gatherings.attendanceMode, [...modes])));
    }
    const box = boundingBox(location, radiusMiles);
    const inPersonModes = modes.filter((mode) => mode !== "online");
    const near = inPersonModes.length
      ? and(
          inArray(gatherings.attendanceMode, inPersonModes),
          between(gatherings.latitude, box.minLatitude, box.maxLatitude),
          between(gatherings.longitude, box.minLongitude, box.maxLongitude),
        )
      : undefined;
    // Online gatherings stay in every location search: they are near everyone.
    const online = modes.includes("online") ? eq(gatherings.attendanceMode, "online") : undefined;
    return loadGatherings(db, and(...common, or(near, online) ?? sql`0`));
  };

  const matching = (records: GatheringRecord[], radiusMiles: number | null) =>
    records.flatMap((gathering): MatchingHit[] => {
      if (!matchesTags(gathering, search)) return [];
      const distanceMiles =
        location && gathering.attendanceMode !== "online" && gathering.latitude != null && gathering.longitude != null
          ? milesBetween(location, { latitude: gathering.latitude, longitude: gathering.longitude })
          : null;
      if (radiusMiles !== null && distanceMiles !== null && distanceMiles > radiusMiles) return [];
      const next = nextMatchingOccurrence(gathering, search, now);
      return next ? [{ gathering, distanceMiles, next }] : [];
    });

  let radiusMiles = location ? (search.radiusMiles ?? searchDefaults.autoRadiusMiles) : null;
  let hits = matching(await candidates(radiusMiles), radiusMiles);
  let isRadiusWidened = false;
  const inPersonCount = (list: MatchingHit[]) => list.filter((hit) => hit.distanceMiles !== null).length;
  if (
    location &&
    radiusMiles !== null &&
    inPersonCount(hits) < (search.radiusMiles ? 1 : searchDefaults.nearestCount)
  ) {
    // Too few close by: take in the nearest ones, up to the furthest anyone would travel.
    const wide = matching(await candidates(searchDefaults.maxRadiusMiles), searchDefaults.maxRadiusMiles);
    const distances = wide
      .flatMap((hit) => (hit.distanceMiles === null ? [] : [hit.distanceMiles]))
      .sort((a, b) => a - b);
    const reach = distances[Math.min(searchDefaults.nearestCount, distances.length) - 1];
    if (reach !== undefined && reach > radiusMiles) {
      radiusMiles = Math.ceil(reach);
      isRadiusWidened = true;
      hits = wide.filter((hit) => hit.distanceMiles === null || hit.distanceMiles <= (radiusMiles as number));
    }
  }

  hits.sort(search.order === "nearest" && location ? byDistanceThenTime : byTimeThenDistance);
  const offset = Math.max(0, search.offset ?? 0);
  const limit = Math.min(100, Math.max(1, search.limit ?? 20));
  return {
    location,
    isPlaceUnknown,
    radiusMiles,
    isRadiusWidened,
    total: hits.length,
    hits: hits.slice(offset, offset + limit).map((hit) => ({ ...hit, next: toOccurrence(hit.gathering, hit.next) })),
  };
}

function matchesTags(gathering: GatheringRecord, search: GatheringSearch): boolean {
  const hasAll = (have: readonly string[], wanted: readonly string[] | undefined) =>
    !wanted?.length || wanted.every((item) => have.includes(item));
  return hasAll(gathering.tags, search.tags) && hasAll(gathering.accessibility, search.accessibility);
}

function nextMatchingOccurrence(
  gathering: GatheringRecord,
  search: GatheringSearch,
  now: Date,
): UpcomingOccurrence | null {
  const hasWhenFilter =
    Boolean(search.days?.length || search.timesOfDay?.length) || search.startingSoon || search.happeningNow;
  if (!hasWhenFilter) return nextUpcoming(gathering, now);
  const nowMs = now.getTime();
  const horizon = search.happeningNow
    ? nowMs + 60_000
    : search.startingSoon
      ? nowMs + searchDefaults.startingSoonMinutes * 60_000
      : nowMs + searchDefaults.filterHorizonDays * 86_400_000;
  return (
    upcomingOccurrences(gathering, now).find((occurrence) => {
      if (occurrence.status === "cancelled" || occurrence.startMs >= horizon) return false;
      if (search.happeningNow && !(occurrence.startMs <= nowMs && occurrence.endMs > nowMs)) return false;
      if (search.startingSoon && occurrence.startMs < nowMs) return false;
      if (search.days?.length && !search.days.includes(weekdays[occurrence.weekday - 1] as Weekday)) return false;
      return !search.timesOfDay?.length || search.timesOfDay.includes(timeOfDayOf(occurrence.hour));
    }) ?? null
  );
}

/** A hit while searching: its next date still compact. */
type MatchingHit = Omit<GatheringSearchHit, "next"> & { next: UpcomingOccurrence };

function byTimeThenDistance(a: MatchingHit, b: MatchingHit) {
  return (
    a.next.startMs - b.next.startMs ||
    (a.distanceMiles ?? Number.POSITIVE_INFINITY) - (b.distanceMiles ?? Number.POSITIVE_INFINITY)
  );
}

function byDistanceThenTime(a: MatchingHit, b: MatchingHit) {
  return (
    (a.distanceMiles ?? Number.POSITIVE_INFINITY) - (b.distanceMiles ?? Number.POSITIVE_INFINITY) ||
    a.next.startMs - b.next.startMs
  );
}
