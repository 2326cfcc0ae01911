// Who in the demo town asked for a mentor, who they were matched with and how
// it went, over the last year or so: enough history for every mentoring screen
// (waiting list, shortlists, offers, live matches, endings, a rematch) to show
// something true. Days are counted back from the seed's `now`.
import type {
  GenderPreference,
  LifeExperience,
  MatchEndReason,
  MatchStatus,
  MeetingWay,
  RecoveryPathway,
  SignpostTarget,
  Substance,
  SupportNeed,
  VolunteeringActivity,
} from "../schema";
import type { demoAreas } from "./demo-mentors";

export interface DemoRequest {
  person: string;
  askedDaysAgo: number;
  needs: SupportNeed[];
  genderPreference: GenderPreference;
  languages: string[];
  sharedSubstances: Substance[];
  sharedLifeExperiences: LifeExperience[];
  pathway: RecoveryPathway | null;
  meetingWays: MeetingWay[];
  free: string[];
  area: keyof typeof demoAreas;
}

const ask = (person: string, askedDaysAgo: number, details: Partial<DemoRequest>): DemoRequest => ({
  person,
  askedDaysAgo,
  needs: ["confidence", "mutual_aid"],
  genderPreference: "no_preference",
  languages: ["en"],
  sharedSubstances: [],
  sharedLifeExperiences: [],
  pathway: null,
  meetingWays: ["in_person", "phone"],
  free: ["weekday afternoons"],
  area: "Bury",
  ...details,
});

export const demoRequests: DemoRequest[] = [
  // Waiting now.
  ask("Jay", 9, {
    needs: ["mutual_aid", "confidence", "work_education_training"],
    sharedSubstances: ["alcohol"],
    free: ["weekday evenings"],
  }),
  ask("Tash", 20, {
    genderPreference: "woman",
    needs: ["housing", "family"],
    sharedSubstances: ["opiates"],
    pathway: "medication_assisted",
    area: "Radcliffe",
    free: ["weekday mornings"],
  }),
  ask("Jade", 4, {
    needs: ["benefits", "money_debt"],
    sharedSubstances: ["crack_cocaine"],
    area: "Prestwich",
    meetingWays: ["phone", "text"],
  }),
  ask("Paul M", 30, {
    needs: ["justice", "work_education_training"],
    sharedLifeExperiences: ["prison_probation"],
    area: "Whitefield",
    free: ["weekday afternoons", "Sat am"],
  }),
  ask("Imran", 45, {
    needs: ["health", "social_life"],
    languages: ["ur", "en"],
    area: "Heywood",
    free: ["weekday afternoons"],
  }),
  ask("Ste", 12, {
    needs: ["mutual_aid", "social_life"],
    sharedSubstances: ["opiates"],
    pathway: "twelve_step",
    free: ["Thu am", "weekend mornings"],
  }),
  ask("Lee", 15, {
    needs: ["work_education_training", "money_debt"],
    meetingWays: ["video", "phone"],
    free: ["weekday evenings"],
    area: "Whitefield",
  }),
  ask("Dan", 2, { needs: ["housing", "benefits"], sharedLifeExperiences: ["homelessness"], area: "Heywood" }),
  // Offered a choice, proposed to a mentor, or matched.
  ask("Carla", 6, {
    genderPreference: "no_preference",
    needs: ["health", "confidence"],
    sharedSubstances: ["alcohol"],
  }),
  ask("Donna", 8, {
    genderPreference: "woman",
    needs: ["family", "health"],
    sharedSubstances: ["alcohol"],
    free: ["weekday mornings"],
  }),
  ask("Dee", 200, {
    needs: ["mutual_aid", "housing"],
    sharedSubstances: ["alcohol"],
    pathway: "twelve_step",
    free: ["weekday evenings"],
  }),
  ask("Kev", 70, {
    needs: ["housing", "confidence"],
    sharedLifeExperiences: ["homelessness"],
    free: ["weekday evenings"],
  }),
  ask("Leanne", 160, {
    needs: ["work_education_training", "health"],
    sharedSubstances: ["prescription_drugs"],
    area: "Ramsbottom",
  }),
  ask("Chris P", 410, {
    needs: ["work_education_training", "confidence"],
    pathway: "smart_recovery",
    area: "Tottington",
  }),
  ask("Marcus", 310, { needs: ["health", "confidence"], sharedLifeExperiences: ["mental_health"] }),
  ask("Wayne", 130, {
    needs: ["family", "benefits"],
    sharedSubstances: ["crack_cocaine"],
    area: "Radcliffe",
    free: ["weekday mornings"],
  }),
  ask("Roxy", 55, {
    genderPreference: "woman",
    needs: ["justice", "housing"],
    sharedLifeExperiences: ["prison_probation"],
    free: ["Thu am"],
  }),
  ask("Sian", 10, { genderPreference: "woman", needs: ["social_life", "mutual_aid"], free: ["weekend mornings"] }),
];

export interface DemoMatch {
  mentee: string;
  mentor: string;
  status: MatchStatus;
  /** When the coordinator approved it. */
  approvedDaysAgo: number;
  startedDaysAgo?: number;
  pausedDaysAgo?: number;
  endedDaysAgo?: number;
  endReason?: MatchEndReason;
  plannedEndInDays?: number;
  /** Extra sessions on these days back, beyond the fortnightly rhythm. */
  concernDaysAgo?: { days: number; isAcknowledged: boolean }[];
}

export const demoMatches: DemoMatch[] = [
  {
    mentee: "Dee",
    mentor: "Dave",
    status: "active",
    approvedDaysAgo: 195,
    startedDaysAgo: 190,
    concernDaysAgo: [{ days: 101, isAcknowledged: true }],
  },
  {
    mentee: "Kev",
    mentor: "Dave",
    status: "active",
    approvedDaysAgo: 64,
    startedDaysAgo: 60,
    concernDaysAgo: [{ days: 3, isAcknowledged: false }],
  },
  { mentee: "Leanne", mentor: "Tommo", status: "paused", approvedDaysAgo: 155, startedDaysAgo: 150, pausedDaysAgo: 12 },
  {
    mentee: "Chris P",
    mentor: "Tommo",
    status: "ended",
    approvedDaysAgo: 405,
    startedDaysAgo: 400,
    endedDaysAgo: 130,
    endReason: "goals_met",
  },
  {
    mentee: "Marcus",
    mentor: "Nicola",
    status: "ended",
    approvedDaysAgo: 305,
    startedDaysAgo: 300,
    endedDaysAgo: 170,
    endReason: "rematched",
  },
  { mentee: "Marcus", mentor: "Tommo", status: "active", approvedDaysAgo: 165, startedDaysAgo: 160 },
  { mentee: "Donna", mentor: "Bev", status: "proposed", approvedDaysAgo: 2 },
  { mentee: "Carla", mentor: "Tommo", status: "offered", approvedDaysAgo: 1 },
  { mentee: "Carla", mentor: "Bev", status: "offered", approvedDaysAgo: 1 },
  { mentee: "Imran", mentor: "Jaz", status: "declined", approvedDaysAgo: 40 },
  { mentee: "Wayne", mentor: "Shaz", status: "active", approvedDaysAgo: 125, startedDaysAgo: 120 },
  { mentee: "Roxy", mentor: "Kerry", status: "active", approvedDaysAgo: 50, startedDaysAgo: 45, plannedEndInDays: 30 },
  { mentee: "Sian", mentor: "Kerry", status: "accepted", approvedDaysAgo: 5 },
];

export const signpostFor: Record<SupportNeed, SignpostTarget> = {
  housing: "housing_service",
  benefits: "jobcentre",
  work_education_training: "college",
  family: "other_service",
  mutual_aid: "mutual_aid",
  health: "gp",
  justice: "other_service",
  confidence: "recovery_cafe",
  money_debt: "debt_advice",
  social_life: "recovery_cafe",
};

// Written the way mentors write: short, kind, about what happened and what's next.
export const demoSessionNotes = [
  "Met at the café. Talked about the first week without a drink and what helped. Seemed brighter than last time.",
  "Went through the housing form together. Still worried about the deposit; said I'd ask about the bond scheme.",
  "Phone call. Hard week, a lapse on Saturday. No judgement, we made a plan for the weekend and the meeting on Tuesday.",
  "Walked to the jobcentre appointment together. Went well. Proud of them for going in.",
  "Went to the Thursday meeting together for the first time. Said it was less scary than expected.",
  "Talked about family. Their sister has been in touch. Nervous but hopeful about meeting up.",
  "Short catch-up by text. All OK, busy with the college course application.",
  "GP appointment about sleep. Waited with them, then coffee after. Talked about what to say at the next review.",
];

export const demoFollowUps = [
  "Ring the council about the bond scheme together",
  "Find the Tuesday evening SMART meeting details",
  "Bring the college application form next time",
  "Check the date of the next prescribing review",
  "Ask the café about volunteering on Thursdays",
];

export const demoConcerns = {
  acknowledged: {
    concern: "Said an ex-partner has been turning up at the flat and they feel unsafe at night.",
    response:
      "Spoke to the keyworker the same day; a referral to the domestic abuse service was made with their agreement.",
  },
  open: {
    concern:
      "Mentioned people using at the house they're staying in and that they've been offered gear. Worried about overdose risk.",
  },
};

export const demoSupervisionNotes = [
  "Talked through boundaries with a mentee who texts late at night. Agreed to set reply times and explain them kindly.",
  "Reviewed caseload; all going well. Discussed self-care after a hard session.",
];

export interface DemoVolunteering {
  person: string;
  activity: VolunteeringActivity;
  description: string;
  minutes: number;
  /** Repeats every this many days, back from `fromDaysAgo` to `toDaysAgo`. */
  everyDays: number;
  fromDaysAgo: number;
  toDaysAgo: number;
}

export const demoVolunteering: DemoVolunteering[] = [
  {
    person: "Kerry",
    activity: "cafe_shift",
    description: "Thursday recovery café",
    minutes: 240,
    everyDays: 7,
    fromDaysAgo: 364,
    toDaysAgo: 4,
  },
  {
    person: "Gaz",
    activity: "leading_walk",
    description: "Sunday walk by the river",
    minutes: 180,
    everyDays: 7,
    fromDaysAgo: 360,
    toDaysAgo: 28,
  },
  {
    person: "Shaz",
    activity: "cafe_shift",
    description: "Thursday recovery café",
    minutes: 240,
    everyDays: 14,
    fromDaysAgo: 350,
    toDaysAgo: 4,
  },
  {
    person: "Amira",
    activity: "cafe_shift",
    description: "Thursday recovery café, kitchen",
    minutes: 210,
    everyDays: 14,
    fromDaysAgo: 180,
    toDaysAgo: 4,
  },
  {
    person: "Amira",
    activity: "training",
    description: "Food hygiene level 2",
    minutes: 360,
    everyDays: 999,
    fromDaysAgo: 170,
    toDaysAgo: 170,
  },
  {
    person: "Roxy",
    activity: "stewarding_event",
    description: "Recovery month event, stewarding",
    minutes: 300,
    everyDays: 30,
    fromDaysAgo: 240,
    toDaysAgo: 10,
  },
  {
    person: "Wayne",
    activity: "admin",
    description: "Café rota and shopping",
    minutes: 120,
    everyDays: 30,
    fromDaysAgo: 200,
    toDaysAgo: 5,
  },
  {
    person: "Kaz",
    activity: "training",
    description: "Peer mentor course",
    minutes: 360,
    everyDays: 7,
    fromDaysAgo: 40,
    toDaysAgo: 5,
  },
  {
    person: "Dave",
    activity: "training",
    description: "Naloxone refresher",
    minutes: 180,
    everyDays: 999,
    fromDaysAgo: 100,
    toDaysAgo: 100,
  },
];
