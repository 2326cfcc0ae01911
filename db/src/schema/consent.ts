// Consents, one purpose at a time, kept as a history: each change is a new row
// with the wording the person saw, so we can always show what they agreed to
// and when. The newest row per purpose is the one in force.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

export const consentPurposes = [
  "share_journey_with_mentor",
  "share_journey_with_service",
  "include_in_anonymous_reports",
  "reminders_by_sms",
  "reminders_by_email",
  "reminders_by_push",
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: consentPurposes }).notNull(),
    isGranted: integer("is_granted", { mode: "boolean" }).notNull(),
    wordingVersion: integer("wording_version").notNull(),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  // is_granted covered: anonymous reports check each member's newest choice with one index seek.
  (t) => [index("consents_person_purpose_idx").on(t.personId, t.purpose, t.id, t.isGranted)],
);
