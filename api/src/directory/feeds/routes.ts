// The directory's outgoing feeds: Meeting Guide JSON, iCalendar subscriptions
// and an Open Referral UK read API. Public, no cookies read, cached by anyone
// for five minutes and revalidated by ETag or Last-Modified (http-caching.ts).
import { type Context, Hono } from "hono";
import { z } from "zod";
import { type GatheringRecord, loadGathering } from "../gathering-record";
import type { DirectoryRouteDeps } from "../routes";
import { searchGatherings } from "../search-gatherings";
import {
  type FeedScope,
  lastEditedAt,
  listedGatherings,
  organisationBySlug,
  organisationDetails,
  pageOfListedGatherings,
} from "./feed-gatherings";
import { savedSearchFrom } from "./feed-search-params";
import { feedResponse } from "./http-caching";
import { icalendarFor } from "./icalendar";
import { meetingGuideFeed } from "./meeting-guide-feed";
import { hsdsPage, hsdsService } from "./open-referral";
import { lastClockChange, seriesWindow } from "./series-window";

const json = "application/json; charset=utf-8";
const calendar = "text/calendar; charset=utf-8";
// Ids are UUIDs and slugs are short; anything far longer need not reach the database.
const maxKeyLength = 100;

const ZServicesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  organization_id: z.string().max(maxKeyLength).optional(),
  modified_after: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
  search: z.string().trim().max(100).optional(),
});

const latest = (...dates: (Date | null)[]) =>
  dates.reduce<Date | null>((found, date) => (date && (!found || date > found) ? date : found), null);

function notFound(c: Context, message: string, type: "json" | "text") {
  c.header("Cache-Control", "public, max-age=60");
  c.header("Access-Control-Allow-Origin", "*");
  return type === "json" ? c.json({ error: message }, 404) : c.text(message, 404);
}

export function feedRoutes(deps: DirectoryRouteDeps) {
  const app = new Hono();
  const originOf = (c: Context) => deps.publicOrigin ?? new URL(c.req.url).origin;
  const organisationFor = async (c: Context) => {
    const slug = c.req.param("slug") ?? "";
    return slug.length <= maxKeyLength ? organisationBySlug(deps.getDb(c), slug) : undefined;
  };
  const listedGathering = async (c: Context) => {
    const id = c.req.param("id") ?? "";
    const gathering = id.length <= maxKeyLength ? await loadGathering(deps.getDb(c), id) : undefined;
    // Withdrawn listings are gone for everyone outside, exactly like ones that never existed.
    return gathering && !gathering.withdrawnAt ? gathering : undefined;
  };

  const meetingGuide = async (c: Context, scope: FeedScope) => {
    const db = deps.getDb(c);
    const now = deps.now();
    const gatherings = await listedGatherings(db, scope);
    const organisations = await organisationDetails(
      db,
      gatherings.map((gathering) => gathering.organisationId),
    );
    const { meetings, clockChangedAt } = meetingGuideFeed(gatherings, { origin: originOf(c), organisations, now });
    const lastModified = latest(await lastEditedAt(db, scope), clockChangedAt);
    return feedResponse(c, { body: JSON.stringify(meetings), contentType: json, lastModified }, now);
  };

  app.get("/feeds/meeting-guide.json", (c) => meetingGuide(c, {}));
  app.get("/organisations/:slug/meeting-guide.json", async (c) => {
    const organisation = await organisationFor(c);
    if (!organisation) return notFound(c, "There is no organisation at this address.", "json");
    return meetingGuide(c, { organisationId: organisation.id });
  });

  const icalendar = (c: Context, name: string, gatherings: readonly GatheringRecord[], lastModified: Date | null) =>
    feedResponse(
      c,
      { body: icalendarFor({ name, gatherings, origin: originOf(c) }), contentType: calendar, lastModified },
      deps.now(),
    );

  app.get("/gatherings/:id/calendar.ics", async (c) => {
    const gathering = await listedGathering(c);
    if (!gathering) return notFound(c, "This listing is not in the directory.", "text");
    return icalendar(c, gathering.name, [gathering], gathering.updatedAt);
  });

  app.get("/organisations/:slug/calendar.ics", async (c) => {
    const organisation = await organisationFor(c);
    if (!organisation) return notFound(c, "There is no organisation at this address.", "text");
    const db = deps.getDb(c);
    const scope = { organisationId: organisation.id };
    return icalendar(c, organisation.name, await listedGatherings(db, scope), await lastEditedAt(db, scope));
  });

  // A saved search: which gatherings match depends on the clock and on places
  // found by the geocoder, not only on edits, so only the ETag validates it.
  app.get("/calendar.ics", async (c) => {
    const result = await searchGatherings({
      db: deps.getDb(c),
      geocoder: deps.getDirectory(c).geocoder,
      search: savedSearchFrom(new URL(c.req.url).searchParams),
      now: deps.now(),
    });
    // A place we cannot find gives an empty calendar, not the whole directory.
    const gatherings = result.isPlaceUnknown ? [] : result.hits.map((hit) => hit.gathering);
    gatherings.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    const name = result.location ? `Gatherings near ${result.location.label}` : "Gatherings from your search";
    return icalendar(c, name, gatherings, null);
  });

  app.get("/services", async (c) => {
    const query = ZServicesQuery.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
    if (!query.success) {
      c.header("Access-Control-Allow-Origin", "*");
      return c.json(
        {
          error:
            "Some query values could not be used: page and per_page must be whole numbers (per_page at most 200), " +
            "and modified_after a date and time such as 2026-10-01T00:00:00Z.",
        },
        400,
      );
    }
    const { page, per_page: perPage, organization_id: organisationId, modified_after, search } = query.data;
    const db = deps.getDb(c);
    const now = deps.now();
    const filter = { organisationId, modifiedAfter: modified_after, search: search || undefined };
    const { total, records } = await pageOfListedGatherings(db, {
      ...filter,
      limit: perPage,
      offset: (page - 1) * perPage,
    });
    const organisations = await organisationDetails(
      db,
      records.map((record) => record.organisationId),
    );
    const services = records.map((record) => hsdsService(record, { origin: originOf(c), organisations, now }));
    const lastModified = latest(
      await lastEditedAt(db, { organisationId }),
      lastClockChange(records.map(seriesWindow), now),
    );
    const body = JSON.stringify(hsdsPage(services, { total, page, perPage }));
    return feedResponse(c, { body, contentType: json, lastModified }, now);
  });

  app.get("/services/:id", async (c) => {
    const gathering = await listedGathering(c);
    if (!gathering) return notFound(c, "There is no service with this id.", "json");
    const now = deps.now();
    const organisations = await organisationDetails(deps.getDb(c), [gathering.organisationId]);
    const service = hsdsService(gathering, { origin: originOf(c), organisations, now });
    const lastModified = latest(gathering.updatedAt, lastClockChange([seriesWindow(gathering)], now));
    return feedResponse(c, { body: JSON.stringify(service), contentType: json, lastModified }, now);
  });

  return app;
}
