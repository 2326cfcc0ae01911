// The words of peer mentoring, shared by profiles, requests, matching and
// sessions: lived experience, pathways, needs, ways to meet, and who may see what.
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
