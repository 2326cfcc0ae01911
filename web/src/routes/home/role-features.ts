// What each role will be able to do from their home page. None of these exist
// yet, so the home page lists them as "coming soon" rather than as links.
import type { Viewer } from "../../lib/viewer";

export type Role = NonNullable<Viewer["memberships"]>[number]["role"];

const memberFeatures = ["Find meetings and events", "My recovery journey", "Ask for a mentor"];
const volunteerFeatures = [...memberFeatures, "My volunteering hours"];
const mentorFeatures = [...memberFeatures, "My mentoring", "Log a support session", "My volunteering hours"];
const staffFeatures = [...mentorFeatures, "Vet mentors", "Approve matches and hours", "Service dashboard"];

export const featuresFor: Record<Role, string[]> = {
  MEMBER: memberFeatures,
  VOLUNTEER: volunteerFeatures,
  PEER_MENTOR: mentorFeatures,
  RECOVERY_CHAMPION: mentorFeatures,
  COORDINATOR: staffFeatures,
  ADMIN: staffFeatures,
};

export const roleLabel: Record<Role, string> = {
  MEMBER: "Member",
  VOLUNTEER: "Volunteer",
  PEER_MENTOR: "Peer mentor",
  RECOVERY_CHAMPION: "Recovery champion",
  COORDINATOR: "Coordinator",
  ADMIN: "Administrator",
};

/** Roles that can see other people's details, and so must use a second factor. */
export const isStaffRole = (role: Role) => role === "COORDINATOR" || role === "ADMIN";

/** Roles that look after their organisation's directory listings (staff with a second factor). */
export const isPromoterRole = (role: Role) => role === "RECOVERY_CHAMPION" || isStaffRole(role);
