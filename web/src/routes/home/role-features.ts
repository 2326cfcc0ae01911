// What each role can do from their home page. Features that exist link to
// their page; the rest are listed as "coming soon" so people know what's coming.
import type { Viewer } from "../../lib/viewer";

export type Role = NonNullable<Viewer["memberships"]>[number]["role"];

export interface Feature {
  label: string;
  /** The feature's page, given the organisation's slug; features without one are coming soon. */
  href?: (organisationSlug: string) => string;
  /** The page is about this organisation, so screen readers hear its name with the link. */
  isPerOrganisation?: boolean;
}

const perOrganisation = (label: string, href: (slug: string) => string): Feature => ({
  label,
  href,
  isPerOrganisation: true,
});

const findMeetings: Feature = { label: "Find meetings and events" };
const recoveryJourney: Feature = { label: "My journey", href: () => "/journey" };
const askForMentor = perOrganisation("Ask for a mentor", (slug) => `/mentoring/ask?organisation=${slug}`);
const myMentoring: Feature = { label: "My mentoring", href: () => "/mentoring" };
// Sessions are logged from each person's page, reached from "My mentoring".
const logSession: Feature = { label: "Log a support session", href: () => "/mentoring" };
const myHours: Feature = { label: "My volunteering hours", href: () => "/volunteering" };
const vetMentors = perOrganisation("Vet mentors", (slug) => `/organisations/${slug}/mentoring/mentors`);
const approveMatches = perOrganisation("Approve matches", (slug) => `/organisations/${slug}/mentoring`);
const approveHours = perOrganisation("Approve volunteering hours", (slug) => `/organisations/${slug}/volunteering`);
const treatmentPhases = perOrganisation("Treatment phases", (slug) => `/organisations/${slug}/journey/phases`);
const checkInSettings = perOrganisation("Recovery check-ins", (slug) => `/organisations/${slug}/journey/check-ins`);
const serviceDashboard = perOrganisation("Service dashboard", (slug) => `/organisations/${slug}/dashboard`);
const commissionerReport = perOrganisation(
  "Report to commissioners",
  (slug) => `/organisations/${slug}/reports/commissioner`,
);

const closedCases = perOrganisation("Keeping closed cases", (slug) => `/organisations/${slug}/retention`);

const memberFeatures = [findMeetings, recoveryJourney, askForMentor, myMentoring];
const volunteerFeatures = [...memberFeatures, myHours];
const mentorFeatures = [...memberFeatures, logSession, myHours];
const staffFeatures = [
  ...mentorFeatures,
  vetMentors,
  approveMatches,
  approveHours,
  treatmentPhases,
  checkInSettings,
  serviceDashboard,
  commissionerReport,
  closedCases,
];

export const featuresFor: Record<Role, Feature[]> = {
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
