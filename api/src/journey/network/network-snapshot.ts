// The day's snapshot of a person's map, written in the same batch as every
// change to it. It is computed by SQL from the rows as the batch leaves them, so
// two changes at once cannot leave a snapshot that misses one of them.
import { newId, schema } from "@kinship/db";
import { recoveryCommunityKinds } from "@kinship/db/schema";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";

export function snapshotStatement(ctx: Pick<Context, "db" | "now">, personId: string) {
  const { networkConnections: connection, networkSnapshots: snapshot } = schema;
  const now = ctx.now();
  const countWhere = (condition: ReturnType<typeof sql> | ReturnType<typeof eq>) =>
    sql<number>`coalesce(sum(${condition}), 0)`;
  const live = ctx.db
    .select({
      id: sql<string>`${newId()}`.as("id"),
      personId: sql<string>`${personId}`.as("person_id"),
      takenOn: sql<string>`${londonDate(now)}`.as("taken_on"),
      connectionCount: sql<number>`count(*)`.as("connection_count"),
      supportiveCount: countWhere(eq(connection.influence, "supportive")).as("supportive_count"),
      usingCount: countWhere(eq(connection.influence, "using")).as("using_count"),
      recoveryCommunityCount: countWhere(inArray(connection.kind, [...recoveryCommunityKinds])).as(
        "recovery_community_count",
      ),
      // Ids, kinds, influence and closeness only: growth charts never carry a name.
      connections: sql<string>`json_group_array(json_object(
        'connectionId', ${connection.id}, 'kind', ${connection.kind},
        'influence', ${connection.influence}, 'closeness', ${connection.closeness}))`.as("connections"),
      createdAt: sql<number>`${now.getTime()}`.as("created_at"),
    })
    .from(connection)
    .where(and(eq(connection.personId, personId), isNull(connection.removedOn)));
  return ctx.db
    .insert(snapshot)
    .select(live)
    .onConflictDoUpdate({
      target: [snapshot.personId, snapshot.takenOn],
      set: {
        connectionCount: sql`excluded.connection_count`,
        supportiveCount: sql`excluded.supportive_count`,
        usingCount: sql`excluded.using_count`,
        recoveryCommunityCount: sql`excluded.recovery_community_count`,
        connections: sql`excluded.connections`,
      },
    });
}
