// Reading a person's own push subscriptions: how many browsers have notifications
// on (for their settings page), and what their data download says about them.
// The download names each browser's push service by host only: the full endpoint
// is a capability URL (whoever holds it, with the keys, could message that browser),
// so it is no more handed out than a password would be.
import { type Database, schema } from "@kinship/db";
import { asc, count, eq } from "drizzle-orm";

export async function pushSubscriptionCount(db: Database, personId: string) {
  const { pushSubscriptions: table } = schema;
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.personId, personId));
  return row?.n ?? 0;
}

export async function exportPushSubscriptions(db: Database, personId: string) {
  const { pushSubscriptions: table } = schema;
  const rows = await db
    .select({ endpoint: table.endpoint, createdAt: table.createdAt, lastSentAt: table.lastSentAt })
    .from(table)
    .where(eq(table.personId, personId))
    .orderBy(asc(table.createdAt));
  return rows.map((row) => ({
    pushServiceHost: new URL(row.endpoint).host,
    turnedOnAt: row.createdAt,
    lastSentAt: row.lastSentAt,
  }));
}
