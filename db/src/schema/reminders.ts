// Reminders by text message, email and web push: what each person chose (the channels
// themselves are their `reminders_by_sms` / `_email` / `_push` consents), the
// outbox the worker sends from, the stop links in each message, the development
// outbox that stands in for a provider, and the scheduler's claimed slots.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

export const reminderChannels = ["sms", "email", "push"] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

// What a reminder is about. Stored as text, so a new kind needs no migration.
export const reminderKinds = [
  "support_session",
  "accompanied_appointment",
  "gathering",
  "check_in_due",
  "goal_step_due",
  "vetting_expiring",
  "listing_stale",
  "hours_digest",
  "mentor_nudge",
  "coordinator_alert",
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

// pending → sending → sent | failed; pending → cancelled (the cause went away, or
// the person stopped reminders) | skipped (no consent, no address, too late).
export const reminderStatuses = ["pending", "sending", "sent", "failed", "cancelled", "skipped"] as const;
export type ReminderStatus = (typeof reminderStatuses)[number];

export const reminderProviders = ["notify", "smtp", "development", "web_push"] as const;
export type ReminderProvider = (typeof reminderProviders)[number];

const at = (name: string) => integer(name, { mode: "timestamp_ms" });

// Without a row: quiet 21:00–08:00, at most 3 a day, discreet.
export const reminderPreferences = sqliteTable("reminder_preferences", {
  personId: text("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  // "HH:MM" on the Europe/London clock; both null means no quiet hours.
  quietFrom: text("quiet_from"),
  quietUntil: text("quiet_until"),
  dailyLimit: integer("daily_limit").notNull().default(3),
  // Whether messages may name Kinship, the organisation and what they are about.
  mayNameService: integer("may_name_service", { mode: "boolean" }).notNull().default(false),
  updatedAt: at("updated_at").notNull(),
});

// The transactional outbox: one row per message to one person on one channel,
// written in the same batch as the change that causes it.
export const reminderMessages = sqliteTable(
  "reminder_messages",
  {
    // Also the provider's `reference`, so a send can be looked up after a crash.
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ReminderKind>().notNull(),
    // The same key for the same person and channel is stored once: enqueuing twice is a no-op.
    dedupeKey: text("dedupe_key").notNull(),
    channel: text("channel", { enum: reminderChannels }).notNull(),
    // Composed from templates at enqueue time: the discreet words, and the words
    // that may name the service (used only if the person allows it when it is sent).
    text: text("text").notNull(),
    namedText: text("named_text").notNull(),
    dueAt: at("due_at").notNull(),
    // Not sent after this (a reminder of yesterday's session is no use).
    expiresAt: at("expires_at").notNull(),
    status: text("status", { enum: reminderStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: at("lease_until"),
    // A worker's lease ran out while it held this message: a send may have reached
    // the provider, so look it up by reference before sending again.
    isUncertain: integer("is_uncertain", { mode: "boolean" }).notNull().default(false),
    provider: text("provider", { enum: reminderProviders }),
    providerId: text("provider_id"),
    deliveryStatus: text("delivery_status"),
    deliveryCheckedAt: at("delivery_checked_at"),
    // A short code such as "notify:429:RateLimitError"; never the message or address.
    lastError: text("last_error"),
    sentAt: at("sent_at"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("reminder_messages_dedupe_unique").on(t.personId, t.channel, t.dedupeKey),
    index("reminder_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("reminder_messages_person_sent_idx").on(t.personId, t.sentAt),
  ],
);

// Stop links: `/stop/<token>`; only SHA-256(token) is stored, like session secrets.
export const reminderStopTokens = sqliteTable(
  "reminder_stop_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    messageId: text("message_id").references(() => reminderMessages.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
  },
  (t) => [index("reminder_stop_tokens_person_idx").on(t.personId)],
);

// What the development sink "sent", for the local page /dev/outbox. Never used
// in production: there a real provider is configured, or nothing is sent.
// `messageId` is the provider reference: a reminder's id, or an account
// message's (ADR 020), which is deleted once sent, hence no foreign key. A sign-up
// code has no person yet, hence the nullable `personId`.
export const developmentOutbox = sqliteTable("development_outbox", {
  id: text("id").primaryKey(),
  messageId: text("message_id").notNull().unique(),
  personId: text("person_id").references(() => people.id, { onDelete: "cascade" }),
  channel: text("channel", { enum: reminderChannels }).notNull(),
  recipient: text("recipient").notNull(),
  subject: text("subject"),
  body: text("body").notNull(),
  sentAt: at("sent_at").notNull(),
});

// One row per scheduled job and time slot, inserted before the job runs: two
// schedulers (two Node processes, or overlapping Cron invocations) never run
// the same slot twice.
export const scheduledRuns = sqliteTable(
  "scheduled_runs",
  {
    job: text("job").notNull(),
    // e.g. "2026-11-23T13:40Z" for a job run every minute.
    slot: text("slot").notNull(),
    claimedBy: text("claimed_by").notNull(),
    claimedAt: at("claimed_at").notNull(),
    finishedAt: at("finished_at"),
    outcome: text("outcome", { mode: "json" }).$type<Record<string, number>>().default(sql`'{}'`),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);

// Web push: one row per browser a person allowed notifications in. The endpoint is
// a capability URL and the keys let us encrypt for that browser, so they are never
// logged and go with the person on erasure. A push service answering 404/410 means
// the browser unsubscribed: the row is removed.
export const pushSubscriptions = sqliteTable(
  "push_subscriptions",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    // The browser's P-256 public key and auth secret (RFC 8291), base64url.
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: at("created_at").notNull(),
    lastSentAt: at("last_sent_at"),
  },
  (t) => [index("push_subscriptions_person_idx").on(t.personId)],
);
