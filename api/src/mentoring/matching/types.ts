// The matching engine's vocabulary: a mentor as the matcher sees them, a person
// waiting for a mentor, and what comes out (a score with its parts and reasons).
// Pure data, no database: the API loads these and the engine only computes.
import type {
  Gender,
  GenderPreference,
  LifeExperience,
  MatchWeights,
  MeetingWay,
  ProfileField,
  RecoveryPathway,
  ScorePart,
  Substance,
  SupportNeed,
} from "@kinship/db/schema";

export interface MentorCandidate {
  profileId: string;
  personId: string;
  gender: Gender | null;
  languages: string[];
  substances: Substance[];
  pathways: RecoveryPathway[];
  lifeExperiences: LifeExperience[];
  strengths: SupportNeed[];
  meetingWays: MeetingWay[];
  /** 21-bit weekly mask: bit (day * 3 + part), Monday = 0; morning, afternoon, evening. */
  availability: number;
  latitude: number | null;
  longitude: number | null;
  travelMiles: number;
  capacity: number;
  /** People currently supported (proposed, accepted, active or paused matches). */
  caseload: number;
  isTakingBreak: boolean;
  isVettingCurrent: boolean;
}

export interface Seeker {
  requestId: string;
  personId: string;
  needs: SupportNeed[];
  genderPreference: GenderPreference;
  languages: string[];
  sharedSubstances: Substance[];
  sharedLifeExperiences: LifeExperience[];
  pathway: RecoveryPathway | null;
  meetingWays: MeetingWay[];
  availability: number;
  latitude: number | null;
  longitude: number | null;
  /** Blocked or known, either direction. */
  excludedPersonIds: ReadonlySet<string>;
}

export type Ineligibility =
  | "vetting_not_current"
  | "taking_break"
  | "at_capacity"
  | "excluded"
  | "gender_preference"
  | "no_shared_language"
  | "no_shared_way_to_meet"
  | "too_far_to_meet"
  | "same_person";

export type Factor = keyof MatchWeights;

export interface Reason {
  factor: Factor;
  text: string;
  /** The profile field this sentence reveals; null if none. */
  reveals: ProfileField | null;
}

export interface ScoredMatch {
  candidate: MentorCandidate;
  /** 0–100, one decimal place. */
  score: number;
  parts: ScorePart[];
  reasons: Reason[];
}
