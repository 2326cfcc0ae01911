// Peer mentors: each organisation's mentoring rules, mentors' profiles, their
// vetting history and supervision. Free text about a person (here, supervision
// notes) is stored only as ciphertext under that person's own data key, so
// erasing the person destroys the key and with it every note (crypto-shredding).
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, people } from "./accounts";
import { json } from "./columns";
import type {
  LifeExperience,
  MatchWeights,
  MeetingWay,
  ProfileVisibility,
  RecoveryPathway,
  Substance,
  SupportNeed,
  TrainingModule,
} from "./mentoring-vocabulary";
import { ageBands, genders } from "./mentoring-vocabulary";

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
