// Changing a password proves the current one, then ends every other session:
// whoever else might have known the old password is signed out.
import { schema } from "@kinship/db";
import { and, eq, ne } from "drizzle-orm";
import { hashPassword, verifyPassword } from "../auth/password";
import { AppError } from "../errors";
import type { Context, Viewer } from "../graphql/context";

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
  const person = await ctx.db.query.people.findFirst({
    columns: { passwordHash: true },
    where: { id: viewer.personId },
  });
  if (!person || !(await verifyPassword(input.currentPassword, person.passwordHash))) {
    throw new AppError("BAD_CREDENTIALS", "Your current password isn't right. Nothing was changed.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.batch([
    ctx.db.update(schema.people).set({ passwordHash }).where(eq(schema.people.id, viewer.personId)),
    ctx.db
      .delete(schema.sessions)
      .where(and(eq(schema.sessions.personId, viewer.personId), ne(schema.sessions.id, viewer.session.id))),
  ]);
}
