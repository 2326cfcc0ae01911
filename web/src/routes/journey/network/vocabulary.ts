// The network map in the words and shapes the pages use. Influence is always
// told by a shape AND a word, never by colour alone.
import type { ResultOf } from "../../../graphql/graphql";
import type { MyNetworkQuery } from "../../../graphql/journey-network";

export type Connection = ResultOf<typeof MyNetworkQuery>["networkMap"]["connections"][number];
export type ConnectionKind = Connection["kind"];
export type Influence = Connection["influence"];
export type NetworkPoint = ResultOf<typeof MyNetworkQuery>["networkGrowth"][number];

// In the order groups go round the diagram: closest kinds of tie first, the recovery community together.
export const kindLabels: Record<ConnectionKind, string> = {
  FAMILY: "Family",
  PARTNER: "Partner",
  FRIEND: "Friend",
  NEIGHBOUR: "Neighbour",
  MENTOR: "Peer mentor",
  MUTUAL_AID_GROUP: "Mutual-aid group",
  RECOVERY_CAFE: "Recovery café",
  RECOVERY_WALK: "Recovery walk",
  VOLUNTEERING_TEAM: "Volunteering team",
  FAITH_COMMUNITY: "Faith community",
  WORK_COLLEGE: "Work or college",
  PROFESSIONAL: "Professional (keyworker, GP…)",
  USED_WITH: "Someone I used with",
  OTHER_CONNECTION: "Someone or something else",
};
export const kindOrder = Object.keys(kindLabels) as ConnectionKind[];
export const kindChoices = Object.entries(kindLabels) as [ConnectionKind, string][];

export const influenceWords: Record<Influence, { symbol: string; label: string; meaning: string }> = {
  SUPPORTIVE: { symbol: "●", label: "Supportive", meaning: "good for my recovery" },
  NEUTRAL: { symbol: "◆", label: "Neutral", meaning: "neither helps nor gets in the way" },
  USING: { symbol: "▲", label: "Using", meaning: "around drink or drugs, or makes using more likely" },
};
export const influenceOrder: Influence[] = ["SUPPORTIVE", "NEUTRAL", "USING"];

export const closenessWords: Record<number, { label: string; ring: string }> = {
  1: { label: "Very close", ring: "inner ring" },
  2: { label: "Close", ring: "middle ring" },
  3: { label: "Further away", ring: "outer ring" },
};

/** "Someone I used with" → "someone I used with", for the middle of a sentence. */
export const inSentence = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);
