// Who may see a person's journey (check-ins, goals, lapses, network map): the
// person; their mentor in an accepted, active or paused match while the person
// shares their journey with their mentor; staff of an organisation the person
// belongs to while the person shares it with their service. Consent is checked
// at every read, so withdrawing it takes effect on the next request. Every read
// by someone else writes an audit row in the same batch as the read.
import { schema } from "@kinship/db";
import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { AccessDescription } from "../audit/access-record";
import { hasCurrentSecondFactor } from "../auth/sessions";
import { hasConsent } from "../consent/consent-state";
import { AppError } from "../errors";
import { type Context, staffRoles, type Viewer } from "../graphql/context";
import { requireViewer } from "../graphql/viewer";

export type JourneyStanding =
  | { kind: "self" }
  | { kind: "mentor"; organisationId: string }
  | { kind: "service"; organisationId: string };

// A mentor sees the journey only once they have said yes to supporting the person.
const sharingMatchStatuses = ["accepted", "active", "paused"] as const;

/**
 * How the viewer may see `personId`'s journey, or a FORBIDDEN error that does
 * not say whether the person exists. Staff must have proved a second factor.
 */
export async function journeyStanding(ctx: Context, personId: string): Promise<JourneyStanding> {
  const viewer = requireViewer(ctx);
  if (viewer.personId === personId) return { kind: "self" };

  const asMentor = await mentorOrganisation(ctx, viewer.personId, personId);
  if (asMentor && (await hasConsent(ctx.db, personId, "share_journey_with_mentor"))) {
    return { kind: "mentor", organisationId: asMentor };
  }
  const asStaff = await staffOrganisation(ctx, viewer, personId);
  if (asStaff && (await hasConsent(ctx.db, personId, "share_journey_with_service"))) {
    return { kind: "service", organisationId: asStaff };
  }
  throw new AppError("FORBIDDEN", "This person has not chosen to share their journey with you.");
}

async function mentorOrganisation(ctx: Context, mentorPersonId: string, menteePersonId: string) {
  const { mentoringMatches } = schema;
  const [match] = await ctx.db
    .select({ organisationId: mentoringMatches.organisationId })
    .from(mentoringMatches)
    .where(
      and(
        eq(mentoringMatches.mentorPersonId, mentorPersonId),
        eq(mentoringMatches.menteePersonId, menteePersonId),
        inArray(mentoringMatches.status, [...sharingMatchStatuses]),
      ),
    )
    .limit(1);
  return match?.organisationId ?? null;
}

/** Whether `personId` belongs to `organisationId`, in any role. */
export async function isMemberOf(ctx: Pick<Context, "db">, personId: string, organisationId: string) {
  const { memberships } = schema;
  const [row] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)))
    .limit(1);
  return Boolean(row);
}

async function staffOrganisation(ctx: Context, viewer: Viewer, personId: string) {
  const staffOf = [...viewer.roles].filter(([, role]) => staffRoles.includes(role)).map(([id]) => id);
  if (staffOf.length === 0) return null;
  const { memberships } = schema;
  const [membership] = await ctx.db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), inArray(memberships.organisationId, staffOf)))
    .limit(1);
  if (!membership) return null;
  if (!hasCurrentSecondFactor(viewer.session, ctx.now())) {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to see this.");
  }
  return membership.organisationId;
}

/**
 * The audit row for one read of `personId`'s journey, to run in the same
 * `ctx.db.batch` as the read; null when people read their own.
 */
export function recordJourneyRead(
  ctx: Context,
  personId: string,
  standing: JourneyStanding,
  read: { fields: string[]; via: string },
) {
  if (standing.kind === "self") return null;
  return recordPersonRead(ctx, personId, {
    organisationId: standing.organisationId,
    relationship: standing.kind === "mentor" ? "mentor, journey shared" : "staff, journey shared with service",
    ...read,
  });
}

/** The audit row for the viewer reading one person's records; null when no one is signed in. */
export function recordPersonRead(
  ctx: Context,
  personId: string,
  access: AccessDescription & { organisationId: string },
) {
  if (!ctx.viewer) return null;
  return ctx.db.insert(schema.accessAudit).values({
    at: ctx.now(),
    viewerPersonId: ctx.viewer.personId,
    subjectPersonId: personId,
    organisationId: access.organisationId,
    viewerRole: ctx.viewer.roles.get(access.organisationId) ?? "none",
    relationship: access.relationship,
    fields: access.fields.join(","),
    via: access.via,
  });
}

type Reads = readonly [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

/** Runs `reads` in one batch with `audit` ahead of them (when there is one), so no read goes unrecorded. */
export async function readAudited<T extends Reads>(
  ctx: Context,
  audit: BatchItem<"sqlite"> | null,
  reads: T,
): Promise<BatchResponse<T>> {
  if (!audit) return ctx.db.batch(reads);
  const [, ...results] = await ctx.db.batch([audit, ...reads]);
  return results as BatchResponse<T>;
}
