// The small status changes organisers make without editing a listing:
// confirm it is still right, cancel or reinstate the whole series, or withdraw it.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";

export const listingStatusChanges = ["confirm", "cancel", "reinstate", "withdraw"] as const;
export type ListingStatusChange = (typeof listingStatusChanges)[number];

export async function changeListingStatus({
  ctx,
  id,
  change,
}: {
  ctx: Context;
  id: string;
  change: ListingStatusChange;
}) {
  const now = ctx.now();
  const set = {
    confirm: { lastConfirmedAt: now },
    // A cancelled listing keeps its page, marked cancelled, so nobody is left guessing.
    cancel: { cancelledAt: now },
    reinstate: { cancelledAt: null, withdrawnAt: null, lastConfirmedAt: now },
    withdraw: { withdrawnAt: now },
  }[change];
  await ctx.db
    .update(schema.gatherings)
    .set({ ...set, updatedAt: now, locallyEditedAt: now })
    .where(eq(schema.gatherings.id, id));
}
