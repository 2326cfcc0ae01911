// Accounts: organisations, the people who use Kinship, their roles, and sign-in sessions.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const organisationKinds = ["treatment_service", "recovery_community", "mutual_aid_group"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

// Ordered by responsibility: progression runs member → volunteer → peer mentor →
// recovery champion, and coordinators and admins run the organisation.
export const roles = ["member", "volunteer", "peer_mentor", "recovery_champion", "coordinator", "admin"] as const;
export type Role = (typeof roles)[number];

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind", { enum: organisationKinds }).notNull(),
  town: text("town").notNull(),
  website: text("website"),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

// Only what is needed to sign in and be addressed: no legal name, no date of birth.
// The display name may be a pseudonym. Email and mobile are stored normalised
// (lower-case email, E.164 mobile) so that uniqueness means what a person expects.
export const people = sqliteTable(
  "people",
  {
    id: text("id").primaryKey(),
    displayName: text("display_name").notNull(),
    email: text("email"),
    mobile: text("mobile"),
    passwordHash: text("password_hash").notNull(),
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("people_email_unique").on(t.email), uniqueIndex("people_mobile_unique").on(t.mobile)],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: roles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_person_organisation_unique").on(t.personId, t.organisationId),
    // person_id and role covered: reports walk an organisation's members (by role) without reading each row.
    index("memberships_organisation_idx").on(t.organisationId, t.personId, t.role),
  ],
);

// Lucia's design: the cookie holds `<id>.<secret>`; only SHA-256(secret) is stored
// (hex), so a leaked table cannot be replayed as cookies.
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    // A coarse device label ("Firefox on Android") so people can recognise their sessions.
    device: text("device").notNull().default("Unknown device"),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    // When this session proved a second factor; staff need it to reach personal data.
    secondFactorAt: integer("second_factor_at", { mode: "timestamp_ms" }),
    // When this session last proved the password again; changing an email, a
    // mobile or a second factor needs that within the last few minutes.
    reauthenticatedAt: integer("reauthenticated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

// Failed sign-in counters. Keys are SHA-256 hashes of "account:<id>" or
// "address:<ip>", so the table holds no email addresses or IP addresses.
export const signInThrottle = sqliteTable("sign_in_throttle", {
  keyHash: text("key_hash").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: integer("window_started_at", { mode: "timestamp_ms" }).notNull(),
  blockedUntil: integer("blocked_until", { mode: "timestamp_ms" }),
});

// Every change of someone's role in an organisation, so progression
// (member → volunteer → peer mentor → recovery champion) can be shown and counted.
export const roleChanges = sqliteTable(
  "role_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    fromRole: text("from_role", { enum: roles }),
    toRole: text("to_role", { enum: roles }).notNull(),
    changedByPersonId: text("changed_by_person_id").references(() => people.id, { onDelete: "set null" }),
    changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("role_changes_person_idx").on(t.personId, t.changedAt),
    // Reports count an organisation's progression over a period.
    index("role_changes_organisation_idx").on(t.organisationId, t.changedAt),
  ],
);
