// Who may read a person's treatment phase at one organisation. The phase is the
// service's own record, so its staff read it without the journey consent (as
// they read the rest of their records); the person reads their own; their mentor
// reads it only while the person shares their journey with them. Everyone else
// is refused without being told whether a record exists.
import { hasCurrentSecondFactor } from "../../auth/sessions";
import { AppError } from "../../errors";
import { type Context, staffRoles } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import {
  isMemberOf,
  type JourneyStanding,
  journeyStanding,
  recordJourneyRead,
  recordPersonRead,
} from "../journey-access";

export type PhaseStanding =
  | { kind: "self" }
  | { kind: "staff"; organisationId: string }
  | { kind: "mentor"; journey: JourneyStanding };

export async function phaseStanding(ctx: Context, personId: string, organisationId: string): Promise<PhaseStanding> {
  const viewer = requireViewer(ctx);
  if (viewer.personId === personId) return { kind: "self" };
  const role = viewer.roles.get(organisationId);
  if (role && staffRoles.includes(role)) {
    if (!hasCurrentSecondFactor(viewer.session, ctx.now())) {
      throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to see this.");
    }
    if (await isMemberOf(ctx, personId, organisationId)) return { kind: "staff", organisationId };
  }
  const journey = await journeyStanding(ctx, personId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    throw error;
  });
  if (journey?.kind === "mentor") return { kind: "mentor", journey };
  throw new AppError("FORBIDDEN", "You can't see this person's treatment phase.");
}

/** The audit row for a read of someone else's phase, for the same batch as the read; null for their own. */
export function recordPhaseRead(
  ctx: Context,
  personId: string,
  standing: PhaseStanding,
  read: { fields: string[]; via: string },
) {
  if (standing.kind === "self") return null;
  if (standing.kind === "mentor") return recordJourneyRead(ctx, personId, standing.journey, read);
  return recordPersonRead(ctx, personId, {
    organisationId: standing.organisationId,
    relationship: "staff of the person's organisation",
    ...read,
  });
}
