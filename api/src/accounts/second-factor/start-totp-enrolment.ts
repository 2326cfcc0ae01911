// Step one of adding an authenticator app: a new secret, shown to the person as
// a QR code and as text. Nothing is enforced until they confirm a code from it.
// Replacing a confirmed app is a change to how the person signs in, so it needs
// a recent re-authentication, and this session must have proved the current app
// (or a recovery code): otherwise the password alone would be enough to swap in
// an attacker's app. The old app and recovery codes then stop working at once
// and every other session ends (this one keeps its proof, to finish).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hasCurrentSecondFactor } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { endOtherSessions, requireRecentReauthentication } from "../re-authentication";
import { newTotpSecret, totpFor } from "./totp";

export const secretLocation = (personId: string) => ({
  table: "totp_credentials",
  column: "encrypted_secret",
  rowId: personId,
});

export async function startTotpEnrolment({
  ctx,
  viewer,
  currentPassword,
}: {
  ctx: Context;
  viewer: Viewer;
  currentPassword?: string | null;
}) {
  const existing = await ctx.db.query.totpCredentials.findFirst({ where: { personId: viewer.personId } });
  const isReplacing = Boolean(existing?.confirmedAt);
  if (isReplacing && !hasCurrentSecondFactor(viewer.session, ctx.now())) {
    throw new AppError(
      "SECOND_FACTOR_REQUIRED",
      "Confirm it's you with your current app, or one of your recovery codes, before replacing it.",
    );
  }
  if (isReplacing) await requireRecentReauthentication({ ctx, viewer, currentPassword });
  const secret = newTotpSecret();
  const encryptedSecret = await ctx.cipher.encrypt(secret, secretLocation(viewer.personId));
  const now = ctx.now();
  const upsert = ctx.db
    .insert(schema.totpCredentials)
    .values({ personId: viewer.personId, encryptedSecret, createdAt: now })
    .onConflictDoUpdate({
      target: schema.totpCredentials.personId,
      set: { encryptedSecret, createdAt: now, confirmedAt: null, lastUsedStep: null },
    });
  if (isReplacing) {
    await ctx.db.batch([
      upsert,
      ctx.db.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.personId, viewer.personId)),
      endOtherSessions(ctx, viewer),
    ]);
  } else {
    await upsert;
  }
  // The label names the service only: a glance at someone's authenticator app
  // should not reveal their name or email next to a recovery service.
  return { secret, uri: totpFor(secret, "Kinship account").toString() };
}
