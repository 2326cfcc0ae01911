// Support sessions a mentor logs, and the follow-ups agreed in them. Notes,
// concerns and follow-ups are stored only as ciphertext under the mentee's own
// data key, so erasing the mentee makes every copy unreadable.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { json } from "./columns";
import { mentoringMatches } from "./mentoring-matches";
import type { SupportNeed } from "./mentoring-vocabulary";

export const contactModes = ["in_person", "phone", "video", "text", "accompanied"] as const;
export type ContactMode = (typeof contactModes)[number];

export const signpostTargets = [
  "housing_service",
  "jobcentre",
  "gp",
  "mutual_aid",
  "college",
  "drug_alcohol_service",
  "mental_health_service",
  "debt_advice",
  "food_bank",
  "recovery_cafe",
  "other_service",
] as const;
export type SignpostTarget = (typeof signpostTargets)[number];

export const supportSessions = sqliteTable(
  "support_sessions",
  {
    id: text("id").primaryKey(),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    mentorPersonId: text("mentor_person_id").references(() => people.id, { onDelete: "set null" }),
    menteePersonId: text("mentee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    heldOn: text("held_on").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    travelMinutes: integer("travel_minutes").notNull().default(0),
    contactMode: text("contact_mode", { enum: contactModes }).notNull(),
    topics: json<SupportNeed[]>("topics"),
    signposting: json<SignpostTarget[]>("signposting"),
    // Encrypted under the mentee's data key.
    notesCipher: text("notes_cipher"),
    hasConcern: integer("has_concern", { mode: "boolean" }).notNull().default(false),
    concernCipher: text("concern_cipher"),
    concernAcknowledgedAt: integer("concern_acknowledged_at", { mode: "timestamp_ms" }),
    concernAcknowledgedByPersonId: text("concern_acknowledged_by_person_id").references(() => people.id, {
      onDelete: "set null",
    }),
    concernResponseCipher: text("concern_response_cipher"),
    confirmedByMenteeAt: integer("confirmed_by_mentee_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("support_sessions_match_idx").on(t.matchId, t.heldOn),
    index("support_sessions_mentee_idx").on(t.menteePersonId, t.heldOn),
    index("support_sessions_concern_idx").on(t.organisationId, t.hasConcern, t.concernAcknowledgedAt),
    // Dashboards and reports count an organisation's sessions by month, adding up
    // their length and counting the people in them: covering those columns makes
    // it an index-only scan (about ten times faster over a busy service's year).
    index("support_sessions_organisation_held_idx").on(
      t.organisationId,
      t.heldOn,
      t.durationMinutes,
      t.menteePersonId,
      t.mentorPersonId,
    ),
  ],
);

export const followUpActions = sqliteTable(
  "follow_up_actions",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => supportSessions.id, { onDelete: "cascade" }),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    // Encrypted under the mentee's data key: an action often names their situation.
    descriptionCipher: text("description_cipher").notNull(),
    dueOn: text("due_on").notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("follow_up_actions_match_idx").on(t.matchId, t.doneAt, t.dueOn)],
);
