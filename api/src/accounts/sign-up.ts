// Starts creating an account: a name to be called by, one email or mobile, and a
// password. Nothing is created until the code sent to that address comes back
// (confirm-sign-up.ts), so nobody can open an account in someone else's name.
//
// No account enumeration (ADR 020): every well-formed sign-up gets the same
// answer, `{ verificationId, sentTo }`, after the same work (the password hashed,
// one verification and one message written, the message sent after the answer).
// For an address that already has an account the message tells its owner that
// someone tried, and the verification is a decoy no code can prove.
import { hashPassword } from "../auth/password";
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { rateLimitedError, validationError } from "../errors";
import type { Context } from "../graphql/context";
import { accountMessageTexts } from "./messages/account-message-texts";
import { type ContactChannel, mayNameServiceFor, queueAccountMessage } from "./messages/queue-account-message";
import { startVerification } from "./verification/start-verification";

export interface SignUpInput {
  displayName: string;
  email?: string | null;
  mobile?: string | null;
  password: string;
}

/** Sealed in the verification until the code is proven. */
export interface PendingSignUp {
  displayName: string;
  channel: ContactChannel;
  address: string;
  passwordHash: string;
}

export async function signUp({ ctx, input }: { ctx: Context; input: SignUpInput }) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "signUp", ctx.client.address, now);
  if (wait > 0) throw rateLimitedError(wait);
  await recordFailure(ctx.db, "signUp", ctx.client.address, now);
  const email = input.email || null;
  const mobile = input.mobile || null;
  if (!email && !mobile) {
    throw validationError({ email: ["Give an email address or a mobile number, so you can sign in again."] });
  }
  // One address, proven by one code; the other can be added (and proven) from the account page.
  if (email && mobile) {
    throw validationError({
      mobile: ["Give an email address or a mobile number, not both. You can add the other once you've signed in."],
    });
  }
  const channel: ContactChannel = email ? "email" : "mobile";
  const address = (email ?? mobile)!;
  await allowMessageTo(ctx, address);

  const [holder, passwordHash] = await Promise.all([
    ctx.db.query.people.findFirst({
      columns: { id: true },
      where: channel === "email" ? { email: address } : { mobile: address },
    }),
    hashPassword(input.password),
  ]);
  const mayName = await mayNameServiceFor(ctx.db, holder?.id ?? null);
  const pending: PendingSignUp = { displayName: input.displayName, channel, address, passwordHash };
  const verification = await startVerification(
    { db: ctx.db, cipher: ctx.cipher, now },
    { purpose: "sign_up", personId: null, payload: pending, isDecoy: Boolean(holder) },
  );
  const message = await queueAccountMessage(
    { db: ctx.db, cipher: ctx.cipher, now },
    holder
      ? {
          personId: holder.id,
          channel,
          to: address,
          text: accountMessageTexts.addressAlreadyUsed({ channel, mayName }),
        }
      : {
          personId: null,
          channel,
          to: address,
          text: accountMessageTexts.code({ code: verification.code, purpose: "sign_up", mayName: false }),
          expiresAt: verification.expiresAt,
        },
  );
  await ctx.db.batch([verification.statement, message.statement]);
  ctx.accountMessages.sendSoon();
  return { verificationId: verification.id, sentTo: channel };
}

/**
 * Every message counts against the address it goes to, whoever asks and whether
 * or not it has an account, so nobody can flood someone's phone or inbox.
 */
export async function allowMessageTo(ctx: Context, address: string) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "messageTarget", address, now);
  if (wait > 0) throw rateLimitedError(wait);
  await recordFailure(ctx.db, "messageTarget", address, now);
}
