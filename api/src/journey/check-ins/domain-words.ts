// Each recovery-capital domain in plain words, written so they read the same to
// the person, their mentor and a coordinator ("Having a safe place to live is a
// strength right now"), whichever instrument's wording the items use.
import type { RecoveryDomain } from "@kinship/db/schema";

export const domainWords: Record<RecoveryDomain, string> = {
  substance_use: "Keeping drink or drugs from getting in the way",
  psychological_health: "Coping with feelings",
  physical_health: "Looking after physical health",
  citizenship_community: "Feeling part of the community",
  social_support: "Having people who back recovery",
  meaningful_activities: "Spending days on things that matter",
  housing_safety: "Having a safe place to live",
  risk_taking: "Keeping away from trouble",
  coping_functioning: "Handling everyday things",
  recovery_experience: "Feeling hopeful about the future",
};

export const strengthSentence = (domain: RecoveryDomain) => `${domainWords[domain]} is a strength right now.`;
export const gapSentence = (domain: RecoveryDomain) => `${domainWords[domain]} is hard right now.`;
