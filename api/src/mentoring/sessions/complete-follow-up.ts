// The mentor ticks off a follow-up. Ticking it again keeps the first time it was done.
import { schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "../../graphql/context";

export async function completeFollowUp({ ctx, followUpId }: { ctx: Context; followUpId: string }) {
  const { followUpActions } = schema;
  await ctx.db
    .update(followUpActions)
    .set({ doneAt: ctx.now() })
    .where(and(eq(followUpActions.id, followUpId), isNull(followUpActions.doneAt)));
}
