// The public directory: gatherings (meetings, cafés, walks, groups, one-off
// events) that organisations list, and the single occurrences they cancel or move.
// Nothing here is personal data: contacts are the organisation's, never a member's.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";

export const gatheringKinds = [
  "smart_recovery",
  "alcoholics_anonymous",
  "narcotics_anonymous",
  "cocaine_anonymous",
  "crystal_meth_anonymous",
  "al_anon",
  "other_fellowship",
  "recovery_cafe",
  "recovery_walk",
  "peer_support_group",
  "family_carers_group",
  "social_event",
  "training",
] as const;
export type GatheringKind = (typeof gatheringKinds)[number];

// Stored, never inferred from whether a link exists: an online link on an
// in-person meeting is often a leftover, and sending someone to an empty hall
// (or an empty video call) is the worst outcome for a finder.
export const attendanceModes = ["in_person", "online", "hybrid"] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

export const accessibilityFeatures = [
  "step_free",
  "accessible_toilet",
  "hearing_loop",
  "british_sign_language",
  "quiet_space",
  "parking",
  "near_public_transport",
  "baby_changing",
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export const occurrenceChanges = ["cancelled", "moved"] as const;
export type OccurrenceChange = (typeof occurrenceChanges)[number];

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
};

export const gatherings = sqliteTable(
  "gatherings",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: gatheringKinds }).notNull(),
    /** What to expect, in the organiser's words. Rendered as plain text only. */
    description: text("description").notNull().default(""),
    attendanceMode: text("attendance_mode", { enum: attendanceModes }).notNull(),
    // The schedule is a local date and wall-clock time in an IANA zone plus an
    // RFC 5545 RRULE (null for a one-off event), so "7pm every Monday" stays
    // 7pm across the clock changes.
    timezone: text("timezone").notNull().default("Europe/London"),
    startsOn: text("starts_on").notNull(),
    startTime: text("start_time").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    recurrence: text("recurrence"),
    /** The whole series or event is called off; its page stays up, marked cancelled. */
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    venueName: text("venue_name"),
    address: text("address"),
    town: text("town"),
    postcode: text("postcode"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    accessibility: text("accessibility", { mode: "json" }).$type<AccessibilityFeature[]>().notNull().default([]),
    accessibilityNotes: text("accessibility_notes"),
    onlineUrl: text("online_url"),
    onlinePhone: text("online_phone"),
    onlineNotes: text("online_notes"),
    /** Meeting Guide type codes (upper case) where one exists, our own (lower case) otherwise. */
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    website: text("website"),
    lastConfirmedAt: integer("last_confirmed_at", { mode: "timestamp_ms" }).notNull(),
    /** Withdrawn listings leave the finder and the feeds (e.g. vanished from an import source). */
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
    // Imported listings remember where they came from, what the source said last
    // (a fingerprint), and when someone here last edited them, so a re-import
    // updates rather than duplicates and never silently overwrites a local edit.
    sourceId: text("source_id"),
    sourceRecordId: text("source_record_id"),
    sourceFingerprint: text("source_fingerprint"),
    locallyEditedAt: integer("locally_edited_at", { mode: "timestamp_ms" }),
    ...timestamps,
  },
  (t) => [
    index("gatherings_organisation_idx").on(t.organisationId),
    // Location searches scan a latitude band, then check longitude and distance.
    index("gatherings_latitude_idx").on(t.latitude),
    index("gatherings_attendance_mode_idx").on(t.attendanceMode),
    // The offline geocoder places an outward code at the venues we already know in it.
    index("gatherings_postcode_idx").on(t.postcode),
    uniqueIndex("gatherings_source_record_unique").on(t.sourceId, t.sourceRecordId),
  ],
);

/** One occurrence of a series, cancelled or moved, without touching the series. */
export const gatheringExceptions = sqliteTable(
  "gathering_exceptions",
  {
    id: text("id").primaryKey(),
    gatheringId: text("gathering_id")
      .notNull()
      .references(() => gatherings.id, { onDelete: "cascade" }),
    /** The local date the occurrence was due on. */
    occurrenceOn: text("occurrence_on").notNull(),
    change: text("change", { enum: occurrenceChanges }).notNull(),
    movedToOn: text("moved_to_on"),
    movedToTime: text("moved_to_time"),
    note: text("note"),
    ...timestamps,
  },
  (t) => [uniqueIndex("gathering_exceptions_occurrence_unique").on(t.gatheringId, t.occurrenceOn)],
);

/** What the public may propose about a listing: plain-text fields only, applied by a moderator. */
export const suggestableFields = [
  "name",
  "description",
  "whenText",
  "venueName",
  "address",
  "town",
  "postcode",
  "accessibilityNotes",
  "onlineUrl",
  "onlinePhone",
  "onlineNotes",
  "contactEmail",
  "contactPhone",
  "website",
] as const;
export type SuggestableField = (typeof suggestableFields)[number];
export const suggestionStatuses = ["pending", "accepted", "rejected"] as const;

// Suggestions from the public and members, waiting for the organisation's
// moderators. Never shown publicly; who suggested is kept only as "signed in
// or not" for the moderator; the person's id lets them export and erase it.
export const listingSuggestions = sqliteTable(
  "listing_suggestions",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** null: a new listing is being suggested. */
    gatheringId: text("gathering_id").references(() => gatherings.id, { onDelete: "cascade" }),
    changes: text("changes", { mode: "json" }).$type<Partial<Record<SuggestableField, string>>>().notNull(),
    message: text("message").notNull().default(""),
    // Erasing the person leaves the suggestion, anonymous, for the moderators.
    suggestedByPersonId: text("suggested_by_person_id").references(() => people.id, { onDelete: "set null" }),
    status: text("status", { enum: suggestionStatuses }).notNull().default("pending"),
    moderatedByPersonId: text("moderated_by_person_id").references(() => people.id, { onDelete: "set null" }),
    moderatedAt: integer("moderated_at", { mode: "timestamp_ms" }),
    moderationNote: text("moderation_note"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("listing_suggestions_queue_idx").on(t.organisationId, t.status, t.createdAt)],
);

export const attendanceStatuses = ["going", "attended"] as const;

// Who said they are going to, or checked in at, one occurrence. Personal data:
// only the person and the organisation's coordinators see it (audited), and it
// is what later shows a person's growing connection to recovery communities.
export const gatheringAttendance = sqliteTable(
  "gathering_attendance",
  {
    id: text("id").primaryKey(),
    gatheringId: text("gathering_id")
      .notNull()
      .references(() => gatherings.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    occurrenceOn: text("occurrence_on").notNull(),
    status: text("status", { enum: attendanceStatuses }).notNull(),
    goingAt: integer("going_at", { mode: "timestamp_ms" }),
    checkedInAt: integer("checked_in_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("gathering_attendance_unique").on(t.gatheringId, t.occurrenceOn, t.personId),
    index("gathering_attendance_person_idx").on(t.personId),
    // Dashboards and reports count check-ins (status attended) at a gathering between dates, and who came.
    index("gathering_attendance_occurrence_idx").on(t.gatheringId, t.status, t.occurrenceOn, t.personId),
  ],
);

// The code behind an organiser's check-in QR for one occurrence. Only its
// SHA-256 is stored, like a session secret, and it expires after the gathering.
export const checkInCodes = sqliteTable("check_in_codes", {
  codeHash: text("code_hash").primaryKey(),
  gatheringId: text("gathering_id")
    .notNull()
    .references(() => gatherings.id, { onDelete: "cascade" }),
  occurrenceOn: text("occurrence_on").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});
