// Turning on notifications in one browser: the subscription is stored for the
// signed-in person and, in the same batch, their consent to reminders as
// notifications is recorded with the wording shown beside the button. The same
// browser subscribing again (or for someone else who signed in on it) takes the
// row over: an endpoint belongs to one browser, so to whoever uses it now.
import { newId, schema } from "@kinship/db";
import { and, asc, eq, ne } from "drizzle-orm";
import { consentChange } from "../../consent/set-consent";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { decodeBase64Url } from "./base64url";
import type { PushSubscriptionInput } from "./subscription-input";

/** Enough for a phone, a laptop and a few replaced ones; the oldest makes way. */
export const maxBrowsersPerPerson = 10;

export async function subscribeToPush({
  ctx,
  viewer,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  input: PushSubscriptionInput;
}) {
  if (!ctx.vapidPublicKey) throw new AppError("NOT_FOUND", "Notifications aren't available on this service.");
  // The zod check proved the length; only Web Crypto can prove the point is on the curve.
  const isOnCurve = await crypto.subtle
    .importKey("raw", decodeBase64Url(input.p256dh)!, { name: "ECDH", namedCurve: "P-256" }, false, [])
    .then(
      () => true,
      () => false,
    );
  if (!isOnCurve) throw validationError({ p256dh: ["The browser's public key isn't a valid P-256 key."] });

  const { pushSubscriptions: table } = schema;
  const now = ctx.now();
  const others = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.personId, viewer.personId), ne(table.endpoint, input.endpoint)))
    .orderBy(asc(table.createdAt));
  const makingWay = others.slice(0, Math.max(0, others.length - (maxBrowsersPerPerson - 1)));
  const consent = await consentChange({ ctx, viewer, purpose: "reminders_by_push", isGranted: true });
  const row = { personId: viewer.personId, p256dh: input.p256dh, auth: input.auth, createdAt: now, lastSentAt: null };
  await ctx.db.batch([
    ctx.db
      .insert(table)
      .values({ id: newId(), endpoint: input.endpoint, ...row })
      .onConflictDoUpdate({ target: table.endpoint, set: row }),
    ...makingWay.map((old) => ctx.db.delete(table).where(eq(table.id, old.id))),
    ...(consent ? [consent.statement] : []),
  ]);
}
