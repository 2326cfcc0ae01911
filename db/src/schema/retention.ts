// Retention: how long each organisation keeps the detail of closed mentoring
// cases, and which closed cases the schedule has already cleared (so it never
// does one twice and each run's work stays bounded).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./accounts";
import { mentorRequests } from "./mentoring-matches";

// Per organisation; an organisation without a row uses the default in the API.
export const retentionSettings = sqliteTable("retention_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  // Months after a case closes before its notes, concerns, follow-ups and history are cleared.
  closedCaseMonths: integer("closed_case_months").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// One row per closed case (a request for a mentor and its matches) whose detail
// has been cleared. It goes with the request, so erasing the person removes it too.
export const retentionClearedCases = sqliteTable(
  "retention_cleared_cases",
  {
    requestId: text("request_id")
      .primaryKey()
      .references(() => mentorRequests.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    clearedAt: integer("cleared_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("retention_cleared_cases_organisation_idx").on(t.organisationId, t.clearedAt)],
);
