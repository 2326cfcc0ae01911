// The GraphQL enums of mentoring and volunteering, declared once for every
// mentoring feature (profiles, requests, matches, sessions, hours) to share.
import {
  ageBands,
  contactModes,
  disengagementSignalKinds,
  exclusionReasons,
  genderPreferences,
  genders,
  hoursStatuses,
  lifeExperiences,
  matchEndReasons,
  matchStatuses,
  meetingWays,
  plannedContactKinds,
  profileAudiences,
  profileFields,
  recoveryPathways,
  requestStatuses,
  signpostTargets,
  substances,
  supportNeeds,
  vettingKinds,
  vettingOutcomes,
  volunteeringActivities,
} from "@kinship/db/schema";
import { enumOfValues } from "../graphql/builder";
import { weeklySlots } from "./profiles/weekly-slots";

export const SubstanceEnum = enumOfValues("Substance", substances);
export const RecoveryPathwayEnum = enumOfValues("RecoveryPathway", recoveryPathways);
export const LifeExperienceEnum = enumOfValues("LifeExperience", lifeExperiences);
export const SupportNeedEnum = enumOfValues("SupportNeed", supportNeeds);
export const MeetingWayEnum = enumOfValues("MeetingWay", meetingWays);
export const GenderEnum = enumOfValues("Gender", genders);
export const GenderPreferenceEnum = enumOfValues("GenderPreference", genderPreferences);
export const AgeBandEnum = enumOfValues("AgeBand", ageBands);
export const ProfileAudienceEnum = enumOfValues("ProfileAudience", profileAudiences);
export const ProfileFieldEnum = enumOfValues("ProfileField", profileFields);
export const VettingKindEnum = enumOfValues("VettingKind", vettingKinds);
export const VettingOutcomeEnum = enumOfValues("VettingOutcome", vettingOutcomes);
export const RequestStatusEnum = enumOfValues("MentorRequestStatus", requestStatuses);
export const ExclusionReasonEnum = enumOfValues("ExclusionReason", exclusionReasons);
export const MatchStatusEnum = enumOfValues("MatchStatus", matchStatuses);
export const MatchEndReasonEnum = enumOfValues("MatchEndReason", matchEndReasons);
export const ContactModeEnum = enumOfValues("ContactMode", contactModes);
export const SignpostTargetEnum = enumOfValues("SignpostTarget", signpostTargets);
export const VolunteeringActivityEnum = enumOfValues("VolunteeringActivity", volunteeringActivities);
export const HoursStatusEnum = enumOfValues("HoursStatus", hoursStatuses);
// How the viewer relates to a match on its sessions page (not stored: worked out per request).
export const SessionViewerRoleEnum = enumOfValues("SessionViewerRole", ["mentee", "mentor", "staff"] as const);
// A coordinator's decision on entries of volunteering hours (not stored as such: it sets their status).
export const HoursDecisionEnum = enumOfValues("HoursDecision", ["approve", "decline"] as const);

// Profiles, requests and matches.
export const WeeklySlotEnum = enumOfValues("WeeklySlot", weeklySlots);
const matchChanges = ["start", "pause", "resume", "plan_ending", "end"] as const;
export type MatchChange = (typeof matchChanges)[number];
export const MatchChangeEnum = enumOfValues("MatchChange", matchChanges);

// Keeping in touch: a nudge to the mentor, or an alert to coordinators.
export const DisengagementSignalKindEnum = enumOfValues("DisengagementSignalKind", disengagementSignalKinds);

// Planned contacts: a catch-up, or the mentor going with the person to an appointment.
export const PlannedContactKindEnum = enumOfValues("PlannedContactKind", plannedContactKinds);
