// The `staffOf` rule outside GraphQL: reports and dashboards (and their file
// downloads) are for the organisation's coordinators and administrators, from a
// session that proved a second factor.
import { hasCurrentSecondFactor } from "../auth/sessions";
import { AppError } from "../errors";
import { staffRoles, type Viewer } from "../graphql/context";

/** Throws FORBIDDEN (saying what `forbidden` names) or SECOND_FACTOR_REQUIRED. */
export function requireReportingStaff(viewer: Viewer, organisationId: string, now: Date, what: string) {
  const role = viewer.roles.get(organisationId);
  if (!role || !staffRoles.includes(role)) {
    throw new AppError("FORBIDDEN", `Only coordinators and administrators of the organisation can see ${what}.`);
  }
  if (!hasCurrentSecondFactor(viewer.session, now)) {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to see this.");
  }
}
