// The words of the commissioner report: labels for what is counted, what each
// outcome is drawn from (and where our records cannot say), and how to read it.
// Written for commissioners and boards, in plain British English.
import type { MatchEndReason, OutcomeArea } from "@kinship/db/schema";
import { smallestPublishedCount } from "../suppression";
import type { reportedGoalNeeds } from "./journey-queries";

export const endReasonLabels: Record<MatchEndReason, string> = {
  planned_ending: "Came to its planned end",
  goals_met: "The person got what they wanted from it",
  mentee_moved_on: "The person moved on (moved away, started work…)",
  mentee_disengaged: "Lost touch",
  mentor_stepped_back: "The mentor stepped back",
  rematched: "Rematched with another mentor",
  safeguarding: "A safeguarding reason",
  other: "Another reason",
};

export const outcomeLabels: Record<OutcomeArea, string> = {
  substance_use: "Drug and alcohol use",
  employment_education_training: "Employment, education and training",
  housing: "Housing",
  offending: "Offending",
  health_wellbeing: "Health and wellbeing",
};

// What our records can say about each outcome, and what they cannot.
export const outcomeSources: Record<OutcomeArea, string> = {
  substance_use:
    "Drug and alcohol use is what people say in their check-ins about whether it gets in the way of their life, not test results or treatment records.",
  employment_education_training:
    "Employment, education and training is how people answer about spending their days on things that matter, such as work, learning or volunteering; we do not hold job or course starts.",
  housing:
    "Housing is how people answer about having a safe, settled place to live; we do not hold tenancy or homelessness records.",
  offending:
    "Offending is how people answer about keeping away from trouble; we do not hold police, court or probation records.",
  health_wellbeing:
    "Health and wellbeing is how people answer about coping with their feelings and looking after their body; we do not hold health records.",
};

export const notAskedAbout = (area: OutcomeArea) =>
  `${outcomeLabels[area]}: the check-ins used in this period do not ask about this, so this report cannot show it.`;

export const goalNeedLabels: Record<(typeof reportedGoalNeeds)[number], string> = {
  housing: "Housing",
  work_education_training: "Work, education or training",
  justice: "Justice (courts, probation, police)",
  health: "Health",
};

export const progressionLabels = {
  volunteer: "Became a volunteer",
  peer_mentor: "Became a peer mentor",
  recovery_champion: "Became a recovery champion",
} as const;

export const howToRead = [
  `Numbers from 1 to ${smallestPublishedCount - 1} are not shown, so that no one can be picked out: on its own such a number reads “fewer than ${smallestPublishedCount}”, and in a table “*”. A 0 means nobody.`,
  "In a table, a few larger numbers are shown as “*” too, so that a hidden small number cannot be worked out by taking the others away from a total.",
  `Hours, sessions and check-ins are totals, not counts of people: each is shown only when ${smallestPublishedCount} or more people are behind it.`,
  "Recovery capital, networks, outcomes and goals count only members who have agreed to be counted in anonymous reports; they can change their mind at any time. Matches, sessions, volunteering hours, check-ins at gatherings and role changes are the service's own records and count everyone.",
  "This report holds no names or other details of any person.",
];
