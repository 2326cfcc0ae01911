// The access audit: one row each time someone reads another person's record.
// Append-only: triggers in the migration refuse UPDATE and DELETE, so the
// application itself cannot rewrite history. Person ids are plain text, not
// foreign keys, so rows outlive an erased account as tombstones.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const accessAudit = sqliteTable(
  "access_audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    viewerPersonId: text("viewer_person_id").notNull(),
    subjectPersonId: text("subject_person_id").notNull(),
    // The organisation through which access was granted, if any.
    organisationId: text("organisation_id"),
    viewerRole: text("viewer_role").notNull(),
    // Why the viewer may see this record, e.g. "staff of the person's organisation".
    relationship: text("relationship").notNull(),
    // Comma-separated GraphQL fields read, e.g. "displayName,role".
    fields: text("fields").notNull(),
    // Where in the API the read happened, e.g. "Organisation.members".
    via: text("via").notNull(),
  },
  (t) => [
    index("access_audit_subject_idx").on(t.subjectPersonId, t.at),
    index("access_audit_organisation_idx").on(t.organisationId, t.at),
  ],
);
