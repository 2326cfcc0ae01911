// Peer mentoring: mentors' profiles and vetting, requests for a mentor, matches
// with their history, support sessions, follow-ups and supervision.
// Free text about a person (session notes, concerns, follow-ups, supervision
// notes) is stored only as ciphertext under that person's own data key, so
// erasing the person destroys the key and with it every note (crypto-shredding).
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";

export const substances = [
  "alcohol",
  "opiates",
  "crack_cocaine",
  "powder_cocaine",
  "other_stimulants",
  "cannabis",
  "prescription_drugs",
  "benzodiazepines",
  "ketamine",
  "new_psychoactive_substances",
] as const;
export type Substance = (typeof substances)[number];

export const recoveryPathways = [
  "abstinence",
  "medication_assisted",
  "twelve_step",
  "smart_recovery",
  "faith_based",
  "other_pathway",
] as const;
export type RecoveryPathway = (typeof recoveryPathways)[number];

export const lifeExperiences = [
  "prison_probation",
  "homelessness",
  "parenting",
  "mental_health",
  "domestic_abuse",
  "care_experienced",
  "armed_forces",
] as const;
export type LifeExperience = (typeof lifeExperiences)[number];

// What a person wants support with, and what a mentor is good at helping with.
export const supportNeeds = [
  "housing",
  "benefits",
  "work_education_training",
  "family",
  "mutual_aid",
  "health",
  "justice",
  "confidence",
  "money_debt",
  "social_life",
] as const;
export type SupportNeed = (typeof supportNeeds)[number];

export const meetingWays = ["in_person", "phone", "video", "text"] as const;
export type MeetingWay = (typeof meetingWays)[number];

export const genders = ["woman", "man", "non_binary", "other_gender"] as const;
export type Gender = (typeof genders)[number];
export const genderPreferences = ["no_preference", "woman", "man", "non_binary"] as const;
export type GenderPreference = (typeof genderPreferences)[number];

export const ageBands = ["age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_64", "age_65_plus"] as const;
export type AgeBand = (typeof ageBands)[number];

// Who may see one field of a mentor's profile. Coordinators of the mentor's
// organisation always see everything (they vet and match); the matcher uses every
// field whatever its visibility, but never shows a hidden one to a person.
export const profileAudiences = ["coordinators", "my_mentees", "people_choosing"] as const;
export type ProfileAudience = (typeof profileAudiences)[number];
export const profileFields = [
  "introduction",
  "substances",
  "pathways",
  "lifeExperiences",
  "strengths",
  "languages",
  "gender",
  "ageBand",
  "homeArea",
  "meetingWays",
  "availability",
] as const;
export type ProfileField = (typeof profileFields)[number];
export type ProfileVisibility = Partial<Record<ProfileField, ProfileAudience>>;

/**
 * Weekly availability as a 21-bit mask: bit (day * 3 + part), Monday = day 0,
 * part 0 morning, 1 afternoon, 2 evening. A mask makes overlap one AND.
 */
export type AvailabilityMask = number;

export interface TrainingModule {
  code: string;
  name: string;
  /** Months a completion stays current; null: never expires. */
  validForMonths: number | null;
}

export interface MatchWeights {
  sharedExperience: number;
  pathway: number;
  needs: number;
  distance: number;
  availability: number;
  caseload: number;
}

// Per organisation; an organisation without a row uses the defaults in the API.
export const mentoringSettings = sqliteTable("mentoring_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  requiredTraining: text("required_training", { mode: "json" }).$type<TrainingModule[]>().notNull(),
  // Whether the role is eligible for a criminal-records (DBS) check here.
  isCriminalRecordsCheckRequired: integer("is_criminal_records_check_required", { mode: "boolean" }).notNull(),
  criminalRecordsCheckValidMonths: integer("criminal_records_check_valid_months").notNull(),
  referencesRequired: integer("references_required").notNull(),
  agreementValidMonths: integer("agreement_valid_months").notNull(),
  supervisionEveryDays: integer("supervision_every_days").notNull(),
  weights: text("weights", { mode: "json" }).$type<MatchWeights>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>().notNull().default(sql`'[]'`);

export const mentorProfiles = sqliteTable(
  "mentor_profiles",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    introduction: text("introduction").notNull().default(""),
    substances: json<Substance[]>("substances"),
    pathways: json<RecoveryPathway[]>("pathways"),
    lifeExperiences: json<LifeExperience[]>("life_experiences"),
    strengths: json<SupportNeed[]>("strengths"),
    // ISO 639-1 codes, e.g. "en", "pl", "ur".
    languages: json<string[]>("languages"),
    gender: text("gender", { enum: genders }),
    ageBand: text("age_band", { enum: ageBands }),
    // As the mentor typed it (a town or outward code); the point is the place's centre, never a home address.
    homeArea: text("home_area"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    travelMiles: integer("travel_miles").notNull().default(5),
    meetingWays: json<MeetingWay[]>("meeting_ways"),
    availability: integer("availability").notNull().default(0),
    capacity: integer("capacity").notNull().default(2),
    visibility: text("visibility", { mode: "json" }).$type<ProfileVisibility>().notNull().default(sql`'{}'`),
    // A mentor can step back for a while without losing their vetting.
    isTakingBreak: integer("is_taking_break", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("mentor_profiles_person_organisation_unique").on(t.personId, t.organisationId),
    index("mentor_profiles_organisation_idx").on(t.organisationId),
  ],
);

export const vettingKinds = ["training", "criminal_records_check", "reference", "agreement"] as const;
export type VettingKind = (typeof vettingKinds)[number];
export const vettingOutcomes = ["satisfactory", "pending", "not_satisfactory"] as const;
export type VettingOutcome = (typeof vettingOutcomes)[number];

// A history: a renewal is a new row, nothing is edited or deleted, so a coordinator
// can always see what was checked, when and by whom.
export const vettingRecords = sqliteTable(
  "vetting_records",
  {
    id: text("id").primaryKey(),
    mentorProfileId: text("mentor_profile_id")
      .notNull()
      .references(() => mentorProfiles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: vettingKinds }).notNull(),
    // For training: the module's code from the organisation's settings.
    trainingCode: text("training_code"),
    outcome: text("outcome", { enum: vettingOutcomes }).notNull(),
    completedOn: text("completed_on").notNull(),
    expiresOn: text("expires_on"),
    recordedByPersonId: text("recorded_by_person_id").references(() => people.id, { onDelete: "set null" }),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("vetting_records_profile_idx").on(t.mentorProfileId, t.kind)],
);

export const supervisionSessions = sqliteTable(
  "supervision_sessions",
  {
    id: text("id").primaryKey(),
    mentorProfileId: text("mentor_profile_id")
      .notNull()
      .references(() => mentorProfiles.id, { onDelete: "cascade" }),
    supervisorPersonId: text("supervisor_person_id").references(() => people.id, { onDelete: "set null" }),
    heldOn: text("held_on").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    // Encrypted under the mentor's data key.
    notesCipher: text("notes_cipher"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("supervision_sessions_profile_idx").on(t.mentorProfileId, t.heldOn)],
);

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

export const contactModes = ["in_person", "phone", "video", "text", "accompanied"] as const;
export type ContactMode = (typeof contactModes)[number];

export const signpostTargets = [
  "housing_service",
  "jobcentre",
  "gp",
  "mutual_aid",
  "college",
  "drug_alcohol_service",
  "mental_health_service",
  "debt_advice",
  "food_bank",
  "recovery_cafe",
  "other_service",
] as const;
export type SignpostTarget = (typeof signpostTargets)[number];

export const supportSessions = sqliteTable(
  "support_sessions",
  {
    id: text("id").primaryKey(),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    mentorPersonId: text("mentor_person_id").references(() => people.id, { onDelete: "set null" }),
    menteePersonId: text("mentee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    heldOn: text("held_on").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    travelMinutes: integer("travel_minutes").notNull().default(0),
    contactMode: text("contact_mode", { enum: contactModes }).notNull(),
    topics: json<SupportNeed[]>("topics"),
    signposting: json<SignpostTarget[]>("signposting"),
    // Encrypted under the mentee's data key.
    notesCipher: text("notes_cipher"),
    hasConcern: integer("has_concern", { mode: "boolean" }).notNull().default(false),
    concernCipher: text("concern_cipher"),
    concernAcknowledgedAt: integer("concern_acknowledged_at", { mode: "timestamp_ms" }),
    concernAcknowledgedByPersonId: text("concern_acknowledged_by_person_id").references(() => people.id, {
      onDelete: "set null",
    }),
    concernResponseCipher: text("concern_response_cipher"),
    confirmedByMenteeAt: integer("confirmed_by_mentee_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("support_sessions_match_idx").on(t.matchId, t.heldOn),
    index("support_sessions_mentee_idx").on(t.menteePersonId, t.heldOn),
    index("support_sessions_concern_idx").on(t.organisationId, t.hasConcern, t.concernAcknowledgedAt),
  ],
);

export const followUpActions = sqliteTable(
  "follow_up_actions",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => supportSessions.id, { onDelete: "cascade" }),
    matchId: text("match_id")
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: "cascade" }),
    // Encrypted under the mentee's data key: an action often names their situation.
    descriptionCipher: text("description_cipher").notNull(),
    dueOn: text("due_on").notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("follow_up_actions_match_idx").on(t.matchId, t.doneAt, t.dueOn)],
);
