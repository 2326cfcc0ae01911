// A saved search for the calendar feed: the finder's GET parameters, read into
// a search. A subscription URL must keep working, so a value we cannot use is
// dropped, never an error. "Starting soon", "happening now" and paging are
// left out: a calendar subscription is not a moment in time or a page.
import { accessibilityFeatures, attendanceModes, gatheringKinds } from "@kinship/db/schema";
import { z } from "zod";
import { type GatheringSearch, searchOrders, timesOfDay, weekdays } from "../search-gatherings";
import { isKnownTag } from "../vocabulary";

/** A calendar app shows what it is given; a hundred gatherings is already more than anyone reads. */
export const savedSearchLimit = 100;

const ZParam = {
  place: z.string().trim().min(1).max(100),
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  radius: z.enum(["1", "3", "5", "10", "25"]).transform(Number),
  kind: z.enum(gatheringKinds),
  day: z.enum(weekdays),
  time: z.enum(timesOfDay),
  mode: z.enum(attendanceModes),
  access: z.enum(accessibilityFeatures),
  tag: z.string().refine(isKnownTag),
  order: z.enum(searchOrders),
};
type ParamName = keyof typeof ZParam;

export function savedSearchFrom(params: URLSearchParams): GatheringSearch {
  const all = <N extends ParamName>(name: N): z.output<(typeof ZParam)[N]>[] =>
    [...new Set(params.getAll(name))].slice(0, 30).flatMap((value) => {
      const parsed = ZParam[name].safeParse(value);
      return parsed.success ? [parsed.data as z.output<(typeof ZParam)[N]>] : [];
    });
  const [place] = all("place");
  const [latitude] = all("lat");
  const [longitude] = all("lng");
  return {
    // A typed place wins over a position, as on the finder.
    place: place ?? null,
    near: !place && latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null,
    radiusMiles: all("radius")[0] ?? null,
    kinds: all("kind"),
    days: all("day"),
    timesOfDay: all("time"),
    attendanceModes: all("mode"),
    accessibility: all("access"),
    tags: all("tag"),
    order: all("order")[0] ?? "soonest",
    limit: savedSearchLimit,
    offset: 0,
  };
}
