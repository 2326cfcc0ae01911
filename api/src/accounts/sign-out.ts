// Ending sessions: this device, every device, or one chosen from the list.
import { clearedSessionCookie } from "../auth/cookie";
import { revokeAllSessions, revokeSession } from "../auth/sessions";
import { AppError } from "../errors";
import type { Context, Viewer } from "../graphql/context";

export async function signOut({ ctx, viewer }: { ctx: Context; viewer: Viewer }) {
  await revokeSession(ctx.db, viewer.personId, viewer.session.id);
  ctx.responseCookies.push(clearedSessionCookie(ctx.client.isSecure));
}

export async function signOutEverywhere({ ctx, viewer }: { ctx: Context; viewer: Viewer }) {
  await revokeAllSessions(ctx.db, viewer.personId);
  ctx.responseCookies.push(clearedSessionCookie(ctx.client.isSecure));
}

export async function endOtherSession({ ctx, viewer, sessionId }: { ctx: Context; viewer: Viewer; sessionId: string }) {
  // Only the owner's own sessions match, so another person's id is simply "not found".
  const isRevoked = await revokeSession(ctx.db, viewer.personId, sessionId);
  if (!isRevoked) throw new AppError("NOT_FOUND", "That session has already ended.");
  if (sessionId === viewer.session.id) ctx.responseCookies.push(clearedSessionCookie(ctx.client.isSecure));
}
