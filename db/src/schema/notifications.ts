// Messages to people inside Kinship: a vetting lapse, a safeguarding concern to
// acknowledge, a match to accept, hours decided, a milestone. Plain words and a
// link, never the sensitive detail itself. Delivery by SMS or email (with
// consent) reads from here.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people } from "./accounts";

export const notificationKinds = [
  "vetting_lapsed",
  "vetting_expiring",
  "safeguarding_concern",
  "match_offered",
  "match_proposed",
  "match_accepted",
  "match_declined",
  "match_changed",
  "session_logged",
  "hours_decided",
  "milestone_reached",
  "contact_nudge",
  "disengagement_alert",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notifications = sqliteTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    message: text("message").notNull(),
    // A path inside the app, e.g. /mentoring/concerns.
    link: text("link").notNull(),
    // Makes a sweep idempotent: the same lapse is told once.
    dedupeKey: text("dedupe_key"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("notifications_person_idx").on(t.personId, t.createdAt),
    uniqueIndex("notifications_dedupe_unique").on(t.personId, t.dedupeKey),
  ],
);
