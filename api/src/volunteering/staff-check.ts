// The `staffOf` scope for use cases that learn the organisation only from the
// rows they are asked to change (decideHours: any number of entries, maybe from
// several organisations). Same rule as the builder's scope, same errors.
import { hasCurrentSecondFactor } from "../auth/sessions";
import { AppError } from "../errors";
import { type Context, staffRoles, type Viewer } from "../graphql/context";

export function requireStaffOf(ctx: Context, viewer: Viewer, organisationId: string) {
  const role = viewer.roles.get(organisationId);
  if (!role || !staffRoles.includes(role)) {
    throw new AppError("FORBIDDEN", "Only coordinators of the organisation can approve or decline these hours.");
  }
  if (!hasCurrentSecondFactor(viewer.session, ctx.now())) {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to do this.");
  }
}
