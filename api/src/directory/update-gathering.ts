// An organiser edits a listing. Editing confirms it is current. Exceptions for
// single occurrences stay as they were: they are keyed by date, and a date
// that the new schedule no longer produces simply stops mattering.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";
import { remindersForEveryoneGoing } from "../reminders/triggers/gathering-reminders";
import type { GatheringInput } from "./gathering-input";
import { loadGathering } from "./gathering-record";
import { gatheringValues } from "./gathering-values";

export async function updateGathering({ ctx, id, input }: { ctx: Context; id: string; input: GatheringInput }) {
  const now = ctx.now();
  const values = await gatheringValues(ctx, input);
  const update = ctx.db
    .update(schema.gatherings)
    .set({ ...values, lastConfirmedAt: now, updatedAt: now, locallyEditedAt: now })
    .where(eq(schema.gatherings.id, id));
  // A new start time or place moves the reminders of everyone going to a coming date.
  const before = await loadGathering(ctx.db, id);
  const isListed = before && !before.cancelledAt && !before.withdrawnAt;
  const reminders = isListed ? await remindersForEveryoneGoing(ctx, { ...before, ...values }) : [];
  await ctx.db.batch([update, ...reminders]);
}
