// Asking for a mentor, the people someone must never be matched with, and matches
// with every change of their status.
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { json } from "./columns";
import { mentorProfiles } from "./mentoring";
import type { LifeExperience, MatchWeights, MeetingWay, Substance, SupportNeed } from "./mentoring-vocabulary";
import { genderPreferences, recoveryPathways } from "./mentoring-vocabulary";

export const requestStatuses = ["waiting", "offered", "matched", "withdrawn"] as const;
export type RequestStatus = (typeof requestStatuses)[number];

// Asking for a mentor: what the person wants help with and their preferences,
// nothing more. Their display name may be a pseudonym.
export const mentorRequests = sqliteTable(
  "mentor_requests",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    // A keyworker asking on the person's behalf, who confirmed the person agreed.
    requestedByPersonId: text("requested_by_person_id").references(() => people.id, { onDelete: "set null" }),
    needs: json<SupportNeed[]>("needs"),
    genderPreference: text("gender_preference", { enum: genderPreferences }).notNull().default("no_preference"),
    languages: json<string[]>("languages"),
    sharedSubstances: json<Substance[]>("shared_substances"),
    sharedLifeExperiences: json<LifeExperience[]>("shared_life_experiences"),
    pathway: text("pathway", { enum: recoveryPathways }),
    meetingWays: json<MeetingWay[]>("meeting_ways"),
    availability: integer("availability").notNull().default(0),
    area: text("area"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    status: text("status", { enum: requestStatuses }).notNull().default("waiting"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("mentor_requests_organisation_idx").on(t.organisationId, t.status, t.createdAt),
    index("mentor_requests_person_idx").on(t.personId),
  ],
);

export const exclusionReasons = ["blocked", "knows"] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

// Safeguarding exclusions: people someone has blocked, or is known to know
// (a former partner, someone they used with), are never proposed to each other.
export const mentoringExclusions = sqliteTable(
  "mentoring_exclusions",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    excludedPersonId: text("excluded_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: exclusionReasons }).notNull(),
    recordedByPersonId: text("recorded_by_person_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("mentoring_exclusions_pair_unique").on(t.personId, t.excludedPersonId)],
);

// offered: approved by a coordinator, waiting for the person to choose among several;
// proposed: waiting for the mentor; then accepted → active ⇄ paused → ended.
// declined and not_chosen end a proposal that never started.
export const matchStatuses = [
  "offered",
  "proposed",
  "accepted",
  "active",
  "paused",
  "ended",
  "declined",
  "not_chosen",
] as const;
export type MatchStatus = (typeof matchStatuses)[number];

export const matchEndReasons = [
  "planned_ending",
  "goals_met",
  "mentee_moved_on",
  "mentee_disengaged",
  "mentor_stepped_back",
  "rematched",
  "safeguarding",
  "other",
] as const;
export type MatchEndReason = (typeof matchEndReasons)[number];

export interface ScorePart {
  factor: keyof MatchWeights;
  /** 0–1: how well this factor fits. */
  fit: number;
  weight: number;
}

export const mentoringMatches = sqliteTable(
  "mentoring_matches",
  {
    id: text("id").primaryKey(),
    requestId: text("request_id")
      .notNull()
      .references(() => mentorRequests.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    // Null once the mentor is erased: the match and its sessions are the mentee's record too.
    mentorProfileId: text("mentor_profile_id").references(() => mentorProfiles.id, { onDelete: "set null" }),
    mentorPersonId: text("mentor_person_id").references(() => people.id, { onDelete: "set null" }),
    menteePersonId: text("mentee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    status: text("status", { enum: matchStatuses }).notNull(),
    // The score and its parts when the coordinator approved it, kept so the reasons stay explainable later.
    score: real("score").notNull(),
    scoreParts: text("score_parts", { mode: "json" }).$type<ScorePart[]>().notNull(),
    approvedByPersonId: text("approved_by_person_id").references(() => people.id, { onDelete: "set null" }),
    startedOn: text("started_on"),
    plannedEndOn: text("planned_end_on"),
    endedOn: text("ended_on"),
    endReason: text("end_reason", { enum: matchEndReasons }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    statusChangedAt: integer("status_changed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("mentoring_matches_mentor_idx").on(t.mentorPersonId, t.status),
    index("mentoring_matches_mentee_idx").on(t.menteePersonId, t.status),
    index("mentoring_matches_organisation_idx").on(t.organisationId, t.status),
    // Dashboards count the matches running in each month from these two dates alone.
    index("mentoring_matches_organisation_started_idx").on(t.organisationId, t.startedOn, t.endedOn),
    index("mentoring_matches_request_idx").on(t.requestId),
  ],
);

// Every change of a match's status, with its reason: rematching keeps history.
export const matchEvents = sqliteTable(
  "match_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: matchStatuses }),
    toStatus: text("to_status", { enum: matchStatuses }).notNull(),
    // A match end reason, or a short coded reason such as "mentor_declined".
    reason: text("reason"),
    byPersonId: text("by_person_id").references(() => people.id, { onDelete: "set null" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("match_events_match_idx").on(t.matchId, t.id)],
);
