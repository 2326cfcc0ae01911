// Turning notifications off in one browser. Only the person's own subscription
// can be removed: for anyone else's endpoint, or an unknown one, nothing happens
// and the answer is the same, so the call tells nobody whose an endpoint is.
// With their last browser gone, the person's consent to notifications is
// withdrawn too, so the settings page shows them off rather than on-but-nowhere.
import { schema } from "@kinship/db";
import { and, eq, ne } from "drizzle-orm";
import { consentChange } from "../../consent/set-consent";
import type { Context, Viewer } from "../../graphql/context";

export async function unsubscribeFromPush({
  ctx,
  viewer,
  endpoint,
}: {
  ctx: Context;
  viewer: Viewer;
  endpoint: string;
}) {
  const { pushSubscriptions: table } = schema;
  const mine = and(eq(table.personId, viewer.personId), eq(table.endpoint, endpoint));
  const [[own], remaining] = await Promise.all([
    ctx.db.select({ id: table.id }).from(table).where(mine),
    ctx.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.personId, viewer.personId), ne(table.endpoint, endpoint)))
      .limit(1),
  ]);
  if (!own) return;
  const isLast = remaining.length === 0;
  const consent = isLast ? await consentChange({ ctx, viewer, purpose: "reminders_by_push", isGranted: false }) : null;
  await ctx.db.batch([
    ctx.db.delete(table).where(mine),
    // Push messages still waiting are skipped when their turn comes (no consent, no browser).
    ...(consent ? [consent.statement] : []),
  ]);
}
