// Creates an account with the least personal data that lets a person sign in
// again: a name to be called by, an email or a mobile, and a password.
import { newId, schema } from "@kinship/db";
import { hashPassword } from "../auth/password";
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { AppError, rateLimitedError, validationError } from "../errors";
import type { Context } from "../graphql/context";
import { startSession } from "./start-session";

export interface SignUpInput {
  displayName: string;
  email?: string | null;
  mobile?: string | null;
  password: string;
}

export async function signUp({ ctx, input }: { ctx: Context; input: SignUpInput }) {
  const wait = await secondsUntilAllowed(ctx.db, "signUp", ctx.client.address, ctx.now());
  if (wait > 0) throw rateLimitedError(wait);
  await recordFailure(ctx.db, "signUp", ctx.client.address, ctx.now());
  const email = input.email || null;
  const mobile = input.mobile || null;
  if (!email && !mobile) {
    throw validationError({ email: ["Give an email address or a mobile number, so you can sign in again."] });
  }
  const existing = await ctx.db.query.people.findFirst({
    columns: { id: true },
    where: { OR: [...(email ? [{ email }] : []), ...(mobile ? [{ mobile }] : [])] },
  });
  if (existing) {
    throw new AppError(
      "CONFLICT",
      "We couldn't create an account with those details. If you already have an account, sign in instead.",
    );
  }
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  try {
    await ctx.db.insert(schema.people).values({ id, displayName: input.displayName, email, mobile, passwordHash });
  } catch (error) {
    // Two sign-ups with the same details at once: the unique index decides.
    if (String((error as { cause?: unknown }).cause ?? error).includes("UNIQUE")) {
      throw new AppError(
        "CONFLICT",
        "We couldn't create an account with those details. If you already have an account, sign in instead.",
      );
    }
    throw error;
  }
  await startSession(ctx, id);
  return id;
}
