// Step two: the person proves their app works by entering a code. The app is
// then required, this session counts as verified, and recovery codes are issued.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { markSecondFactorVerified } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { newRecoveryCodes, recoveryCodeRows } from "./recovery-codes";
import { secretLocation } from "./start-totp-enrolment";
import { acceptedStep } from "./totp";

export async function confirmTotpEnrolment({ ctx, viewer, code }: { ctx: Context; viewer: Viewer; code: string }) {
  const credential = await ctx.db.query.totpCredentials.findFirst({ where: { personId: viewer.personId } });
  if (!credential) throw new AppError("NOT_FOUND", "Start setting up your authenticator app first.");
  if (credential.confirmedAt) throw new AppError("CONFLICT", "Your authenticator app is already set up.");
  const secret = await ctx.cipher.decrypt(credential.encryptedSecret, secretLocation(viewer.personId));
  const now = ctx.now();
  const step = acceptedStep(secret, code, now, null);
  if (step === null) {
    throw new AppError(
      "BAD_CREDENTIALS",
      "That code didn't work. Check the time on your phone and try the newest code.",
    );
  }
  const codes = newRecoveryCodes();
  await ctx.db.batch([
    ctx.db
      .update(schema.totpCredentials)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(eq(schema.totpCredentials.personId, viewer.personId)),
    ctx.db.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.personId, viewer.personId)),
    ctx.db.insert(schema.recoveryCodes).values(recoveryCodeRows(viewer.personId, codes)),
  ]);
  await markSecondFactorVerified(ctx.db, viewer.session.id, now);
  return codes;
}
