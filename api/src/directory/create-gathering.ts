// An organisation lists a new gathering or one-off event. Listing it counts as
// confirming it, so it starts fresh.
import { newId, schema } from "@kinship/db";
import type { Context } from "../graphql/context";
import type { GatheringInput } from "./gathering-input";
import { gatheringValues } from "./gathering-values";

export async function createGathering({
  ctx,
  organisationId,
  input,
}: {
  ctx: Context;
  organisationId: string;
  input: GatheringInput;
}) {
  const id = newId();
  const now = ctx.now();
  const values = await gatheringValues(ctx, input);
  await ctx.db
    .insert(schema.gatherings)
    .values({ id, organisationId, ...values, lastConfirmedAt: now, createdAt: now, updatedAt: now });
  return id;
}
