// The built-in recovery-capital check-in: one statement per domain in our own
// plain words, answered on a six-point agreement scale. A migration stores it as
// the row `builtInInstrumentId` (instruments are data); a test keeps the two equal.
// Organisations licensed for a published instrument load theirs the same way.
import type { InstrumentDefinition } from "./schema";

export const builtInInstrumentId = "kinship-recovery-capital-v1";

export const builtInInstrument = {
  id: builtInInstrumentId,
  code: "kinship-recovery-capital",
  version: 1,
  name: "How things are going",
  attribution: "Written for Kinship in plain words. Free for anyone to use.",
};

export const builtInDefinition: InstrumentDefinition = {
  items: [
    {
      code: "substance_use",
      domain: "substance_use",
      text: "My drinking or drug use is not getting in the way of my life right now.",
      isReversed: false,
      outcome: "substance_use",
    },
    {
      code: "feelings",
      domain: "psychological_health",
      text: "Most days I can cope with how I'm feeling.",
      isReversed: false,
      outcome: "health_wellbeing",
    },
    {
      code: "body",
      domain: "physical_health",
      text: "I'm looking after my body: eating, sleeping, and seeing a doctor when I need to.",
      isReversed: false,
      outcome: "health_wellbeing",
    },
    {
      code: "community",
      domain: "citizenship_community",
      text: "I feel part of my community and I do things that help other people.",
      isReversed: false,
      outcome: null,
    },
    {
      code: "people",
      domain: "social_support",
      text: "There are people in my life I can turn to who back my recovery.",
      isReversed: false,
      outcome: null,
    },
    {
      code: "days",
      domain: "meaningful_activities",
      text: "I spend my days on things that matter to me, like work, learning, volunteering or caring.",
      isReversed: false,
      outcome: "employment_education_training",
    },
    {
      code: "home",
      domain: "housing_safety",
      text: "I have a safe, settled place to live.",
      isReversed: false,
      outcome: "housing",
    },
    {
      code: "trouble",
      domain: "risk_taking",
      text: "I'm keeping away from trouble, like crime or risky situations.",
      isReversed: false,
      outcome: "offending",
    },
    {
      code: "everyday",
      domain: "coping_functioning",
      text: "I can deal with everyday things like bills, appointments and forms.",
      isReversed: false,
      outcome: null,
    },
    {
      code: "hope",
      domain: "recovery_experience",
      text: "I feel hopeful about my future.",
      isReversed: false,
      outcome: null,
    },
  ],
  scale: {
    min: 1,
    max: 6,
    labels: ["Strongly disagree", "Disagree", "Slightly disagree", "Slightly agree", "Agree", "Strongly agree"],
  },
  strengthAtLeastPercent: 80,
  gapAtMostPercent: 40,
  bands: [
    { fromPercent: 0, label: "Early days", meaning: "A lot is hard right now. Small steps count, and help is there." },
    { fromPercent: 40, label: "Building", meaning: "Some things are in place and others are still growing." },
    { fromPercent: 70, label: "Strong", meaning: "Lots is going well. Keep doing what works." },
  ],
  suggestedEveryWeeks: 6,
};
