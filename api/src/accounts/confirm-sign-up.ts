// Finishes creating an account with the code sent by sign-up.ts: the account is
// created and this device signed in, as sign-up did before codes. Two pending
// sign-ups for one address: the first confirmed wins; the other, having proven
// the code (so it holds the address), is told plainly that the account exists.
import { newId, schema } from "@kinship/db";
import { AppError } from "../errors";
import type { Context } from "../graphql/context";
import type { PendingSignUp } from "./sign-up";
import { startSession } from "./start-session";
import { useVerification } from "./verification/use-verification";

export async function confirmSignUp({
  ctx,
  verificationId,
  code,
}: {
  ctx: Context;
  verificationId: string;
  code: string;
}) {
  const { payload } = await useVerification<PendingSignUp>(ctx, { id: verificationId, code, purpose: "sign_up" });
  const id = newId();
  try {
    await ctx.db.insert(schema.people).values({
      id,
      displayName: payload.displayName,
      email: payload.channel === "email" ? payload.address : null,
      mobile: payload.channel === "mobile" ? payload.address : null,
      passwordHash: payload.passwordHash,
    });
  } catch (error) {
    if (String((error as { cause?: unknown }).cause ?? error).includes("UNIQUE")) {
      throw new AppError(
        "CONFLICT",
        "An account with this address was created a moment ago. Sign in, or reset your password if it wasn't you.",
      );
    }
    throw error;
  }
  await startSession(ctx, id);
  return id;
}
