// Recovery-capital check-ins: the instruments (definitions as data, either the
// built-in one or one an organisation is licensed to load), which instrument an
// organisation uses, and each person's answers over time.
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import type { InstrumentDefinition } from "./journey-vocabulary";

export const recoveryInstruments = sqliteTable(
  "recovery_instruments",
  {
    id: text("id").primaryKey(),
    // Null: the built-in instrument, open to everyone. Otherwise only that organisation's people use it.
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    // Whose instrument it is and under what licence, shown with every result.
    attribution: text("attribution").notNull(),
    definition: text("definition", { mode: "json" }).$type<InstrumentDefinition>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    // Retired instruments stay so that past check-ins keep their meaning.
    retiredAt: integer("retired_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("recovery_instruments_code_version_unique").on(t.organisationId, t.code, t.version)],
);

// The instrument an organisation's people are offered; without a row, the built-in one.
export const journeySettings = sqliteTable("journey_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  instrumentId: text("instrument_id")
    .notNull()
    .references(() => recoveryInstruments.id),
  checkInEveryWeeks: integer("check_in_every_weeks").notNull().default(6),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const recoveryCheckIns = sqliteTable(
  "recovery_check_ins",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    instrumentId: text("instrument_id")
      .notNull()
      .references(() => recoveryInstruments.id),
    takenOn: text("taken_on").notNull(),
    // Item code → the value chosen on the instrument's scale.
    answers: text("answers", { mode: "json" }).$type<Record<string, number>>().notNull(),
    // 0–100 share of the possible score after reversed items are turned round,
    // stored so that trends and anonymous aggregates need no definition at hand.
    scorePercent: real("score_percent").notNull(),
    // The person's own words about how things are; encrypted under their data key.
    noteCipher: text("note_cipher"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("recovery_check_ins_person_idx").on(t.personId, t.takenOn)],
);
