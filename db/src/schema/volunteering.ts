// Volunteering hours: logged by anyone, verified by coordinators. Nothing is
// deleted and an approved or declined entry is locked: triggers in the migration
// refuse DELETE, and UPDATE of a decided entry's substance.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { supportSessions } from "./support-sessions";

export const volunteeringActivities = [
  "mentoring",
  "travel_preparation",
  "cafe_shift",
  "leading_walk",
  "stewarding_event",
  "training",
  "admin",
  "other_activity",
] as const;
export type VolunteeringActivity = (typeof volunteeringActivities)[number];

export const hoursStatuses = ["pending", "approved", "declined"] as const;
export type HoursStatus = (typeof hoursStatuses)[number];

export const volunteeringHours = sqliteTable(
  "volunteering_hours",
  {
    id: text("id").primaryKey(),
    // Null once the person is erased: the organisation's totals survive.
    personId: text("person_id").references(() => people.id, { onDelete: "set null" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    activity: text("activity", { enum: volunteeringActivities }).notNull(),
    workedOn: text("worked_on").notNull(),
    minutes: integer("minutes").notNull(),
    description: text("description").notNull().default(""),
    // Mentoring hours created from a logged support session.
    supportSessionId: text("support_session_id").references(() => supportSessions.id, { onDelete: "set null" }),
    status: text("status", { enum: hoursStatuses }).notNull().default("pending"),
    decidedByPersonId: text("decided_by_person_id").references(() => people.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    declineReason: text("decline_reason"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index("volunteering_hours_person_idx").on(t.personId, t.workedOn),
    // minutes and person_id covered: dashboards and reports add up hours by month without reading each row.
    index("volunteering_hours_organisation_idx").on(t.organisationId, t.status, t.workedOn, t.minutes, t.personId),
    uniqueIndex("volunteering_hours_session_unique").on(t.supportSessionId, t.activity),
  ],
);

// Each milestone (10, 50, 100, 250… verified hours) is celebrated once.
export const volunteeringMilestones = sqliteTable(
  "volunteering_milestones",
  {
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    hours: integer("hours").notNull(),
    reachedAt: integer("reached_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.hours] })],
);
