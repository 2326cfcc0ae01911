// The words of the recovery journey: recovery-capital domains, the outcome
// areas commissioners ask about, treatment phases, and what a network map holds.
// An instrument's definition is data (loaded by an organisation without code
// changes), so its shape is declared here beside the tables that store it.

export const recoveryDomains = [
  "substance_use",
  "psychological_health",
  "physical_health",
  "citizenship_community",
  "social_support",
  "meaningful_activities",
  "housing_safety",
  "risk_taking",
  "coping_functioning",
  "recovery_experience",
] as const;
export type RecoveryDomain = (typeof recoveryDomains)[number];

// What commissioners ask for, as far as check-ins and goals can tell it.
export const outcomeAreas = [
  "substance_use",
  "employment_education_training",
  "housing",
  "offending",
  "health_wellbeing",
] as const;
export type OutcomeArea = (typeof outcomeAreas)[number];

export interface InstrumentItem {
  /** Stable within one instrument version; answers are keyed by it. */
  code: string;
  domain: RecoveryDomain;
  text: string;
  /** Agreeing means less recovery capital (scored the other way round). */
  isReversed: boolean;
  /** The commissioner outcome this item speaks to, if any. */
  outcome: OutcomeArea | null;
}

export interface InstrumentBand {
  /** Lowest percentage (0–100) of the possible score that falls in this band. */
  fromPercent: number;
  label: string;
  meaning: string;
}

export interface InstrumentDefinition {
  items: InstrumentItem[];
  /** Answer values run from `min` to `max`; `labels` has one label per value. */
  scale: { min: number; max: number; labels: string[] };
  /** An item at or above this share of the scale (after reversal) is a strength; at or below `gapAtMostPercent`, a gap. */
  strengthAtLeastPercent: number;
  gapAtMostPercent: number;
  bands: InstrumentBand[];
  /** Weeks between check-ins that the instrument's authors suggest. */
  suggestedEveryWeeks: number;
}

export const treatmentPhases = ["stabilisation", "maintenance", "ready_for_recovery"] as const;
export type TreatmentPhase = (typeof treatmentPhases)[number];

export const goalStatuses = ["active", "achieved", "set_aside"] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const connectionKinds = [
  "family",
  "friend",
  "partner",
  "mentor",
  "mutual_aid_group",
  "recovery_cafe",
  "recovery_walk",
  "volunteering_team",
  "work_college",
  "professional",
  "faith_community",
  "neighbour",
  "used_with",
  "other_connection",
] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

// The kinds that are part of the recovery community itself.
export const recoveryCommunityKinds: readonly ConnectionKind[] = [
  "mentor",
  "mutual_aid_group",
  "recovery_cafe",
  "recovery_walk",
  "volunteering_team",
];

export const connectionInfluences = ["supportive", "neutral", "using"] as const;
export type ConnectionInfluence = (typeof connectionInfluences)[number];

// 1 = closest. Three rings are enough to draw and to talk about.
export const closenessLevels = [1, 2, 3] as const;
export type Closeness = (typeof closenessLevels)[number];

/** One connection as a snapshot keeps it: no names, so growth charts never carry who. */
export interface SnapshotConnection {
  connectionId: string;
  kind: ConnectionKind;
  influence: ConnectionInfluence;
  closeness: Closeness;
}
