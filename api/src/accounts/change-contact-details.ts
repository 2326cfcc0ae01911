// Changing the email address or mobile number a person signs in with. Both are
// stored normalised as at sign-up (account-input.ts) and need a recent
// re-authentication. Removing one (while the other remains) happens at once; a
// new one only once the code sent to it comes back (confirm-contact-change.ts),
// so nobody can move an account to an address they don't hold.
//
// Uniqueness without a new way to enumerate accounts: an address already used by
// another account is refused with CONFLICT, but only to someone who has just
// proved this account's password, and every attempt to use a new address counts
// against the same hourly allowance per network address as signing up (which
// answers the same question), so together they reveal at most a handful of
// addresses an hour from one network, however they are asked.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { recordFailure, secondsUntilAllowed } from "../auth/throttle";
import { AppError, rateLimitedError, validationError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { accountMessageTexts } from "./messages/account-message-texts";
import { mayNameServiceFor, queueAccountMessage } from "./messages/queue-account-message";
import { endOtherSessions, requireRecentReauthentication } from "./re-authentication";
import { allowMessageTo } from "./sign-up";
import { startVerification } from "./verification/start-verification";

export type ContactField = "email" | "mobile";

const words: Record<ContactField, { name: string; other: string }> = {
  email: { name: "email address", other: "a mobile number" },
  mobile: { name: "mobile number", other: "an email address" },
};

interface ChangeOptions {
  ctx: Context;
  viewer: Viewer;
  /** Already normalised; null removes it. */
  value: string | null;
  currentPassword?: string | null;
}

export const changeEmail = (options: ChangeOptions) => changeContactDetail("email", options);
export const changeMobile = (options: ChangeOptions) => changeContactDetail("mobile", options);

async function changeContactDetail(field: ContactField, { ctx, viewer, value, currentPassword }: ChangeOptions) {
  await requireRecentReauthentication({ ctx, viewer, currentPassword });
  const person = await ctx.db.query.people.findFirst({
    columns: { email: true, mobile: true },
    where: { id: viewer.personId },
  });
  if (!person) throw new AppError("UNAUTHENTICATED", "Please sign in to do this.");
  if (person[field] === value) return null;
  const other = field === "email" ? person.mobile : person.email;
  if (value === null && !other) {
    // A person must keep one way to sign in.
    throw validationError({
      [field]: [`You need an email address or a mobile number to sign in. Add ${words[field].other} first.`],
    });
  }
  if (value !== null) {
    await claimAddress(ctx, viewer, field, value);
    return sendCodeToNewAddress(ctx, viewer, field, value);
  }
  try {
    await ctx.db.batch([
      ctx.db
        .update(schema.people)
        .set({ [field]: value })
        .where(eq(schema.people.id, viewer.personId)),
      endOtherSessions(ctx, viewer),
    ]);
  } catch (error) {
    // Two accounts taking the same address at once: the unique index decides.
    if (String((error as { cause?: unknown }).cause ?? error).includes("UNIQUE")) throw addressInUse(field);
    throw error;
  }
  return null;
}

/** Sealed in the verification until the code sent to the new address is proven. */
export interface PendingContactChange {
  field: ContactField;
  value: string;
}

async function sendCodeToNewAddress(ctx: Context, viewer: Viewer, field: ContactField, value: string) {
  const now = ctx.now();
  await allowMessageTo(ctx, value);
  const payload: PendingContactChange = { field, value };
  const verification = await startVerification(
    { db: ctx.db, cipher: ctx.cipher, now },
    { purpose: "contact_change", personId: viewer.personId, payload, isDecoy: false },
  );
  const mayName = await mayNameServiceFor(ctx.db, viewer.personId);
  const message = await queueAccountMessage(
    { db: ctx.db, cipher: ctx.cipher, now },
    {
      personId: viewer.personId,
      channel: field,
      to: value,
      text: accountMessageTexts.code({ code: verification.code, purpose: "contact_change", mayName }),
      expiresAt: verification.expiresAt,
    },
  );
  await ctx.db.batch([verification.statement, message.statement]);
  ctx.accountMessages.sendSoon();
  return { verificationId: verification.id, sentTo: field };
}

export const addressInUse = (field: ContactField) =>
  new AppError("CONFLICT", `We couldn't use that ${words[field].name} for your account. Nothing was changed.`);

async function claimAddress(ctx: Context, viewer: Viewer, field: ContactField, value: string) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "signUp", ctx.client.address, now);
  if (wait > 0) throw rateLimitedError(wait);
  await recordFailure(ctx.db, "signUp", ctx.client.address, now);
  const holder = await ctx.db.query.people.findFirst({
    columns: { id: true },
    where: field === "email" ? { email: value } : { mobile: value },
  });
  if (holder && holder.id !== viewer.personId) throw addressInUse(field);
}
