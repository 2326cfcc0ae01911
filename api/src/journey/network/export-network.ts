// The network-map part of a person's data download: every connection they ever
// put on their map (removed ones too) with its label opened, each day's snapshot,
// and the suggestions they set aside.
import { schema } from "@kinship/db";
import { asc, eq, sql } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { labelLocation } from "./read-network-map";

type ExportContext = Pick<Context, "db" | "cipher" | "now">;

export async function exportNetwork(ctx: ExportContext, personId: string) {
  const { networkConnections, networkSnapshots, networkSuggestionDismissals } = schema;
  const [connections, snapshots, dismissals] = await Promise.all([
    ctx.db
      .select()
      .from(networkConnections)
      .where(eq(networkConnections.personId, personId))
      .orderBy(asc(networkConnections.addedOn), asc(networkConnections.createdAt), asc(sql`rowid`)),
    ctx.db
      .select()
      .from(networkSnapshots)
      .where(eq(networkSnapshots.personId, personId))
      .orderBy(asc(networkSnapshots.takenOn)),
    ctx.db
      .select()
      .from(networkSuggestionDismissals)
      .where(eq(networkSuggestionDismissals.personId, personId))
      .orderBy(asc(networkSuggestionDismissals.dismissedAt)),
  ]);
  const cipher = personCipher(ctx, personId);
  return {
    connections: await Promise.all(
      connections.map(async (connection) => ({
        id: connection.id,
        label: await cipher.decrypt(connection.labelCipher, labelLocation(connection.id)),
        kind: connection.kind,
        influence: connection.influence,
        closeness: connection.closeness,
        suggestedFrom: connection.suggestionKey,
        addedOn: connection.addedOn,
        removedOn: connection.removedOn,
      })),
    ),
    snapshots: snapshots.map((snapshot) => ({
      takenOn: snapshot.takenOn,
      connectionCount: snapshot.connectionCount,
      supportiveCount: snapshot.supportiveCount,
      usingCount: snapshot.usingCount,
      recoveryCommunityCount: snapshot.recoveryCommunityCount,
      connections: snapshot.connections,
    })),
    suggestionsSetAside: dismissals.map((dismissal) => ({
      suggestion: dismissal.suggestionKey,
      setAsideAt: dismissal.dismissedAt,
    })),
  };
}
