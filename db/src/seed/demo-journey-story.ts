// The shape of one person's recovery journey in the demo town, told in days back
// from the seed's `now`, and what the row builders need to turn it into rows.
// Named people's stories are written by hand; lighter participants' are generated.
import type {
  Closeness,
  ConnectionInfluence,
  ConnectionKind,
  ConsentPurpose,
  SupportNeed,
  TreatmentPhase,
} from "../schema";
import type { NoteSealer } from "./demo-journey-sealing";

export interface StoryCheckIn {
  daysAgo: number;
  /** The overall answer, on the instrument's 1–6 scale, that the person's answers centre on. */
  level: number;
  /** The person's own words, if they wrote any. */
  note?: string;
  /** Items that moved apart from the rest this time, by item code (a lapse hits substance use hardest). */
  shift?: Record<string, number>;
}

export interface StoryStep {
  title: string;
  /** Negative: still to come. */
  dueDaysAgo?: number;
  doneDaysAgo?: number;
}

export interface StoryGoal {
  title: string;
  needs: SupportNeed[];
  /** The mentor's display name, when the goal was set together. */
  setWithMentor?: string;
  createdDaysAgo: number;
  /** Negative: still to come. */
  targetDaysAgo?: number;
  achievedDaysAgo?: number;
  setAsideDaysAgo?: number;
  steps: StoryStep[];
}

/** Where an accepted platform suggestion came from: a match (by mentor), a gathering (by name), a volunteering team (by organisation slug). */
export type ConnectionSource = { match: string } | { gathering: string } | { volunteering: string };

/** One change to the map; the label names the connection in later changes. */
export type NetworkChange =
  | {
      daysAgo: number;
      add: string;
      kind: ConnectionKind;
      influence: ConnectionInfluence;
      closeness: Closeness;
      from?: ConnectionSource;
    }
  | { daysAgo: number; change: string; influence?: ConnectionInfluence; closeness?: Closeness }
  | { daysAgo: number; remove: string };

export interface StoryAttendance {
  /** The gathering's name in the demo directory. */
  gathering: string;
  fromDaysAgo: number;
  toDaysAgo: number;
  /** Goes to one in this many of its dates (1: every one). */
  oneIn: number;
}

export interface JourneyStory {
  /** Display name, unique in the demo town. */
  person: string;
  /** How far answers lean above (strengths) or below (gaps) the overall level, by item code. */
  leanings: Record<string, number>;
  checkIns: StoryCheckIn[];
  goals: StoryGoal[];
  /** Private: seen by the person (and their mentor, if they share). Never a reset counter. */
  lapses: { daysAgo: number; note: string }[];
  /** Recorded by the treatment service's coordinator; a review date follows each. */
  phases: { daysAgo: number; phase: TreatmentPhase; reviewInDays: number }[];
  network: NetworkChange[];
  attendance: StoryAttendance[];
  /** In the order given; a later row for the same purpose replaces the earlier one. */
  consents: { daysAgo: number; purpose: ConsentPurpose; isGranted: boolean }[];
}

/** What the row builders look up while turning a story into rows. */
export interface JourneyContext {
  now: Date;
  personId: string;
  sealer: NoteSealer;
  /** The demo treatment service, where phases are recorded, and its coordinator. */
  service: { organisationId: string; coordinatorPersonId: string | null };
  personIdOf(displayName: string): string;
  organisationIdOf(slug: string): string;
  /** The match between this person and the named mentor. */
  matchIdWith(mentorName: string): string;
  gatheringNamed(name: string): DemoGathering;
}

export interface DemoGathering {
  id: string;
  startsOn: string;
  startTime: string;
  recurrence: string | null;
  /** Dates with a cancellation or move: nobody was there on the original date. */
  exceptionDates: ReadonlySet<string>;
}

// Short ways to write a story down.
export const add = (
  daysAgo: number,
  label: string,
  kind: ConnectionKind,
  influence: ConnectionInfluence,
  closeness: Closeness,
  from?: ConnectionSource,
): NetworkChange => ({ daysAgo, add: label, kind, influence, closeness, ...(from ? { from } : {}) });
export const change = (
  daysAgo: number,
  label: string,
  to: { influence?: ConnectionInfluence; closeness?: Closeness },
): NetworkChange => ({ daysAgo, change: label, ...to });
export const remove = (daysAgo: number, label: string): NetworkChange => ({ daysAgo, remove: label });
export const granted = (daysAgo: number, ...purposes: ConsentPurpose[]) =>
  purposes.map((purpose) => ({ daysAgo, purpose, isGranted: true }));
export const withdrawn = (daysAgo: number, purpose: ConsentPurpose) => ({ daysAgo, purpose, isGranted: false });
