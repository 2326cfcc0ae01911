// An organisation's admin removes a staff member's authenticator app when they
// have lost both their phone and their recovery codes. The person sets up a new
// one at their next sign-in. The reset shows in the person's "who looked at my
// record" list, so it cannot happen unnoticed. The admin proves their own
// password again first (re-authentication.ts): a stolen admin session alone
// cannot strip someone's second factor.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { requireRecentReauthentication } from "../re-authentication";

export async function resetSecondFactor({
  ctx,
  viewer,
  organisationId,
  personId,
  currentPassword,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  personId: string;
  currentPassword?: string | null;
}) {
  await requireRecentReauthentication({ ctx, viewer, currentPassword });
  const membership = await ctx.db.query.memberships.findFirst({
    columns: { id: true },
    where: { organisationId, personId },
  });
  if (!membership) throw new AppError("NOT_FOUND", "That person is not part of this organisation.");
  await ctx.db.batch([
    ctx.db.delete(schema.totpCredentials).where(eq(schema.totpCredentials.personId, personId)),
    ctx.db.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.personId, personId)),
    ctx.db.update(schema.sessions).set({ secondFactorAt: null }).where(eq(schema.sessions.personId, personId)),
    ctx.db.insert(schema.accessAudit).values({
      at: ctx.now(),
      viewerPersonId: viewer.personId,
      subjectPersonId: personId,
      organisationId,
      viewerRole: viewer.roles.get(organisationId) ?? "admin",
      relationship: "admin of the person's organisation",
      fields: "secondFactor",
      via: "Second factor reset",
    }),
  ]);
}
