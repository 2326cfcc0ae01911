// Keeping in touch in a live match: planned contacts that did not happen, each
// organisation's thresholds for noticing that someone has gone quiet, and every
// nudge and alert sent about it (one of each per match per quiet spell, which is
// what makes the hourly sweep safe to repeat).
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { mentoringMatches } from "./mentoring-matches";
import { contactModes } from "./support-sessions";

const at = (name: string) => integer(name, { mode: "timestamp_ms" });

// Per organisation; an organisation without a row uses the defaults in the API (14 and 7 days).
export const disengagementSettings = sqliteTable("disengagement_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  // Days with no contact before the mentor is nudged.
  nudgeAfterDays: integer("nudge_after_days").notNull(),
  // Further days after the nudge, still with no contact, before coordinators are alerted.
  alertAfterDays: integer("alert_after_days").notNull(),
  updatedAt: at("updated_at").notNull(),
});

export const disengagementSignalKinds = ["nudge", "alert"] as const;
export type DisengagementSignalKind = (typeof disengagementSignalKinds)[number];

export const disengagementSignals = sqliteTable(
  "disengagement_signals",
  {
    id: text("id").primaryKey(),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: disengagementSignalKinds }).notNull(),
    // The London date the quiet spell is counted from: the last contact, the start, or the resume.
    quietSinceOn: text("quiet_since_on").notNull(),
    daysQuiet: integer("days_quiet").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [uniqueIndex("disengagement_signals_spell_unique").on(t.matchId, t.kind, t.quietSinceOn)],
);

// A contact the mentor planned that did not happen. It is not contact: it is kept
// so the history a coordinator reads shows the attempts as well as the silence.
export const missedContacts = sqliteTable(
  "missed_contacts",
  {
    id: text("id").primaryKey(),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    menteePersonId: text("mentee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    plannedOn: text("planned_on").notNull(),
    contactMode: text("contact_mode", { enum: contactModes }).notNull(),
    recordedByPersonId: text("recorded_by_person_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("missed_contacts_match_idx").on(t.matchId, t.plannedOn)],
);

export const plannedContactKinds = ["support_session", "accompanied_appointment"] as const;
export type PlannedContactKind = (typeof plannedContactKinds)[number];

// The next contact a mentor and the person agreed: a catch-up, or the mentor going
// with them to an appointment. Both are reminded the day before and on the day;
// the reminders are written in the same batch as the row and cancelled with it.
// No place or purpose is stored: the time is all a reminder needs.
export const plannedContacts = sqliteTable(
  "planned_contacts",
  {
    id: text("id").primaryKey(),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    menteePersonId: text("mentee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: plannedContactKinds }).notNull(),
    contactMode: text("contact_mode", { enum: contactModes }).notNull(),
    startsAt: at("starts_at").notNull(),
    // Called off, moved (a new row is written) or recorded as missed.
    cancelledAt: at("cancelled_at"),
    createdByPersonId: text("created_by_person_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("planned_contacts_match_idx").on(t.matchId, t.startsAt)],
);
