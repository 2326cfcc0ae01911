// Second factors: an authenticator app (TOTP) and single-use recovery codes.
// Coordinators and admins must use one before they can reach personal data.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

export const totpCredentials = sqliteTable("totp_credentials", {
  personId: text("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  // Encrypted at rest (api/src/crypto/field-cipher.ts), bound to this row.
  encryptedSecret: text("encrypted_secret").notNull(),
  // Null until the person proves their app works by entering a code.
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  // The last time-step accepted, so a code cannot be replayed within its window.
  lastUsedStep: integer("last_used_step"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    // SHA-256 of the code: shown once, never stored readable.
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_person_idx").on(t.personId)],
);
