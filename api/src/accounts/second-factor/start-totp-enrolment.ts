// Step one of adding an authenticator app: a new secret, shown to the person as
// a QR code and as text. Nothing is enforced until they confirm a code from it.
import { schema } from "@kinship/db";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { newTotpSecret, totpFor } from "./totp";

export const secretLocation = (personId: string) => ({
  table: "totp_credentials",
  column: "encrypted_secret",
  rowId: personId,
});

export async function startTotpEnrolment({ ctx, viewer }: { ctx: Context; viewer: Viewer }) {
  const existing = await ctx.db.query.totpCredentials.findFirst({ where: { personId: viewer.personId } });
  if (existing?.confirmedAt) {
    throw new AppError("CONFLICT", "You already have an authenticator app set up.");
  }
  const secret = newTotpSecret();
  const encryptedSecret = await ctx.cipher.encrypt(secret, secretLocation(viewer.personId));
  const now = ctx.now();
  await ctx.db
    .insert(schema.totpCredentials)
    .values({ personId: viewer.personId, encryptedSecret, createdAt: now })
    .onConflictDoUpdate({ target: schema.totpCredentials.personId, set: { encryptedSecret, createdAt: now } });
  // The label names the service only: a glance at someone's authenticator app
  // should not reveal their name or email next to a recovery service.
  return { secret, uri: totpFor(secret, "Kinship account").toString() };
}
