// "Forgotten your password?": a code goes to the email address or mobile number
// a person signs in with. The answer is the same whether or not there is such an
// account (ADR 020): a verification is always written (a decoy when there is no
// account) and the code message, if any, is sent after the answer.
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { rateLimitedError, validationError } from "../errors";
import type { Context } from "../graphql/context";
import { parseIdentifier } from "./account-input";
import { accountMessageTexts } from "./messages/account-message-texts";
import { type ContactChannel, mayNameServiceFor, queueAccountMessage } from "./messages/queue-account-message";
import { allowMessageTo } from "./sign-up";
import { startVerification } from "./verification/start-verification";

export async function requestPasswordReset({ ctx, identifier }: { ctx: Context; identifier: string }) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "passwordReset", ctx.client.address, now);
  if (wait > 0) throw rateLimitedError(wait);
  await recordFailure(ctx.db, "passwordReset", ctx.client.address, now);
  const parsed = parseIdentifier(identifier);
  if (!parsed) {
    throw validationError({ identifier: ["Enter the email address or mobile number you sign in with."] });
  }
  const channel: ContactChannel = "email" in parsed ? "email" : "mobile";
  const address = "email" in parsed ? parsed.email : parsed.mobile;
  await allowMessageTo(ctx, address);

  const found = await ctx.db.query.people.findFirst({ columns: { id: true, disabledAt: true }, where: parsed });
  const person = found && !found.disabledAt ? found : undefined;
  const mayName = await mayNameServiceFor(ctx.db, person?.id ?? null);
  const verification = await startVerification(
    { db: ctx.db, cipher: ctx.cipher, now },
    { purpose: "password_reset", personId: person?.id ?? null, payload: null, isDecoy: !person },
  );
  const statements = [verification.statement] as const;
  if (person) {
    const text = accountMessageTexts.code({ code: verification.code, purpose: "password_reset", mayName });
    const message = await queueAccountMessage(
      { db: ctx.db, cipher: ctx.cipher, now },
      { personId: person.id, channel, to: address, text, expiresAt: verification.expiresAt },
    );
    await ctx.db.batch([...statements, message.statement]);
    ctx.accountMessages.sendSoon();
  } else {
    await ctx.db.batch(statements);
  }
  return { verificationId: verification.id, sentTo: channel };
}
