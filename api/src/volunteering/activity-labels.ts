// Volunteering activities in the words a certificate or notice uses.
import type { VolunteeringActivity } from "@kinship/db/schema";

export const activityLabels: Record<VolunteeringActivity, string> = {
  mentoring: "Peer mentoring",
  travel_preparation: "Travel and preparation for mentoring",
  cafe_shift: "Recovery café shifts",
  leading_walk: "Leading walks",
  stewarding_event: "Stewarding events",
  training: "Training",
  admin: "Office and admin help",
  other_activity: "Other volunteering",
};
