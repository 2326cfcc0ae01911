// Finishes changing the email address or mobile number a person signs in with,
// with the code sent to the new one (change-contact-details.ts). Like the change
// itself, it signs out every other device; the old address, if there was one,
// is told, so a person whose account was taken over hears of it.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { addressInUse, type PendingContactChange } from "./change-contact-details";
import { accountMessageTexts } from "./messages/account-message-texts";
import { mayNameServiceFor, queueAccountMessage } from "./messages/queue-account-message";
import { endOtherSessions } from "./re-authentication";
import { useVerification } from "./verification/use-verification";

export async function confirmContactChange({
  ctx,
  viewer,
  verificationId,
  code,
}: {
  ctx: Context;
  viewer: Viewer;
  verificationId: string;
  code: string;
}) {
  const { payload } = await useVerification<PendingContactChange>(ctx, {
    id: verificationId,
    code,
    purpose: "contact_change",
    personId: viewer.personId,
  });
  const { field, value } = payload;
  const now = ctx.now();
  const [person, mayName] = await Promise.all([
    ctx.db.query.people.findFirst({ columns: { email: true, mobile: true }, where: { id: viewer.personId } }),
    mayNameServiceFor(ctx.db, viewer.personId),
  ]);
  if (!person) throw new AppError("UNAUTHENTICATED", "Please sign in to do this.");
  const previous = person[field];
  const notice =
    previous && previous !== value
      ? await queueAccountMessage(
          { db: ctx.db, cipher: ctx.cipher, now },
          {
            personId: viewer.personId,
            channel: field,
            to: previous,
            text: accountMessageTexts.contactChanged({ channel: field, mayName }),
          },
        )
      : null;
  try {
    await ctx.db.batch([
      ctx.db
        .update(schema.people)
        .set({ [field]: value })
        .where(eq(schema.people.id, viewer.personId)),
      endOtherSessions(ctx, viewer),
      ...(notice ? [notice.statement] : []),
    ]);
  } catch (error) {
    // Another account took the address since the code was sent: the unique index decides.
    if (String((error as { cause?: unknown }).cause ?? error).includes("UNIQUE")) throw addressInUse(field);
    throw error;
  }
  if (notice) ctx.accountMessages.sendSoon();
}
