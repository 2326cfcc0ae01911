// A person adds someone, or a group, to their own map. The label is sealed under
// their key before it is stored, and the day's snapshot is written in the same
// batch, so the growth chart can never disagree with the map.
import { newId, schema } from "@kinship/db";
import { londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import type { Context, Viewer } from "../../graphql/context";
import type { ConnectionInput } from "./connection-input";
import { snapshotStatement } from "./network-snapshot";
import { labelLocation } from "./read-network-map";

export async function addConnection({
  ctx,
  viewer,
  input,
  suggestionKey = null,
}: {
  ctx: Context;
  viewer: Viewer;
  input: ConnectionInput;
  suggestionKey?: string | null;
}) {
  const id = newId();
  const now = ctx.now();
  const labelCipher = await personCipher(ctx, viewer.personId).encrypt(input.label, labelLocation(id));
  await ctx.db.batch([
    ctx.db
      .insert(schema.networkConnections)
      .values({
        id,
        personId: viewer.personId,
        labelCipher,
        kind: input.kind,
        influence: input.influence,
        closeness: input.closeness,
        suggestionKey,
        addedOn: londonDate(now),
        createdAt: now,
        updatedAt: now,
      })
      // Two taps on the same suggestion at once: the first is kept, the second changes nothing.
      .onConflictDoNothing(),
    snapshotStatement(ctx, viewer.personId),
  ]);
  return id;
}
