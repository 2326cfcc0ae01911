// The `staffOf` rule outside GraphQL: reports and dashboards (and their file
// downloads) are for the organisation's coordinators and administrators, from a
// session that proved a second factor.
import { staffStanding } from "../auth/staff-standing";
import { AppError } from "../errors";
import type { Viewer } from "../graphql/context";

/** Throws FORBIDDEN (saying what `forbidden` names) or SECOND_FACTOR_REQUIRED. */
export function requireReportingStaff(viewer: Viewer, organisationId: string, now: Date, what: string) {
  const standing = staffStanding(viewer, organisationId, now);
  if (standing === "not_staff") {
    throw new AppError("FORBIDDEN", `Only coordinators and administrators of the organisation can see ${what}.`);
  }
  if (standing === "second_factor_missing") {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to see this.");
  }
}
