// A saved search for the calendar feed: the finder's own GET parameters, read
// by the finder's parser, so a search and its subscription always agree. A
// value we cannot use is dropped, never an error. "Starting soon", "happening
// now" and paging are left out: a subscription is not a moment or a page.
import { parseFinderParams, toGatheringSearch } from "../pages/finder-params";
import type { GatheringSearch } from "../search-gatherings";

/** A calendar app shows what it is given; a hundred gatherings is already more than anyone reads. */
export const savedSearchLimit = 100;

export function savedSearchFrom(params: URLSearchParams): GatheringSearch {
  const { query } = parseFinderParams(params);
  const search = toGatheringSearch({ ...query, startingSoon: false, happeningNow: false, page: 1 });
  return { ...search, limit: savedSearchLimit, offset: 0 };
}
