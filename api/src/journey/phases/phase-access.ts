// Who may read a person's treatment phase at one organisation. The phase is the
// service's own record, so its staff read it without the journey consent (as
// they read the rest of their records); the person reads their own; their mentor
// reads it only while the person shares their journey with them. Everyone else
// is refused without being told whether a record exists.
import { schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { hasCurrentSecondFactor } from "../../auth/sessions";
import { AppError } from "../../errors";
import { type Context, staffRoles } from "../../graphql/context";
import { type JourneyStanding, journeyStanding, recordJourneyRead, requireSignedIn } from "../journey-access";

export type PhaseStanding =
  | { kind: "self" }
  | { kind: "staff"; organisationId: string }
  | { kind: "mentor"; journey: JourneyStanding };

export async function isMemberOf(ctx: Pick<Context, "db">, personId: string, organisationId: string) {
  const { memberships } = schema;
  const [row] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)))
    .limit(1);
  return Boolean(row);
}

export async function phaseStanding(ctx: Context, personId: string, organisationId: string): Promise<PhaseStanding> {
  const viewer = requireSignedIn(ctx);
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
  if (standing.kind === "self" || !ctx.viewer) return null;
  if (standing.kind === "mentor") return recordJourneyRead(ctx, personId, standing.journey, read);
  return ctx.db.insert(schema.accessAudit).values({
    at: ctx.now(),
    viewerPersonId: ctx.viewer.personId,
    subjectPersonId: personId,
    organisationId: standing.organisationId,
    viewerRole: ctx.viewer.roles.get(standing.organisationId) ?? "none",
    relationship: "staff of the person's organisation",
    fields: read.fields.join(","),
    via: read.via,
  });
}
