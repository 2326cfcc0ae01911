// Reading a person's map: the connections still on it with their labels opened
// under the person's key, and the counts the diagram and summaries show.
import { schema } from "@kinship/db";
import {
  type Closeness,
  type ConnectionInfluence,
  type ConnectionKind,
  recoveryCommunityKinds,
} from "@kinship/db/schema";
import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { type JourneyStanding, readAudited, recordJourneyRead } from "../journey-access";

type ConnectionRow = typeof schema.networkConnections.$inferSelect;

export interface ConnectionView {
  id: string;
  /** null only if it can no longer be opened (the person's key is gone). */
  label: string | null;
  kind: ConnectionKind;
  influence: ConnectionInfluence;
  closeness: Closeness;
  addedOn: string;
  isRecoveryCommunity: boolean;
}

export interface NetworkCounts {
  connectionCount: number;
  supportiveCount: number;
  neutralCount: number;
  usingCount: number;
  recoveryCommunityCount: number;
}

export const labelLocation = (connectionId: string) => ({
  table: "network_connections",
  column: "label_cipher",
  rowId: connectionId,
});

export const isRecoveryCommunity = (kind: ConnectionKind) => recoveryCommunityKinds.includes(kind);

export async function toConnectionViews(ctx: Context, personId: string, rows: ConnectionRow[]) {
  const cipher = personCipher(ctx, personId);
  return Promise.all(
    rows.map(
      async (row): Promise<ConnectionView> => ({
        id: row.id,
        label: await cipher.decrypt(row.labelCipher, labelLocation(row.id)),
        kind: row.kind,
        influence: row.influence,
        closeness: row.closeness as Closeness,
        addedOn: row.addedOn,
        isRecoveryCommunity: isRecoveryCommunity(row.kind),
      }),
    ),
  );
}

export function countConnections(connections: Pick<ConnectionView, "kind" | "influence">[]): NetworkCounts {
  const withInfluence = (influence: ConnectionInfluence) => connections.filter((c) => c.influence === influence);
  return {
    connectionCount: connections.length,
    supportiveCount: withInfluence("supportive").length,
    neutralCount: withInfluence("neutral").length,
    usingCount: withInfluence("using").length,
    recoveryCommunityCount: connections.filter((c) => isRecoveryCommunity(c.kind)).length,
  };
}

/** The person's live connections matching `where`, read (and audited, for anyone else) in one batch. */
export async function readConnections(
  ctx: Context,
  personId: string,
  read: { standing: JourneyStanding; fields: string[]; via: string } | null,
  where?: SQL,
) {
  const { networkConnections } = schema;
  const select = ctx.db
    .select()
    .from(networkConnections)
    .where(and(eq(networkConnections.personId, personId), isNull(networkConnections.removedOn), where))
    .orderBy(asc(networkConnections.addedOn), asc(networkConnections.createdAt), asc(sql`rowid`));
  const audit = read ? recordJourneyRead(ctx, personId, read.standing, read) : null;
  const [rows] = await readAudited(ctx, audit, [select]);
  return toConnectionViews(ctx, personId, rows);
}

export async function readNetworkMap(
  ctx: Context,
  personId: string,
  read: { standing: JourneyStanding; fields: string[]; via: string },
) {
  const connections = await readConnections(ctx, personId, read);
  return { personId, connections, counts: countConnections(connections) };
}
