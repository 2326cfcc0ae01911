// The mentee confirms a session happened ("Yes, this happened"). Once is enough:
// confirming again keeps the first time, so a double tap on a slow phone is harmless.
import { schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "../../graphql/context";

export async function confirmSupportSession({ ctx, sessionId }: { ctx: Context; sessionId: string }) {
  const { supportSessions } = schema;
  await ctx.db
    .update(supportSessions)
    .set({ confirmedByMenteeAt: ctx.now() })
    .where(and(eq(supportSessions.id, sessionId), isNull(supportSessions.confirmedByMenteeAt)));
}
