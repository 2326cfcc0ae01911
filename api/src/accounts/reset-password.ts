// Choosing a new password with the code from request-password-reset.ts. Same
// rules as sign-up for the password (checked before the code is used up). Then
// every session of the account ends, the sign-in throttle for the account is
// cleared, and the person is told on every address they have. It does not sign
// in: the person signs in with the new password (and their second factor, if
// they have one), so a code alone never opens an account.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hashPassword } from "../auth/password";
import { clearFailures } from "../auth/throttle";
import type { Context } from "../graphql/context";
import { accountMessageTexts } from "./messages/account-message-texts";
import { mayNameServiceFor, queueAccountMessage } from "./messages/queue-account-message";
import { codeNotRight, useVerification } from "./verification/use-verification";

export async function resetPassword({
  ctx,
  input,
}: {
  ctx: Context;
  input: { verificationId: string; code: string; newPassword: string };
}) {
  const { personId } = await useVerification(ctx, {
    id: input.verificationId,
    code: input.code,
    purpose: "password_reset",
  });
  if (!personId) throw codeNotRight();
  const now = ctx.now();
  const [passwordHash, person, mayName] = await Promise.all([
    hashPassword(input.newPassword),
    ctx.db.query.people.findFirst({ columns: { email: true, mobile: true }, where: { id: personId } }),
    mayNameServiceFor(ctx.db, personId),
  ]);
  if (!person) throw codeNotRight();
  const text = accountMessageTexts.passwordChanged({ mayName });
  const notices = await Promise.all(
    [
      person.email ? ({ channel: "email", to: person.email } as const) : null,
      person.mobile ? ({ channel: "mobile", to: person.mobile } as const) : null,
    ]
      .filter((target) => target !== null)
      .map((target) => queueAccountMessage({ db: ctx.db, cipher: ctx.cipher, now }, { personId, text, ...target })),
  );
  await ctx.db.batch([
    ctx.db.update(schema.people).set({ passwordHash }).where(eq(schema.people.id, personId)),
    ctx.db.delete(schema.sessions).where(eq(schema.sessions.personId, personId)),
    ...notices.map((notice) => notice.statement),
  ]);
  await clearFailures(ctx.db, "account", personId);
  ctx.accountMessages.sendSoon();
}
