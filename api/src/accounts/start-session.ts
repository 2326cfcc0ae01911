// Starts a fresh session for a person and hands its cookie to the response.
// Any session the browser already carried is ended first: a new sign-in always
// gets a new token (no session fixation).

import { sessionCookie } from "../auth/cookie";
import { describeDevice } from "../auth/device";
import { createSession, revokeSession } from "../auth/sessions";
import { type Context, loadViewer } from "../graphql/context";

export async function startSession(ctx: Context, personId: string) {
  if (ctx.viewer) await revokeSession(ctx.db, ctx.viewer.personId, ctx.viewer.session.id);
  const { token } = await createSession(ctx.db, personId, describeDevice(ctx.client.userAgent), ctx.now());
  ctx.responseCookies.push(sessionCookie(token, ctx.client.isSecure));
  // The rest of this request (e.g. the fields selected on the result) sees the new viewer.
  ctx.viewer = await loadViewer(ctx.db, token, ctx.now());
}
