// The words the listing form shows for each code it sends. They match the API's
// labels (api/src/directory/vocabulary.ts); the form needs every choice, not
// only the ones a listing already has, so they are listed here too.

import type { CreateGatheringMutation } from "../../graphql/directory";
import type { VariablesOf } from "../../graphql/graphql";

export type GatheringInput = VariablesOf<typeof CreateGatheringMutation>["input"];
export type GatheringKind = GatheringInput["kind"];
export type AttendanceMode = GatheringInput["attendanceMode"];
export type Repeat = GatheringInput["schedule"]["repeat"];
export type Weekday = NonNullable<GatheringInput["schedule"]["weekdays"]>[number];
export type AccessibilityFeature = NonNullable<GatheringInput["accessibility"]>[number];

export const kindLabels: Record<GatheringKind, string> = {
  PEER_SUPPORT_GROUP: "Peer support group",
  RECOVERY_CAFE: "Recovery café",
  RECOVERY_WALK: "Recovery walk",
  SOCIAL_EVENT: "Social or sober event",
  FAMILY_CARERS_GROUP: "Family and carers group",
  TRAINING: "Training",
  SMART_RECOVERY: "SMART Recovery meeting",
  ALCOHOLICS_ANONYMOUS: "Alcoholics Anonymous (AA) meeting",
  NARCOTICS_ANONYMOUS: "Narcotics Anonymous (NA) meeting",
  COCAINE_ANONYMOUS: "Cocaine Anonymous (CA) meeting",
  CRYSTAL_METH_ANONYMOUS: "Crystal Meth Anonymous (CMA) meeting",
  AL_ANON: "Al-Anon family group",
  OTHER_FELLOWSHIP: "Mutual aid meeting",
};

export const modeLabels: Record<AttendanceMode, string> = {
  IN_PERSON: "In person",
  ONLINE: "Online",
  HYBRID: "In person and online",
};

export const repeatLabels: Record<Repeat, string> = {
  ONCE: "Once only",
  WEEKLY: "Every week, or every few weeks",
  MONTHLY_BY_WEEKDAY: "Once a month or more, on a weekday (for example the first Monday)",
};

export const weekdayLabels: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

export const weekOfMonthLabels: [number, string][] = [
  [1, "First"],
  [2, "Second"],
  [3, "Third"],
  [4, "Fourth"],
  [-1, "Last"],
];

export const accessibilityLabels: Record<AccessibilityFeature, string> = {
  STEP_FREE: "Step-free access",
  ACCESSIBLE_TOILET: "Accessible toilet",
  HEARING_LOOP: "Hearing loop",
  BRITISH_SIGN_LANGUAGE: "British Sign Language",
  QUIET_SPACE: "Quiet space",
  PARKING: "Parking",
  NEAR_PUBLIC_TRANSPORT: "Near public transport",
  BABY_CHANGING: "Baby changing",
};

/**
 * A short list of the tags organisers use most: Meeting Guide codes and our own.
 * A listing may carry others (from an import); the form keeps and shows those too.
 */
export const commonTags: [code: string, label: string][] = [
  ["O", "Open: anyone is welcome"],
  ["C", "Closed: only for people who want to stop drinking or using"],
  ["BE", "Good for newcomers"],
  ["W", "Women only"],
  ["M", "Men only"],
  ["LGBTQ", "LGBTQ+"],
  ["D", "Discussion"],
  ["SP", "Speaker"],
  ["ST", "Step study"],
  ["free-food", "Free food or drinks"],
  ["medication-assisted-recovery-welcome", "People on prescribed medication (e.g. methadone) welcome"],
  ["lived-experience-led", "Run by people with lived experience"],
  ["no-need-to-book", "No need to book"],
];

export const listOf = <Code extends string>(labels: Record<Code, string>) => Object.entries(labels) as [Code, string][];
