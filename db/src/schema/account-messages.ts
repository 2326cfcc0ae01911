// Account messages (ADR 020): the one-time codes that prove a person holds an
// email address or mobile number (sign-up, forgotten password, a new address),
// and the outbox they leave by. Unlike reminders these are not opt-in and go at
// once, often to someone with no account yet, so they cannot live in
// `reminder_messages` (which needs a person and reads the address at send time).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

// The channels an account message can go by (a subset of the reminder channels, so the same adapters send them).
export const accountMessageChannels = ["sms", "email"] as const;

export const verificationPurposes = ["sign_up", "password_reset", "contact_change"] as const;
export type VerificationPurpose = (typeof verificationPurposes)[number];

const at = (name: string) => integer(name, { mode: "timestamp_ms" });

// One row per code sent (or pretended to be sent: see `codeHash`). Single use,
// 15 minutes, five wrong tries. Rows are deleted a day after they expire.
export const accountVerifications = sqliteTable(
  "account_verifications",
  {
    // Given to the client; also bound into the code's hash, so a code fits one row only.
    id: text("id").primaryKey(),
    purpose: text("purpose", { enum: verificationPurposes }).notNull(),
    // The account it is about (reset, new address); null for a sign-up, which has none yet.
    personId: text("person_id").references(() => people.id, { onDelete: "cascade" }),
    // HMAC-SHA-256 of the code under a key derived from the service's encryption key.
    // Null for a decoy (an address that already has an account, an unknown account):
    // no code can ever succeed, and the answer is the same as for a wrong code.
    codeHash: text("code_hash"),
    // What happens when the code is proven, sealed with the service key and bound to
    // this row: a pending sign-up (name, address, password hash) or the new address.
    payload: text("payload"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
  },
  (t) => [index("account_verifications_expires_idx").on(t.expiresAt)],
);

// The outbox of account messages: the address and the words sealed with the
// service key (a code is a secret until it is used), deleted as soon as the
// provider has them, or when they are too old to help.
export const accountMessages = sqliteTable(
  "account_messages",
  {
    // Also the provider's `reference`.
    id: text("id").primaryKey(),
    channel: text("channel", { enum: accountMessageChannels }).notNull(),
    // So erasing an account removes messages still waiting for it; null before an account exists.
    personId: text("person_id").references(() => people.id, { onDelete: "cascade" }),
    // Sealed JSON: { to, subject, body }.
    sealed: text("sealed").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: at("lease_until"),
    // A short code such as "notify:429:RateLimitError"; never the message or the address.
    lastError: text("last_error"),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("account_messages_due_idx").on(t.nextAttemptAt)],
);
