// A person takes a connection off their map. The row stays, with the day it
// went, so earlier snapshots (and the growth chart drawn from them) stay true and
// an accepted suggestion is not offered again.
import { schema } from "@kinship/db";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { snapshotStatement } from "./network-snapshot";
import { ownLiveConnection, requireOwnLiveConnection } from "./own-connection";

export async function removeConnection({ ctx, viewer, id }: { ctx: Context; viewer: Viewer; id: string }) {
  await requireOwnLiveConnection(ctx, viewer, id);
  const now = ctx.now();
  await ctx.db.batch([
    ctx.db
      .update(schema.networkConnections)
      .set({ removedOn: londonDate(now), updatedAt: now })
      .where(ownLiveConnection(viewer, id)),
    snapshotStatement(ctx, viewer.personId),
  ]);
}
