// Each gathering's dates over the next six weeks, worked out once and reused by
// every search until the listing changes or three days pass. Working a
// recurrence rule out is most of a search's cost; a listing's dates change only
// when it is edited. Kept compact (numbers and short strings), so 20,000
// listings cost a few megabytes; a full Temporal occurrence is rebuilt only for
// the page of results actually shown.
import { Temporal } from "temporal-polyfill";
import type { GatheringRecord } from "./gathering-record";
import { nextOccurrence, type Occurrence, type OccurrenceStatus, occurrencesBetween } from "./schedule";

export interface UpcomingOccurrence {
  startMs: number;
  endMs: number;
  status: OccurrenceStatus;
  originalOn: string;
  note: string | null;
  /** Local ISO weekday (1 = Monday) and hour, for the day and time-of-day filters. */
  weekday: number;
  hour: number;
}

interface Entry {
  key: string;
  fromMs: number;
  list: UpcomingOccurrence[];
  /** The first date after the window, when the window holds none. */
  later: UpcomingOccurrence | null | undefined;
}

const windowMs = 42 * 86_400_000;
const reuseForMs = 3 * 86_400_000;
const maxEntries = 100_000;
const cache = new Map<string, Entry>();

// A changed listing or changed exceptions mean a new key, so stale dates are never reused.
const keyOf = (g: GatheringRecord) =>
  `${g.updatedAt.getTime()}|${g.exceptions.map((e) => `${e.occurrenceOn}${e.change}${e.movedToOn}${e.movedToTime}`).join()}`;

const compact = (o: Occurrence): UpcomingOccurrence => ({
  startMs: o.start.epochMilliseconds,
  endMs: o.end.epochMilliseconds,
  status: o.status,
  originalOn: o.originalOn,
  note: o.note,
  weekday: o.start.dayOfWeek,
  hour: o.start.hour,
});

function entryFor(gathering: GatheringRecord, now: Date): Entry {
  const key = keyOf(gathering);
  const found = cache.get(gathering.id);
  const nowMs = now.getTime();
  if (found && found.key === key && nowMs >= found.fromMs && nowMs - found.fromMs < reuseForMs) return found;
  const list = occurrencesBetween(gathering, gathering.exceptions, now, new Date(nowMs + windowMs)).map(compact);
  const entry: Entry = { key, fromMs: nowMs, list, later: undefined };
  if (cache.size >= maxEntries) cache.clear();
  cache.set(gathering.id, entry);
  return entry;
}

/** Dates not yet over, within at least the next five weeks, cancelled ones included. */
export function upcomingOccurrences(gathering: GatheringRecord, now: Date): UpcomingOccurrence[] {
  return entryFor(gathering, now).list.filter((o) => o.endMs > now.getTime());
}

/** The next date that is on (not cancelled), however far ahead. */
export function nextUpcoming(gathering: GatheringRecord, now: Date): UpcomingOccurrence | null {
  const entry = entryFor(gathering, now);
  const soon = entry.list.find((o) => o.endMs > now.getTime() && o.status !== "cancelled");
  if (soon) return soon;
  if (entry.later === undefined) {
    const later = nextOccurrence(gathering, gathering.exceptions, new Date(entry.fromMs + windowMs));
    entry.later = later ? compact(later) : null;
  }
  return entry.later && entry.later.endMs > now.getTime() ? entry.later : null;
}

/** The full occurrence, in the gathering's zone, for showing. */
export function toOccurrence(gathering: GatheringRecord, upcoming: UpcomingOccurrence): Occurrence {
  const zoned = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(gathering.timezone);
  return {
    start: zoned(upcoming.startMs),
    end: zoned(upcoming.endMs),
    status: upcoming.status,
    originalOn: upcoming.originalOn,
    note: upcoming.note,
  };
}
