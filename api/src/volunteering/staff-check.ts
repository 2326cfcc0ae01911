// The `staffOf` scope for use cases that learn the organisation only from the
// rows they are asked to change (decideHours: any number of entries, maybe from
// several organisations). Same rule as the builder's scope, same errors.
import { staffStanding } from "../auth/staff-standing";
import { AppError } from "../errors";
import type { Context, Viewer } from "../graphql/context";

export function requireStaffOf(ctx: Context, viewer: Viewer, organisationId: string) {
  const standing = staffStanding(viewer, organisationId, ctx.now());
  if (standing === "not_staff") {
    throw new AppError("FORBIDDEN", "Only coordinators of the organisation can approve or decline these hours.");
  }
  if (standing === "second_factor_missing") {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to do this.");
  }
}
