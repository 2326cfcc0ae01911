// The words mentoring's pages show for each code the API sends or takes. Forms
// need every choice, not only the ones already chosen, so they are listed here.

import type { ResultOf } from "../../graphql/graphql";
import type { MatchFields, MentorProfileFields, MentorRequestFields } from "../../graphql/mentoring";

type Request = ResultOf<typeof MentorRequestFields>;
type Profile = ResultOf<typeof MentorProfileFields>;
export type SupportNeed = Request["needs"][number];
export type Substance = Request["sharedSubstances"][number];
export type LifeExperience = Request["sharedLifeExperiences"][number];
export type RecoveryPathway = NonNullable<Request["pathway"]>;
export type MeetingWay = Request["meetingWays"][number];
export type GenderPreference = Request["genderPreference"];
export type Gender = NonNullable<Profile["gender"]>;
export type AgeBand = NonNullable<Profile["ageBand"]>;
export type ProfileField = Profile["visibility"][number]["field"];
export type ProfileAudience = Profile["visibility"][number]["audience"];

export const needLabels: Record<SupportNeed, string> = {
  HOUSING: "Housing",
  BENEFITS: "Benefits",
  WORK_EDUCATION_TRAINING: "Work, education or training",
  FAMILY: "Family and relationships",
  MUTUAL_AID: "Going to mutual aid meetings",
  HEALTH: "Health",
  JUSTICE: "Court, probation or the police",
  CONFIDENCE: "Confidence",
  MONEY_DEBT: "Money and debt",
  SOCIAL_LIFE: "A social life without drink or drugs",
};

export const substanceLabels: Record<Substance, string> = {
  ALCOHOL: "Alcohol",
  OPIATES: "Heroin or other opiates",
  CRACK_COCAINE: "Crack cocaine",
  POWDER_COCAINE: "Powder cocaine",
  OTHER_STIMULANTS: "Other stimulants, such as speed",
  CANNABIS: "Cannabis",
  PRESCRIPTION_DRUGS: "Prescription drugs",
  BENZODIAZEPINES: "Benzodiazepines",
  KETAMINE: "Ketamine",
  NEW_PSYCHOACTIVE_SUBSTANCES: "New psychoactive substances (once called legal highs)",
};

export const lifeExperienceLabels: Record<LifeExperience, string> = {
  PRISON_PROBATION: "Prison or probation",
  HOMELESSNESS: "Homelessness",
  PARENTING: "Being a parent",
  MENTAL_HEALTH: "Mental health",
  DOMESTIC_ABUSE: "Domestic abuse",
  CARE_EXPERIENCED: "Growing up in care",
  ARMED_FORCES: "The armed forces",
};

export const pathwayLabels: Record<RecoveryPathway, string> = {
  ABSTINENCE: "Not using at all (abstinence)",
  MEDICATION_ASSISTED: "With a prescription, such as methadone or buprenorphine",
  TWELVE_STEP: "Twelve-step fellowships (AA, NA, CA)",
  SMART_RECOVERY: "SMART Recovery",
  FAITH_BASED: "Faith-based recovery",
  OTHER_PATHWAY: "Another way",
};

export const meetingWayLabels: Record<MeetingWay, string> = {
  IN_PERSON: "In person",
  PHONE: "Phone calls",
  VIDEO: "Video calls",
  TEXT: "Text messages",
};

export const genderPreferenceLabels: Record<GenderPreference, string> = {
  NO_PREFERENCE: "I don't mind",
  WOMAN: "A woman",
  MAN: "A man",
  NON_BINARY: "A non-binary person",
};

export const genderLabels: Record<Gender, string> = {
  WOMAN: "Woman",
  MAN: "Man",
  NON_BINARY: "Non-binary",
  OTHER_GENDER: "Another way",
};

export const ageBandLabels: Record<AgeBand, string> = {
  AGE_18_24: "18 to 24",
  AGE_25_34: "25 to 34",
  AGE_35_44: "35 to 44",
  AGE_45_54: "45 to 54",
  AGE_55_64: "55 to 64",
  AGE_65_PLUS: "65 or over",
};

export const audienceLabels: Record<ProfileAudience, string> = {
  COORDINATORS: "Coordinators only",
  MY_MENTEES: "Coordinators and people I mentor",
  PEOPLE_CHOOSING: "Also people choosing a mentor",
};

// Languages people in our towns most often ask for, as ISO 639-1 codes (what the API stores).
export const languageLabels: Record<string, string> = {
  en: "English",
  pl: "Polish",
  ur: "Urdu",
  pa: "Punjabi",
  bn: "Bengali",
  gu: "Gujarati",
  ar: "Arabic",
  ro: "Romanian",
  pt: "Portuguese",
  so: "Somali",
  ku: "Kurdish",
  cy: "Welsh",
};

export const languageLabel = (code: string) => languageLabels[code] ?? code.toUpperCase();

/** [value, label] pairs for a ChoiceGroup or SelectField, in the order written above. */
export const choicesOf = <T extends string>(labels: Record<T, string>) => Object.entries(labels) as [T, string][];

/** "Polish, Urdu and English". */
export function listOf(words: readonly string[]) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

// "Confidence" starts a list but reads "…and confidence" inside one; "SMART Recovery" keeps its capitals.
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** "Housing, benefits and confidence": the labels of some codes as one phrase. */
export const labelsOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  listOf(values.map((value, index) => (index === 0 ? labels[value] : inSentence(labels[value]))));

export type MatchStatus = ResultOf<typeof MatchFields>["status"];
export type MatchEndReason = NonNullable<ResultOf<typeof MatchFields>["endReason"]>;

export const matchStatusLabels: Record<MatchStatus, string> = {
  OFFERED: "Offered: the person is choosing",
  PROPOSED: "Waiting for the mentor to say yes",
  ACCEPTED: "Accepted: not met yet",
  ACTIVE: "Meeting",
  PAUSED: "Paused",
  ENDED: "Ended",
  DECLINED: "The mentor said no",
  NOT_CHOSEN: "Not chosen",
};

export const endReasonLabels: Record<MatchEndReason, string> = {
  PLANNED_ENDING: "It came to its planned end",
  GOALS_MET: "They got what they wanted from it",
  MENTEE_MOVED_ON: "They moved on (moved away, started work…)",
  MENTEE_DISENGAGED: "We lost touch",
  MENTOR_STEPPED_BACK: "I need to step back",
  REMATCHED: "Someone else would suit them better",
  SAFEGUARDING: "A safeguarding reason",
  OTHER: "Another reason",
};
