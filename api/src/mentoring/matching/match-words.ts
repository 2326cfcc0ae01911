// The words the reasons are made of: plain, non-judgemental British English that a
// person in recovery and a coordinator both read the same way. No field's words
// contain another's, so a test can tell which field a sentence gives away.
import type { LifeExperience, MeetingWay, RecoveryPathway, Substance, SupportNeed } from "@kinship/db/schema";

export const substanceWords: Record<Substance, string> = {
  alcohol: "alcohol",
  opiates: "opiates",
  crack_cocaine: "crack cocaine",
  powder_cocaine: "powder cocaine",
  other_stimulants: "other stimulants",
  cannabis: "cannabis",
  prescription_drugs: "prescription drugs",
  benzodiazepines: "benzodiazepines",
  ketamine: "ketamine",
  new_psychoactive_substances: "new psychoactive substances",
};

export const lifeExperienceWords: Record<LifeExperience, string> = {
  prison_probation: "prison or probation",
  homelessness: "homelessness",
  parenting: "being a parent",
  mental_health: "mental ill health",
  domestic_abuse: "domestic abuse",
  care_experienced: "growing up in care",
  armed_forces: "serving in the armed forces",
};

export const pathwayWords: Record<RecoveryPathway, string> = {
  abstinence: "abstinence-based recovery",
  medication_assisted: "recovery with prescribed medication",
  twelve_step: "12-step recovery",
  smart_recovery: "SMART Recovery",
  faith_based: "faith-based recovery",
  other_pathway: "a different kind of recovery",
};

export const needWords: Record<SupportNeed, string> = {
  housing: "housing",
  benefits: "benefits",
  work_education_training: "getting into work or learning",
  family: "family relationships",
  mutual_aid: "finding mutual aid groups",
  health: "looking after your health",
  justice: "dealing with the justice system",
  confidence: "confidence",
  money_debt: "money worries",
  social_life: "building a social life",
};

/** In person comes first and alone; the rest are said after "by". */
export const meetingWayWords: Record<MeetingWay, string> = {
  in_person: "in person",
  phone: "phone",
  video: "video",
  text: "text message",
};

export const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const partOfDayNames = ["morning", "afternoon", "evening"] as const;

/** "a", "a and b", "a, b and c" (or "or" for alternatives). */
export function listInWords(items: readonly string[], joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${joiner} ${items[items.length - 1]}`;
}
