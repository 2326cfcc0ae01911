// A person's own map of the people and groups in their life, snapshots of it
// over time (for growth charts), and the platform suggestions they set aside.
// Labels ("Mum", "Tuesday NA") are stored only as ciphertext under their data key.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";
import { connectionInfluences, connectionKinds, type SnapshotConnection } from "./journey-vocabulary";

export const networkConnections = sqliteTable(
  "network_connections",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    labelCipher: text("label_cipher").notNull(),
    kind: text("kind", { enum: connectionKinds }).notNull(),
    influence: text("influence", { enum: connectionInfluences }).notNull(),
    // 1 closest … 3 furthest.
    closeness: integer("closeness").notNull(),
    // Where an accepted suggestion came from ("match:<id>", "gathering:<id>", "volunteering:<organisation id>").
    suggestionKey: text("suggestion_key"),
    addedOn: text("added_on").notNull(),
    // Removed connections stay (without being drawn) so the history stays true.
    removedOn: text("removed_on"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("network_connections_person_idx").on(t.personId, t.removedOn),
    uniqueIndex("network_connections_suggestion_unique").on(t.personId, t.suggestionKey),
  ],
);

// One row per person per day the map changed: counts for charts and aggregates,
// and the shape of the map without any names.
export const networkSnapshots = sqliteTable(
  "network_snapshots",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    takenOn: text("taken_on").notNull(),
    connectionCount: integer("connection_count").notNull(),
    supportiveCount: integer("supportive_count").notNull(),
    usingCount: integer("using_count").notNull(),
    recoveryCommunityCount: integer("recovery_community_count").notNull(),
    connections: text("connections", { mode: "json" }).$type<SnapshotConnection[]>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("network_snapshots_person_day_unique").on(t.personId, t.takenOn)],
);

export const networkSuggestionDismissals = sqliteTable(
  "network_suggestion_dismissals",
  {
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    suggestionKey: text("suggestion_key").notNull(),
    dismissedAt: integer("dismissed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.suggestionKey] })],
);
