// The consents behind the demo journeys, kept as a history like real ones
// (ADR 008): the newest row per purpose is the one in force.
import type { ConsentPurpose } from "../schema";
import { instantDaysAgo } from "./demo-dates";
import type { JourneyContext, JourneyStory } from "./demo-journey-story";

// The API's current wording of every journey purpose is version 1 (api/src/consent/wording.ts).
const wordingVersion = 1;

export interface ConsentRow {
  personId: string;
  purpose: ConsentPurpose;
  isGranted: boolean;
  wordingVersion: number;
  recordedAt: Date;
}

export function consentRows(story: JourneyStory, context: JourneyContext): ConsentRow[] {
  return story.consents.map((consent, i) => ({
    personId: context.personId,
    purpose: consent.purpose,
    isGranted: consent.isGranted,
    wordingVersion,
    // A few seconds apart, so consents given at one sitting keep their order.
    recordedAt: new Date(instantDaysAgo(context.now, consent.daysAgo).getTime() + i * 1000),
  }));
}

/** Oldest first: the table's row id is its order, and the newest id per purpose wins. */
export const inRecordedOrder = (rows: ConsentRow[]) =>
  [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
