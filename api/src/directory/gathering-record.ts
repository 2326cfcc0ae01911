// A gathering as the directory hands it around: the row, its organisation's
// public name, and its single-occurrence exceptions, loaded in two statements
// however many gatherings are asked for.
import type { Database } from "@kinship/db";
import { gatheringExceptions, gatherings, organisations } from "@kinship/db/schema";
import { eq, inArray, type SQL } from "drizzle-orm";
import type { ScheduleException } from "./schedule";

export type GatheringRow = typeof gatherings.$inferSelect;

export interface GatheringRecord extends GatheringRow {
  organisation: { id: string; name: string; slug: string };
  exceptions: ScheduleException[];
}

const batchSize = 5000; // well under SQLite's bound-parameter limit

export async function loadGatherings(db: Database, where: SQL | undefined): Promise<GatheringRecord[]> {
  const rows = await db
    .select({
      gathering: gatherings,
      organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug },
    })
    .from(gatherings)
    .innerJoin(organisations, eq(organisations.id, gatherings.organisationId))
    .where(where);
  const exceptionsById = new Map<string, ScheduleException[]>();
  const ids = rows.map((row) => row.gathering.id);
  for (let i = 0; i < ids.length; i += batchSize) {
    const found = await db
      .select()
      .from(gatheringExceptions)
      .where(inArray(gatheringExceptions.gatheringId, ids.slice(i, i + batchSize)));
    for (const exception of found) {
      const list = exceptionsById.get(exception.gatheringId) ?? [];
      list.push(exception);
      exceptionsById.set(exception.gatheringId, list);
    }
  }
  return rows.map(({ gathering, organisation }) => ({
    ...gathering,
    organisation,
    exceptions: exceptionsById.get(gathering.id) ?? [],
  }));
}

export async function loadGathering(db: Database, id: string): Promise<GatheringRecord | undefined> {
  const [record] = await loadGatherings(db, eq(gatherings.id, id));
  return record;
}

/**
 * The organisation that owns a gathering, for scope checks. An unknown id gives
 * "", which no one promotes: the same refusal as someone else's listing.
 */
export async function gatheringOwner(db: Database, id: string | number): Promise<string> {
  const [row] = await db
    .select({ organisationId: gatherings.organisationId })
    .from(gatherings)
    .where(eq(gatherings.id, String(id)));
  return row?.organisationId ?? "";
}
