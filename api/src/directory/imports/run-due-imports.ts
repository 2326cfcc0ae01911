// Scheduled imports: every source whose interval has passed is claimed with a
// conditional update (so two schedulers, or two Worker invocations, never run
// the same source for the same slot), fetched and imported. Called by the Node
// server's timer and by the Worker's Cron Trigger.
import { type Database, schema } from "@kinship/db";
import { and, eq, gt, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Geocoder } from "../geocoding/geocoder";
import { fetchFeed } from "./fetch-feed";
import { emptyReport, type ImportReport, runImport } from "./run-import";

export async function runDueImports(
  db: Database,
  geocoder: Geocoder,
  now: Date,
  fetchOptions: Parameters<typeof fetchFeed>[1] = {},
): Promise<ImportReport[]> {
  const { importSources } = schema;
  const due = await db
    .select()
    .from(importSources)
    .where(
      and(
        gt(importSources.everyHours, 0),
        or(
          isNull(importSources.lastRunAt),
          sql`${importSources.lastRunAt} + ${importSources.everyHours} * 3600000 <= ${now.getTime()}`,
        ),
      ),
    );
  const reports: ImportReport[] = [];
  for (const source of due) {
    if (!source.url) continue;
    const sameAsSeen: SQL = source.lastRunAt
      ? eq(importSources.lastRunAt, source.lastRunAt)
      : isNull(importSources.lastRunAt);
    const claimed = await db
      .update(importSources)
      .set({ lastRunAt: now })
      .where(and(eq(importSources.id, source.id), sameAsSeen))
      .returning({ id: importSources.id });
    if (claimed.length === 0) continue; // another scheduler took this slot
    const { feed, error } = await fetchFeed(source.url, fetchOptions);
    if (error) {
      const report = { ...emptyReport(now), error };
      await db
        .update(importSources)
        .set({ lastReport: report as unknown as Record<string, unknown> })
        .where(eq(importSources.id, source.id));
      reports.push(report);
      continue;
    }
    // The claim moved lastRunAt; local edits are judged against the previous run.
    reports.push(await runImport({ db, geocoder, source, feed, now }));
  }
  return reports;
}
