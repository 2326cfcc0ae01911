// A person puts a suggested connection on their map. The suggestion is looked up
// again among the viewer's own, so a key for someone else's match or a
// gathering they never attended cannot be accepted. The key is unique per
// person, so accepting twice (two taps at once) leaves one connection.
import { schema } from "@kinship/db";
import type { Closeness, ConnectionInfluence } from "@kinship/db/schema";
import { and, eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { addConnection } from "./add-connection";
import { readNetworkSuggestions } from "./read-network-suggestions";

export async function acceptSuggestion({
  ctx,
  viewer,
  key,
  influence,
  closeness,
}: {
  ctx: Context;
  viewer: Viewer;
  key: string;
  influence: ConnectionInfluence;
  closeness: Closeness;
}) {
  const suggestion = (await readNetworkSuggestions(ctx, viewer.personId)).find((s) => s.key === key);
  if (!suggestion)
    throw new AppError("NOT_FOUND", "That suggestion is no longer there. It may already be on your map.");
  await addConnection({
    ctx,
    viewer,
    input: { label: suggestion.label, kind: suggestion.kind, influence, closeness },
    suggestionKey: key,
  });
  const { networkConnections } = schema;
  const [accepted] = await ctx.db
    .select({ id: networkConnections.id })
    .from(networkConnections)
    .where(and(eq(networkConnections.personId, viewer.personId), eq(networkConnections.suggestionKey, key)));
  return accepted!.id;
}
