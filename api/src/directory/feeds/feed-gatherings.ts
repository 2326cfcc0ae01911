// What the feeds read: the listed (not withdrawn) gatherings of the whole
// directory or of one organisation, in a stable order, and when anything in
// that scope last changed, withdrawn listings included: a withdrawal changes a
// feed by taking something out of it.
import type { Database } from "@kinship/db";
import { gatherings, organisations } from "@kinship/db/schema";
import { and, asc, count, eq, gt, inArray, isNull, max, or, type SQL, sql } from "drizzle-orm";
import { type GatheringRecord, loadGatherings } from "../gathering-record";

export interface FeedScope {
  organisationId?: string | undefined;
}

export interface OrganisationDetails {
  id: string;
  name: string;
  slug: string;
  description: string;
  website: string | null;
}

const listed = isNull(gatherings.withdrawnAt);
const inScope = (scope: FeedScope) =>
  scope.organisationId ? eq(gatherings.organisationId, scope.organisationId) : undefined;

// Code-unit order, as SQLite sorts text, so every feed lists in the same order.
const byNameThenId = (a: GatheringRecord, b: GatheringRecord) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export async function listedGatherings(db: Database, scope: FeedScope = {}): Promise<GatheringRecord[]> {
  return (await loadGatherings(db, and(listed, inScope(scope)))).sort(byNameThenId);
}

/** The latest edit in the scope, withdrawn listings included. */
export async function lastEditedAt(db: Database, scope: FeedScope = {}): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(gatherings.updatedAt) })
    .from(gatherings)
    .where(inScope(scope));
  return row?.at ?? null;
}

export interface ServicesFilter extends FeedScope {
  modifiedAfter?: Date | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of listed gatherings, ordered in SQL so only the page is loaded. */
export async function pageOfListedGatherings(db: Database, filter: ServicesFilter) {
  const where = and(
    listed,
    inScope(filter),
    filter.modifiedAfter ? gt(gatherings.updatedAt, filter.modifiedAfter) : undefined,
    filter.search ? matchesText(filter.search) : undefined,
  );
  const [counted] = await db.select({ total: count() }).from(gatherings).where(where);
  const ids = await db
    .select({ id: gatherings.id })
    .from(gatherings)
    .where(where)
    .orderBy(asc(gatherings.name), asc(gatherings.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const records = ids.length
    ? await loadGatherings(
        db,
        inArray(
          gatherings.id,
          ids.map((row) => row.id),
        ),
      )
    : [];
  return { total: counted?.total ?? 0, records: records.sort(byNameThenId) };
}

function matchesText(search: string): SQL | undefined {
  // Searched words are matched literally: % and _ in them are not wildcards.
  const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return or(
    sql`${gatherings.name} like ${pattern} escape '\\'`,
    sql`${gatherings.description} like ${pattern} escape '\\'`,
  );
}

const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  slug: organisations.slug,
  description: organisations.description,
  website: organisations.website,
};
const batchSize = 5000; // well under SQLite's bound-parameter limit

/** The organisations' public details, for the feeds' organisation and entity fields. */
export async function organisationDetails(db: Database, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = new Map<string, OrganisationDetails>();
  for (let i = 0; i < unique.length; i += batchSize) {
    const batch = unique.slice(i, i + batchSize);
    const rows = await db.select(organisationColumns).from(organisations).where(inArray(organisations.id, batch));
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

export async function organisationBySlug(db: Database, slug: string): Promise<OrganisationDetails | undefined> {
  const [row] = await db.select(organisationColumns).from(organisations).where(eq(organisations.slug, slug));
  return row;
}
