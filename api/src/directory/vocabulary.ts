// The words the directory shows for each stored code: kinds, attendance modes,
// accessibility and tags. Tags are Meeting Guide codes where one exists and our
// own lower-case codes for what recovery services need and the spec lacks.
import type { AccessibilityFeature, AttendanceMode, GatheringKind } from "@kinship/db/schema";
import { meetingGuideTypes } from "./meeting-guide-types";

export const gatheringKindLabels: Record<GatheringKind, string> = {
  smart_recovery: "SMART Recovery meeting",
  alcoholics_anonymous: "Alcoholics Anonymous (AA) meeting",
  narcotics_anonymous: "Narcotics Anonymous (NA) meeting",
  cocaine_anonymous: "Cocaine Anonymous (CA) meeting",
  crystal_meth_anonymous: "Crystal Meth Anonymous (CMA) meeting",
  al_anon: "Al-Anon family group",
  other_fellowship: "Mutual aid meeting",
  recovery_cafe: "Recovery café",
  recovery_walk: "Recovery walk",
  peer_support_group: "Peer support group",
  family_carers_group: "Family and carers group",
  social_event: "Social or sober event",
  training: "Training",
};

export const attendanceModeLabels: Record<AttendanceMode, string> = {
  in_person: "In person",
  online: "Online",
  hybrid: "In person and online",
};

export const accessibilityLabels: Record<AccessibilityFeature, string> = {
  step_free: "Step-free access",
  accessible_toilet: "Accessible toilet",
  hearing_loop: "Hearing loop",
  british_sign_language: "British Sign Language",
  quiet_space: "Quiet space",
  parking: "Parking",
  near_public_transport: "Near public transport",
  baby_changing: "Baby changing",
};

/** Our own tags, for what the Meeting Guide codes do not cover. */
export const kinshipTags: Record<string, string> = {
  "medication-assisted-recovery-welcome": "People on prescribed medication (e.g. methadone, buprenorphine) welcome",
  "lived-experience-led": "Run by people with lived experience",
  "no-need-to-book": "No need to book",
  "free-food": "Free food or drinks",
  "dogs-welcome": "Dogs welcome",
  "under-25s": "For people under 25",
  "families-welcome": "Families welcome",
  "criminal-justice": "For people in contact with the justice system",
};

/** Every tag a listing may carry, code → words. */
export const tagLabels: Record<string, string> = { ...meetingGuideTypes, ...kinshipTags };

export const isKnownTag = (code: string) => Object.hasOwn(tagLabels, code);

/** Accessibility features that have a Meeting Guide code, for the feeds. */
export const accessibilityMeetingGuideTypes: Partial<Record<AccessibilityFeature, string>> = {
  step_free: "X",
  accessible_toilet: "XB",
};
