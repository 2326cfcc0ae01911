// The small status changes organisers make without editing a listing:
// confirm it is still right, cancel or reinstate the whole series, or withdraw it.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";
import {
  cancelGatheringReminders,
  peopleGoing,
  remindersForEveryoneGoing,
} from "../reminders/triggers/gathering-reminders";
import { loadGathering } from "./gathering-record";

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
  const update = ctx.db
    .update(schema.gatherings)
    .set({ ...set, updatedAt: now, locallyEditedAt: now })
    .where(eq(schema.gatherings.id, id));
  await ctx.db.batch([update, ...(await remindersAfter(ctx, id, change))]);
}

/** Calling the listing off takes back everyone's reminders of it; reinstating it writes them again. */
async function remindersAfter(ctx: Context, id: string, change: ListingStatusChange) {
  if (change === "cancel" || change === "withdraw") {
    return [
      cancelGatheringReminders(ctx.db, {
        gatheringId: id,
        personIds: peopleGoing(ctx.db, { gatheringId: id }),
        now: ctx.now(),
      }),
    ];
  }
  const gathering = change === "reinstate" ? await loadGathering(ctx.db, id) : undefined;
  if (!gathering) return [];
  return remindersForEveryoneGoing(ctx, { ...gathering, cancelledAt: null, withdrawnAt: null });
}
