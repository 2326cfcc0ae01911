// A person changes a connection on their own map (who, what kind, how they
// affect them, how close), with the day's snapshot in the same batch.
import { schema } from "@kinship/db";
import { personCipher } from "../../crypto/person-keys";
import type { Context, Viewer } from "../../graphql/context";
import type { ConnectionInput } from "./connection-input";
import { snapshotStatement } from "./network-snapshot";
import { ownLiveConnection, requireOwnLiveConnection } from "./own-connection";
import { labelLocation } from "./read-network-map";

export async function updateConnection({
  ctx,
  viewer,
  id,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  id: string;
  input: ConnectionInput;
}) {
  await requireOwnLiveConnection(ctx, viewer, id);
  const labelCipher = await personCipher(ctx, viewer.personId).encrypt(input.label, labelLocation(id));
  await ctx.db.batch([
    ctx.db
      .update(schema.networkConnections)
      .set({
        labelCipher,
        kind: input.kind,
        influence: input.influence,
        closeness: input.closeness,
        updatedAt: ctx.now(),
      })
      .where(ownLiveConnection(viewer, id)),
    snapshotStatement(ctx, viewer.personId),
  ]);
}
