// An organiser edits a listing. Editing confirms it is current. Exceptions for
// single occurrences stay as they were: they are keyed by date, and a date
// that the new schedule no longer produces simply stops mattering.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";
import type { GatheringInput } from "./gathering-input";
import { gatheringValues } from "./gathering-values";

export async function updateGathering({ ctx, id, input }: { ctx: Context; id: string; input: GatheringInput }) {
  const now = ctx.now();
  const values = await gatheringValues(ctx, input);
  await ctx.db
    .update(schema.gatherings)
    .set({ ...values, lastConfirmedAt: now, updatedAt: now, locallyEditedAt: now })
    .where(eq(schema.gatherings.id, id));
}
