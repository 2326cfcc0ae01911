// The finder's GET parameters, read with zod into a search. A value we cannot
// use is dropped and named in a friendly note, never an error page: links get
// mangled, and a person in need should still see meetings.
import {
  type AccessibilityFeature,
  type AttendanceMode,
  accessibilityFeatures,
  attendanceModes,
  type GatheringKind,
  gatheringKinds,
} from "@kinship/db/schema";
import { z } from "zod";
import type { Point } from "../distance";
import { type GatheringSearch, type TimeOfDay, timesOfDay, type Weekday, weekdays } from "../search-gatherings";
import { isKnownTag } from "../vocabulary";

export const radiusChoices = ["auto", "1", "3", "5", "10", "25"] as const;
export const finderPageSize = 20;
const maxPage = 500;

export interface FinderQuery {
  place: string;
  near: Point | null;
  radius: (typeof radiusChoices)[number];
  kinds: GatheringKind[];
  days: Weekday[];
  times: TimeOfDay[];
  modes: AttendanceMode[];
  access: AccessibilityFeature[];
  tags: string[];
  startingSoon: boolean;
  happeningNow: boolean;
  order: "soonest" | "nearest";
  page: number;
}

const ZFinderParams = {
  place: z.string().trim().max(100),
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  radius: z.enum(radiusChoices),
  kind: z.enum(gatheringKinds),
  day: z.enum(weekdays),
  time: z.enum(timesOfDay),
  mode: z.enum(attendanceModes),
  access: z.enum(accessibilityFeatures),
  tag: z.string().refine(isKnownTag),
  soon: z.literal("1"),
  now: z.literal("1"),
  order: z.enum(["soonest", "nearest"]),
  page: z.coerce.number().int().min(1).max(maxPage),
};
type ParamName = keyof typeof ZFinderParams;

/** What each parameter is called in the note about values we left out. */
const paramWords: Record<ParamName, string> = {
  place: "place",
  lat: "your location",
  lng: "your location",
  radius: "distance",
  kind: "kind",
  day: "day",
  time: "time of day",
  mode: "in person or online",
  access: "accessibility",
  tag: "good to know",
  soon: "starting soon",
  now: "happening now",
  order: "order",
  page: "page",
};

export function parseFinderParams(params: URLSearchParams): { query: FinderQuery; problems: string[] } {
  const ignored = new Set<string>();
  const all = <N extends ParamName>(name: N): z.infer<(typeof ZFinderParams)[N]>[] => {
    // Empty values come from untouched form fields; they mean "not given".
    const values = [...new Set(params.getAll(name).filter((value) => value.trim() !== ""))].slice(0, 30);
    return values.flatMap((value) => {
      const parsed = ZFinderParams[name].safeParse(value);
      if (!parsed.success) ignored.add(paramWords[name]);
      return parsed.success ? [parsed.data as z.infer<(typeof ZFinderParams)[N]>] : [];
    });
  };
  const [latitude] = all("lat");
  const [longitude] = all("lng");
  const query: FinderQuery = {
    place: all("place")[0] ?? "",
    near: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null,
    radius: all("radius")[0] ?? "auto",
    kinds: all("kind"),
    days: all("day"),
    times: all("time"),
    modes: all("mode"),
    access: all("access"),
    tags: all("tag"),
    startingSoon: all("soon").length > 0,
    happeningNow: all("now").length > 0,
    order: all("order")[0] ?? "soonest",
    page: all("page")[0] ?? 1,
  };
  const problems = ignored.size
    ? [
        `Some of the search options weren't ones we recognise, so we left them out (${[...ignored].join(", ")}). ` +
          "The results below are without them.",
      ]
    : [];
  return { query, problems };
}

export const hasFilters = (query: FinderQuery) =>
  [query.kinds, query.days, query.times, query.modes, query.access, query.tags].some((list) => list.length > 0) ||
  query.startingSoon ||
  query.happeningNow;

/** Whether there is anything to search for yet (a bare /find shows only the form). */
export const isSearch = (query: FinderQuery) => Boolean(query.place || query.near || hasFilters(query));

export function toGatheringSearch(query: FinderQuery): GatheringSearch {
  return {
    // A typed place wins over a remembered position: it is the newer wish.
    place: query.place || null,
    near: query.place ? null : query.near,
    radiusMiles: query.radius === "auto" ? null : Number(query.radius),
    kinds: query.kinds,
    days: query.days,
    timesOfDay: query.times,
    attendanceModes: query.modes,
    accessibility: query.access,
    tags: query.tags,
    startingSoon: query.startingSoon,
    happeningNow: query.happeningNow,
    order: query.order,
    limit: finderPageSize,
    offset: (query.page - 1) * finderPageSize,
  };
}

/** The query as link parameters, in a stable order and without defaults, for paging and canonical links. */
export function toSearchParams(query: FinderQuery, changes: Partial<FinderQuery> = {}): URLSearchParams {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.place) params.set("place", q.place);
  else if (q.near) {
    params.set("lat", String(q.near.latitude));
    params.set("lng", String(q.near.longitude));
  }
  if (q.radius !== "auto") params.set("radius", q.radius);
  for (const kind of q.kinds) params.append("kind", kind);
  for (const mode of q.modes) params.append("mode", mode);
  for (const day of q.days) params.append("day", day);
  for (const time of q.times) params.append("time", time);
  if (q.startingSoon) params.set("soon", "1");
  if (q.happeningNow) params.set("now", "1");
  for (const feature of q.access) params.append("access", feature);
  for (const tag of q.tags) params.append("tag", tag);
  if (q.order !== "soonest") params.set("order", q.order);
  if (q.page > 1) params.set("page", String(q.page));
  return params;
}

export const emptyFilters: Partial<FinderQuery> = {
  kinds: [],
  days: [],
  times: [],
  modes: [],
  access: [],
  tags: [],
  startingSoon: false,
  happeningNow: false,
  page: 1,
};
