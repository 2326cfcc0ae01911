// The demo town's mentors: who they are (as they chose to describe themselves)
// and where their vetting stands, so a coordinator sees every state at once:
// current, lapsed training, a pending DBS check, a missing reference, an expired
// agreement, overdue supervision, something about to expire, brand new, on a break.
import type { AgeBand, Gender, LifeExperience, MeetingWay, RecoveryPathway, Substance, SupportNeed } from "../schema";

export type DemoVettingState =
  | "current"
  | "training_expired"
  | "criminal_records_check_pending"
  | "reference_missing"
  | "agreement_expired"
  | "supervision_overdue"
  | "expiring_soon"
  | "new"
  | "taking_break";

export interface DemoMentor {
  name: string;
  vetting: DemoVettingState;
  introduction: string;
  substances: Substance[];
  pathways: RecoveryPathway[];
  lifeExperiences: LifeExperience[];
  strengths: SupportNeed[];
  languages: string[];
  gender: Gender;
  ageBand: AgeBand;
  area: keyof typeof demoAreas;
  meetingWays: MeetingWay[];
  /** Day-parts free each week, e.g. "Mon pm", "Sat am", "weekday evenings". */
  free: string[];
  capacity: number;
}

// Town centres only: a mentor's home area is never more precise than this.
export const demoAreas = {
  Bury: [53.5933, -2.2966],
  Radcliffe: [53.5615, -2.3268],
  Prestwich: [53.5333, -2.2833],
  Ramsbottom: [53.6476, -2.3167],
  Whitefield: [53.5523, -2.2993],
  Tottington: [53.613, -2.3393],
  Heywood: [53.5923, -2.2194],
} as const;

const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const parts = ["am", "pm", "eve"];
/** "Mon pm" → one bit; "weekday evenings" and "weekends" → several. */
export function availabilityMask(free: string[]) {
  let mask = 0;
  const set = (day: number, part: number) => {
    mask |= 1 << (day * 3 + part);
  };
  for (const slot of free) {
    const [when, part] = slot.split(" ");
    const partIndex =
      part === "mornings" ? 0 : part === "afternoons" ? 1 : part === "evenings" ? 2 : parts.indexOf(part!);
    if (when === "weekday") for (let day = 0; day < 5; day++) set(day, partIndex);
    else if (when === "weekend") for (const day of [5, 6]) set(day, partIndex);
    else set(days.indexOf(when!), partIndex);
  }
  return mask;
}

export const demoMentors: DemoMentor[] = [
  {
    name: "Dave",
    vetting: "current",
    introduction: "Eight years sober. I go to AA and love a brew and a natter. I've been where you are.",
    substances: ["alcohol"],
    pathways: ["twelve_step", "abstinence"],
    lifeExperiences: ["parenting", "homelessness"],
    strengths: ["mutual_aid", "housing", "confidence"],
    languages: ["en"],
    gender: "man",
    ageBand: "age_45_54",
    area: "Bury",
    meetingWays: ["in_person", "phone", "text"],
    free: ["weekday evenings", "Sat am"],
    capacity: 3,
  },
  {
    name: "Shaz",
    vetting: "current",
    introduction:
      "Mum of two, in recovery from crack and heroin. On a script for years, now off it. No judgement here.",
    substances: ["crack_cocaine", "opiates"],
    pathways: ["medication_assisted", "abstinence"],
    lifeExperiences: ["parenting", "domestic_abuse"],
    strengths: ["family", "benefits", "housing"],
    languages: ["en"],
    gender: "woman",
    ageBand: "age_35_44",
    area: "Radcliffe",
    meetingWays: ["in_person", "phone", "video"],
    free: ["weekday mornings", "Wed pm"],
    capacity: 2,
  },
  {
    name: "Tommo",
    vetting: "current",
    introduction: "Ex-forces. Drink and pills nearly finished me. SMART helped me get my head straight.",
    substances: ["alcohol", "prescription_drugs"],
    pathways: ["smart_recovery"],
    lifeExperiences: ["armed_forces", "mental_health"],
    strengths: ["work_education_training", "confidence", "health"],
    languages: ["en"],
    gender: "man",
    ageBand: "age_55_64",
    area: "Ramsbottom",
    meetingWays: ["in_person", "phone", "video"],
    free: ["weekday afternoons"],
    capacity: 3,
  },
  {
    name: "Kerry",
    vetting: "current",
    introduction: "Recovery champion at the café. Did time, came out with nothing, built a life. You can too.",
    substances: ["opiates", "crack_cocaine"],
    pathways: ["twelve_step"],
    lifeExperiences: ["prison_probation", "homelessness"],
    strengths: ["justice", "housing", "mutual_aid", "social_life"],
    languages: ["en"],
    gender: "woman",
    ageBand: "age_45_54",
    area: "Bury",
    meetingWays: ["in_person", "text"],
    free: ["Thu am", "Thu pm", "weekend mornings"],
    capacity: 3,
  },
  {
    name: "Jaz",
    vetting: "training_expired",
    introduction: "Punjabi and English. Cannabis and cocaine were my thing. Gym and faith keep me steady now.",
    substances: ["cannabis", "powder_cocaine"],
    pathways: ["abstinence", "faith_based"],
    lifeExperiences: ["mental_health"],
    strengths: ["health", "confidence", "work_education_training"],
    languages: ["en", "pa"],
    gender: "man",
    ageBand: "age_25_34",
    area: "Heywood",
    meetingWays: ["in_person", "video", "text"],
    free: ["weekday evenings"],
    capacity: 2,
  },
  {
    name: "Mo",
    vetting: "reference_missing",
    introduction:
      "I speak Urdu and English. Spice and ketamine were my story. Happy to meet at the mosque café or walk.",
    substances: ["new_psychoactive_substances", "ketamine"],
    pathways: ["abstinence"],
    lifeExperiences: ["homelessness"],
    strengths: ["housing", "benefits", "social_life"],
    languages: ["en", "ur"],
    gender: "man",
    ageBand: "age_25_34",
    area: "Heywood",
    meetingWays: ["in_person", "phone"],
    free: ["weekday afternoons", "Sun pm"],
    capacity: 2,
  },
  {
    name: "Lisa B",
    vetting: "criminal_records_check_pending",
    introduction: "Benzos and drink. Anxiety was behind all of it. I'm good on forms and phone calls.",
    substances: ["benzodiazepines", "alcohol"],
    pathways: ["medication_assisted"],
    lifeExperiences: ["mental_health", "parenting"],
    strengths: ["benefits", "money_debt", "health"],
    languages: ["en", "pl"],
    gender: "woman",
    ageBand: "age_35_44",
    area: "Prestwich",
    meetingWays: ["phone", "video", "text"],
    free: ["weekday mornings"],
    capacity: 2,
  },
  {
    name: "Gaz",
    vetting: "taking_break",
    introduction: "I lead the Sunday walks. Six years clean. Taking a few weeks off mentoring while my dad's poorly.",
    substances: ["opiates"],
    pathways: ["twelve_step", "abstinence"],
    lifeExperiences: ["prison_probation"],
    strengths: ["mutual_aid", "social_life", "justice"],
    languages: ["en"],
    gender: "man",
    ageBand: "age_45_54",
    area: "Tottington",
    meetingWays: ["in_person"],
    free: ["weekend mornings"],
    capacity: 2,
  },
  {
    name: "Nicola",
    vetting: "supervision_overdue",
    introduction: "Alcohol, and a lot of shame about it. Women's meetings saved me. I listen more than I talk.",
    substances: ["alcohol"],
    pathways: ["twelve_step"],
    lifeExperiences: ["domestic_abuse", "parenting"],
    strengths: ["family", "confidence", "mutual_aid"],
    languages: ["en"],
    gender: "woman",
    ageBand: "age_55_64",
    area: "Whitefield",
    meetingWays: ["in_person", "phone"],
    free: ["Tue pm", "Thu pm"],
    capacity: 2,
  },
  {
    name: "Rich",
    vetting: "agreement_expired",
    introduction: "Cocaine and gambling. Back at college now at 50. It's never too late.",
    substances: ["powder_cocaine", "alcohol"],
    pathways: ["smart_recovery"],
    lifeExperiences: ["mental_health"],
    strengths: ["work_education_training", "money_debt"],
    languages: ["en"],
    gender: "man",
    ageBand: "age_45_54",
    area: "Whitefield",
    meetingWays: ["video", "phone"],
    free: ["weekday evenings"],
    capacity: 2,
  },
  {
    name: "Bev",
    vetting: "expiring_soon",
    introduction: "Grandma, ex-drinker, care-experienced. I'll walk with you to any appointment you're dreading.",
    substances: ["alcohol"],
    pathways: ["abstinence"],
    lifeExperiences: ["care_experienced", "parenting"],
    strengths: ["health", "family", "housing"],
    languages: ["en"],
    gender: "woman",
    ageBand: "age_65_plus",
    area: "Bury",
    meetingWays: ["in_person", "phone"],
    free: ["weekday mornings", "weekday afternoons"],
    capacity: 2,
  },
  {
    name: "Kaz",
    vetting: "new",
    introduction: "Just finished my peer mentor course. Non-binary, into music, clean from meth two years.",
    substances: ["other_stimulants", "ketamine"],
    pathways: ["smart_recovery", "abstinence"],
    lifeExperiences: ["mental_health", "homelessness"],
    strengths: ["social_life", "confidence"],
    languages: ["en"],
    gender: "non_binary",
    ageBand: "age_25_34",
    area: "Bury",
    meetingWays: ["in_person", "video", "text"],
    free: ["weekday evenings", "weekend afternoons"],
    capacity: 1,
  },
];
