// How a person's map has grown: one point per day it changed, from the day's
// snapshot. Snapshots hold counts and no names, so this is safe to chart.
import { schema } from "@kinship/db";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { type JourneyStanding, readAudited, recordJourneyRead } from "../journey-access";

export interface NetworkPoint {
  on: string;
  connectionCount: number;
  supportiveCount: number;
  /** Supportive connections as a share (0–1) of all of them; null when the map was empty. */
  supportiveShare: number | null;
  usingCount: number;
  recoveryCommunityCount: number;
}

export async function readNetworkGrowth(
  ctx: Context,
  personId: string,
  read: { standing: JourneyStanding; fields: string[]; via: string },
  range: { from: string | null; to: string | null },
) {
  const { networkSnapshots: snapshot } = schema;
  const select = ctx.db
    .select({
      on: snapshot.takenOn,
      connectionCount: snapshot.connectionCount,
      supportiveCount: snapshot.supportiveCount,
      usingCount: snapshot.usingCount,
      recoveryCommunityCount: snapshot.recoveryCommunityCount,
    })
    .from(snapshot)
    .where(
      and(
        eq(snapshot.personId, personId),
        range.from ? gte(snapshot.takenOn, range.from) : undefined,
        range.to ? lte(snapshot.takenOn, range.to) : undefined,
      ),
    )
    .orderBy(asc(snapshot.takenOn));
  const audit = recordJourneyRead(ctx, personId, read.standing, read);
  const [rows] = await readAudited(ctx, audit, [select]);
  return rows.map(
    (row): NetworkPoint => ({
      ...row,
      supportiveShare: row.connectionCount > 0 ? row.supportiveCount / row.connectionCount : null,
    }),
  );
}
