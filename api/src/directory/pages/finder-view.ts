// Builds the finder page's data: reads the parameters, runs the search, and
// puts what happened into plain sentences (widened radius, unknown place).
import type { Database } from "@kinship/db";
import type { DocumentHead } from "@kinship/web/public/document";
import type { FinderOutcome, FinderView } from "@kinship/web/public/finder-page";
import { alternateLinks } from "../feeds/alternate-links";
import { type GatheringSearchResult, searchGatherings } from "../search-gatherings";
import type { DirectorySettings } from "../settings";
import { filtersFormView } from "./filters-form-view";
import {
  emptyFilters,
  type FinderQuery,
  finderPageSize,
  hasFilters,
  isSearch,
  parseFinderParams,
  toGatheringSearch,
  toSearchParams,
} from "./finder-params";
import { distanceInWords } from "./page-words";
import { mapPoints, resultView } from "./result-view";

const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);
const results = (count: number) => (count === 0 ? "No results" : `${count} ${count === 1 ? "result" : "results"}`);
const includesOnline = (query: FinderQuery) => query.modes.length === 0 || query.modes.includes("online");

function widenedNote(query: FinderQuery, result: GatheringSearchResult): string | null {
  if (!result.isRadiusWidened || !result.location || result.radiusMiles === null) return null;
  // The count is only certain when every result is on this page.
  const inPerson = result.hits.filter((hit) => hit.distanceMiles !== null).length;
  const nearest =
    result.total > result.hits.length
      ? "the nearest ones"
      : inPerson === 1
        ? "the nearest one"
        : `the nearest ${inPerson}`;
  const asked =
    query.radius === "auto" ? "Not many are close by" : `Nothing within ${distanceInWords(Number(query.radius))}`;
  return `${asked}, so here are ${nearest}, up to ${distanceInWords(result.radiusMiles)} away.`;
}

function heading(query: FinderQuery, result: GatheringSearchResult): string {
  if (result.isPlaceUnknown) return `We couldn't find the place “${query.place}”`;
  if (!result.location || result.radiusMiles === null) return results(result.total);
  const where = query.place ? result.location.label : "you";
  const online = includesOnline(query) ? ", and online" : "";
  return `${results(result.total)} within ${distanceInWords(result.radiusMiles)} of ${where}${online}`;
}

function notes(query: FinderQuery, result: GatheringSearchResult): string[] {
  if (result.isPlaceUnknown) {
    return ["Please check the spelling, or try a full postcode (like BL9 0BW), its first half (like BL9) or a town."];
  }
  const widened = widenedNote(query, result);
  if (widened) return [widened];
  if (!result.location && !(query.modes.length === 1 && query.modes[0] === "online")) {
    return ["Add a postcode or town above to see what is near you."];
  }
  return [];
}

function outcomeOf(query: FinderQuery, result: GatheringSearchResult, settings: DirectorySettings, now: Date) {
  const pages = Math.max(1, Math.ceil(result.total / finderPageSize));
  const hits = result.isPlaceUnknown ? [] : result.hits;
  const pageLink = (page: number) => withQuery("/find", toSearchParams(query, { page }));
  const points = mapPoints(hits);
  const outcome: FinderOutcome = {
    heading: heading(query, result),
    notes: notes(query, result),
    isPlaceUnknown: result.isPlaceUnknown,
    results: hits.map((hit) => resultView(hit, now, settings.staleAfterDays)),
    paging: {
      text: `Page ${query.page} of ${pages}`,
      previousHref: query.page > 1 ? pageLink(Math.min(query.page - 1, pages)) : null,
      nextHref: query.page < pages ? pageLink(query.page + 1) : null,
    },
    map: points.length ? { ...settings.map, points } : null,
    onlineHref: withQuery(
      "/find",
      toSearchParams({ ...query, ...emptyFilters, place: "", near: null, modes: ["online"] }),
    ),
    withoutFiltersHref: hasFilters(query) ? withQuery("/find", toSearchParams(query, emptyFilters)) : null,
  };
  return outcome;
}

export async function finderView(options: {
  db: Database;
  settings: DirectorySettings;
  params: URLSearchParams;
  now: Date;
  origin: string;
}): Promise<FinderView> {
  const { db, settings, params, now, origin } = options;
  const { query, problems } = parseFinderParams(params);
  const linkParams = toSearchParams(query);
  const head: DocumentHead = {
    title: "Find a recovery meeting or group",
    description:
      "Free recovery meetings, cafés, walks and peer support groups near you or online: SMART Recovery, AA, NA, " +
      "family groups and more. No account needed.",
    canonicalUrl: `${origin}${withQuery("/find", linkParams)}`,
    // A place is worth indexing; every combination of filters is not.
    isIndexable: !hasFilters(query) && !query.near && query.page === 1,
    hasScript: true,
    alternates: [
      ...alternateLinks("directory", null, origin),
      ...alternateLinks("search", toSearchParams(query, { page: 1, order: "soonest" }).toString(), origin),
    ],
  };
  const form = filtersFormView(query);
  if (!isSearch(query)) return { head, form, problems, outcome: null };

  const search = (page: number) =>
    searchGatherings({ db, geocoder: settings.geocoder, search: toGatheringSearch({ ...query, page }), now });
  let result = await search(query.page);
  let page = query.page;
  if (result.hits.length === 0 && result.total > 0) {
    // A page past the end (an old link): show the last one instead of nothing.
    page = Math.ceil(result.total / finderPageSize);
    result = await search(page);
  }
  if (result.location && query.place) head.title = `Meetings and groups near ${result.location.label}`;
  return { head, form, problems, outcome: outcomeOf({ ...query, page }, result, settings, now) };
}
