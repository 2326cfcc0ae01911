// Treatment phases recorded by keyworkers, goals broken into small steps, and
// lapses. Goal and step wording and lapse notes are the person's own words,
// stored only as ciphertext under their data key.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { json } from "./columns";
import { goalStatuses, treatmentPhases } from "./journey-vocabulary";
import type { SupportNeed } from "./mentoring-vocabulary";

// A history: the newest row per person and organisation is the phase in force.
export const treatmentPhaseRecords = sqliteTable(
  "treatment_phase_records",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    phase: text("phase", { enum: treatmentPhases }).notNull(),
    reviewOn: text("review_on").notNull(),
    recordedByPersonId: text("recorded_by_person_id").references(() => people.id, { onDelete: "set null" }),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("treatment_phase_records_person_idx").on(t.personId, t.organisationId, t.recordedAt),
    index("treatment_phase_records_organisation_idx").on(t.organisationId, t.reviewOn),
  ],
);

export const journeyGoals = sqliteTable(
  "journey_goals",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    titleCipher: text("title_cipher").notNull(),
    needs: json<SupportNeed[]>("needs"),
    // The mentor, when the goal was set together; null when the person set it alone.
    setWithPersonId: text("set_with_person_id").references(() => people.id, { onDelete: "set null" }),
    status: text("status", { enum: goalStatuses }).notNull().default("active"),
    targetOn: text("target_on"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    achievedAt: integer("achieved_at", { mode: "timestamp_ms" }),
    setAsideAt: integer("set_aside_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("journey_goals_person_idx").on(t.personId, t.status)],
);

export const goalSteps = sqliteTable(
  "goal_steps",
  {
    id: text("id").primaryKey(),
    goalId: text("goal_id")
      .notNull()
      .references(() => journeyGoals.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    titleCipher: text("title_cipher").notNull(),
    position: integer("position").notNull(),
    dueOn: text("due_on"),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("goal_steps_goal_idx").on(t.goalId, t.position),
    index("goal_steps_person_idx").on(t.personId, t.doneAt),
  ],
);

// A lapse is a prompt to re-plan, seen only by the person (and their mentor if
// they share their journey): never a counter set back to zero anywhere.
export const lapses = sqliteTable(
  "lapses",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    happenedOn: text("happened_on").notNull(),
    noteCipher: text("note_cipher"),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("lapses_person_idx").on(t.personId, t.happenedOn)],
);
