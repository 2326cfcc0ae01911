// Changing a password proves the current one, then ends every other session:
// whoever else might have known the old password is signed out. The proof is
// checked under the sign-in throttle, like every re-authentication.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hashPassword } from "../auth/password";
import type { Context, Viewer } from "../graphql/context";
import { endOtherSessions, verifyCurrentPassword } from "./re-authentication";

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export async function changePassword({
  ctx,
  viewer,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  input: ChangePasswordInput;
}) {
  await verifyCurrentPassword(ctx, viewer, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.batch([
    ctx.db.update(schema.people).set({ passwordHash }).where(eq(schema.people.id, viewer.personId)),
    endOtherSessions(ctx, viewer),
  ]);
}
