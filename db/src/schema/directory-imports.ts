// Feeds the directory imports from: another directory's Meeting Guide JSON or a
// BMLT server's search results, on demand or on a schedule, into one organisation.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./accounts";
import type { GatheringKind } from "./directory";

export const importFormats = ["meeting_guide", "bmlt"] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importSources = sqliteTable("import_sources", {
  id: text("id").primaryKey(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  format: text("format", { enum: importFormats }).notNull(),
  url: text("url"),
  /** Meeting Guide feeds do not say which fellowship they list. */
  defaultKind: text("default_kind").$type<GatheringKind>().notNull(),
  /** 0: on demand only. */
  everyHours: integer("every_hours").notNull().default(0),
  lastRunAt: integer("last_run_at", { mode: "timestamp_ms" }),
  /** The last run's report (counts, conflicts, invalid records), for the organisers. */
  lastReport: text("last_report", { mode: "json" }).$type<Record<string, unknown>>(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});
