// Proves a code: right purpose (and person, for a signed-in change), not used,
// not expired, fewer than five wrong tries, and the right code. Every way of
// failing gets the same answer, so a decoy looks like any other verification.
// Using it is one conditional UPDATE, so two requests with the same right code
// cannot both succeed. Wrong codes also count against the network address.
import { schema } from "@kinship/db";
import type { VerificationPurpose } from "@kinship/db/schema";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { recordFailure, secondsUntilAllowed } from "../../auth/throttle";
import { rateLimitedError, validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { payloadLocation } from "./start-verification";
import { codeHash, isSameSecret, maxWrongCodes } from "./verification-codes";

export const codeNotRight = () =>
  validationError(
    { code: ["That code isn't right, or it has run out. Check the latest message, or ask for a new code."] },
    "That code didn't work.",
  );

export async function useVerification<Payload>(
  ctx: Context,
  options: { id: string; code: string; purpose: VerificationPurpose; personId?: string },
): Promise<{ personId: string | null; payload: Payload }> {
  const { db, client } = ctx;
  const now = ctx.now();
  const wait = await secondsUntilAllowed(db, "wrongCode", client.address, now);
  if (wait > 0) throw rateLimitedError(wait);
  const { accountVerifications: verifications } = schema;
  const row = await db.query.accountVerifications.findFirst({ where: { id: options.id } });
  const hash = await codeHash(ctx.cipher, options.id, options.code);
  const isUsable =
    row &&
    row.purpose === options.purpose &&
    (options.personId === undefined || row.personId === options.personId) &&
    !row.usedAt &&
    row.expiresAt > now &&
    row.failedAttempts < maxWrongCodes;
  const isMatch = Boolean(row?.codeHash) && isSameSecret(row!.codeHash!, hash);
  if (!row || !isUsable || !isMatch) {
    await recordFailure(db, "wrongCode", client.address, now);
    if (row && isUsable) {
      await db
        .update(verifications)
        .set({ failedAttempts: sql`${verifications.failedAttempts} + 1` })
        .where(eq(verifications.id, row.id));
    }
    throw codeNotRight();
  }
  const [used] = await db
    .update(verifications)
    .set({ usedAt: now })
    .where(
      and(
        eq(verifications.id, row.id),
        isNull(verifications.usedAt),
        gt(verifications.expiresAt, now),
        lt(verifications.failedAttempts, maxWrongCodes),
      ),
    )
    .returning({ id: verifications.id });
  if (!used) throw codeNotRight();
  const payload = JSON.parse(await ctx.cipher.decrypt(row.payload!, payloadLocation(row.id))) as Payload;
  return { personId: row.personId, payload };
}
