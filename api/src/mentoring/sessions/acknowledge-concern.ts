// A coordinator or admin acknowledges a safeguarding concern with what they are
// doing about it. The response is about the mentee, so it is sealed under the
// mentee's key like the concern itself. A concern is acknowledged once.
import { schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";

export async function acknowledgeConcern({
  ctx,
  viewer,
  session,
  response,
}: {
  ctx: Context;
  viewer: Viewer;
  session: typeof schema.supportSessions.$inferSelect;
  response: string;
}) {
  if (!session.hasConcern) throw new AppError("CONFLICT", "No concern was raised in that session.");
  if (session.concernAcknowledgedAt) {
    throw new AppError("CONFLICT", "Someone has already acknowledged this concern.");
  }
  const { supportSessions } = schema;
  const concernResponseCipher = await personCipher(ctx, session.menteePersonId).encrypt(response, {
    table: "support_sessions",
    column: "concern_response_cipher",
    rowId: session.id,
  });
  // Only a still-unacknowledged concern changes, so two coordinators at once cannot both answer it.
  const changed = await ctx.db
    .update(supportSessions)
    .set({ concernAcknowledgedAt: ctx.now(), concernAcknowledgedByPersonId: viewer.personId, concernResponseCipher })
    .where(and(eq(supportSessions.id, session.id), isNull(supportSessions.concernAcknowledgedAt)))
    .returning({ id: supportSessions.id });
  if (changed.length === 0) throw new AppError("CONFLICT", "Someone has already acknowledged this concern.");
}
