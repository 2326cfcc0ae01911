// One data key per person, wrapped (encrypted) by the configured envelope key.
// Notes about a person are encrypted under their key; erasing the person deletes
// this row, and every note about them becomes unreadable everywhere at once.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

export const personDataKeys = sqliteTable("person_data_keys", {
  personId: text("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  wrappedKey: text("wrapped_key").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});
