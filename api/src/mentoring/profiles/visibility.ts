// Who sees which field of a mentor's profile. A mentor chooses, field by field,
// whether people choosing a mentor, their own mentees, or only coordinators may
// see it; fields they have not chosen for use the defaults below. Coordinators
// of the mentor's organisation and the mentor themself always see everything.
import type { ProfileAudience, ProfileField, ProfileVisibility } from "@kinship/db/schema";
import { profileFields } from "@kinship/db/schema";

const defaultVisibility: Record<ProfileField, ProfileAudience> = {
  introduction: "people_choosing",
  strengths: "people_choosing",
  languages: "people_choosing",
  meetingWays: "people_choosing",
  availability: "people_choosing",
  substances: "my_mentees",
  pathways: "my_mentees",
  lifeExperiences: "my_mentees",
  gender: "coordinators",
  ageBand: "coordinators",
  homeArea: "coordinators",
};

/**
 * How the viewer stands with the mentor:
 * - everything: the mentor themself, or staff of the mentor's organisation;
 * - mentee: in a proposed, accepted, active or paused match with them;
 * - choosing: has an offered match to them, waiting to choose;
 * - nobody: anyone else (a past mentee, a person whose offer went to someone else).
 */
export type ViewerStanding = "everything" | "mentee" | "choosing" | "nobody";

const audiencesSeenBy: Record<ViewerStanding, readonly ProfileAudience[]> = {
  everything: ["coordinators", "my_mentees", "people_choosing"],
  mentee: ["my_mentees", "people_choosing"],
  choosing: ["people_choosing"],
  nobody: [],
};

export const effectiveVisibility = (chosen: ProfileVisibility) =>
  profileFields.map((field) => ({ field, audience: chosen[field] ?? defaultVisibility[field] }));

export function isFieldVisible(chosen: ProfileVisibility, field: ProfileField, standing: ViewerStanding) {
  return audiencesSeenBy[standing].includes(chosen[field] ?? defaultVisibility[field]);
}

/** The closer of two standings, for a viewer with several matches to one mentor. */
export function closerStanding(a: ViewerStanding, b: ViewerStanding): ViewerStanding {
  const order: ViewerStanding[] = ["nobody", "choosing", "mentee", "everything"];
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}
