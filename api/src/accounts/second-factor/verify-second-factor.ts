// Proving the second factor for this session: a code from the authenticator app
// or one of the recovery codes. Failures are throttled like password guesses.
import { schema } from "@kinship/db";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { markSecondFactorVerified } from "../../auth/sessions";
import { clearFailures, recordFailure, secondsUntilAllowed } from "../../auth/throttle";
import { AppError, rateLimitedError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { useRecoveryCode } from "./recovery-codes";
import { secretLocation } from "./start-totp-enrolment";
import { acceptedStep } from "./totp";

export async function verifySecondFactor({ ctx, viewer, code }: { ctx: Context; viewer: Viewer; code: string }) {
  const { db } = ctx;
  const now = ctx.now();
  const wait = await secondsUntilAllowed(db, "secondFactor", viewer.personId, now);
  if (wait > 0) {
    throw rateLimitedError(wait);
  }
  const credential = await db.query.totpCredentials.findFirst({ where: { personId: viewer.personId } });
  if (!credential?.confirmedAt) throw new AppError("NOT_FOUND", "You haven't set up an authenticator app yet.");

  const secret = await ctx.cipher.decrypt(credential.encryptedSecret, secretLocation(viewer.personId));
  const step = acceptedStep(secret, code, now, credential.lastUsedStep);
  const isValid =
    step !== null ? await claimStep(ctx, viewer.personId, step) : await useRecoveryCode(db, viewer.personId, code, now);
  if (!isValid) {
    await recordFailure(db, "secondFactor", viewer.personId, now);
    throw new AppError("BAD_CREDENTIALS", "That code didn't work. Try the newest code from your app.");
  }
  await clearFailures(db, "secondFactor", viewer.personId);
  await markSecondFactorVerified(db, viewer.session.id, now);
}

// Records the step only if no later one was used, in one statement, so two
// requests racing with the same code cannot both succeed.
async function claimStep(ctx: Context, personId: string, step: number) {
  const { totpCredentials } = schema;
  const claimed = await ctx.db
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(totpCredentials.personId, personId),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ personId: totpCredentials.personId });
  return claimed.length === 1;
}
