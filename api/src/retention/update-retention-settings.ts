// An admin choosing how long their organisation keeps the detail of closed
// mentoring cases. Takes effect at the schedule's next hourly run; a shorter
// period clears more at once, a longer one cannot bring back what is cleared.
import { schema } from "@kinship/db";
import type { Context } from "../graphql/context";
import { loadRetentionSettings } from "./retention-settings";

export async function updateRetentionSettings({
  ctx,
  organisationId,
  closedCaseMonths,
}: {
  ctx: Context;
  organisationId: string;
  closedCaseMonths: number;
}) {
  const updatedAt = ctx.now();
  await ctx.db
    .insert(schema.retentionSettings)
    .values({ organisationId, closedCaseMonths, updatedAt })
    .onConflictDoUpdate({ target: schema.retentionSettings.organisationId, set: { closedCaseMonths, updatedAt } });
  return loadRetentionSettings(ctx.db, organisationId);
}
