// Changes to a connection are the person's alone: every lookup is by id AND the
// viewer, so someone else's connection (even one a mentor may read with consent)
// is simply not found, and nothing says whether it exists.
import { schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";

/** The viewer's own connection `id`, still on their map. */
export function ownLiveConnection(viewer: Viewer, id: string) {
  const { networkConnections } = schema;
  return and(
    eq(networkConnections.id, id),
    eq(networkConnections.personId, viewer.personId),
    isNull(networkConnections.removedOn),
  );
}

export async function requireOwnLiveConnection(ctx: Context, viewer: Viewer, id: string) {
  const [row] = await ctx.db
    .select({ id: schema.networkConnections.id })
    .from(schema.networkConnections)
    .where(ownLiveConnection(viewer, id));
  if (!row) throw new AppError("NOT_FOUND", "That connection isn't on your map.");
}
