// MentorRequest.organisation for a whole list of requests in one load.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { perRequestBatch } from "../request-batch";

type OrganisationRow = typeof schema.organisations.$inferSelect;

const organisationsById = perRequestBatch(async (ctx, ids: string[]) => {
  const rows = await ctx.db
    .select()
    .from(schema.organisations)
    .where(inArray(schema.organisations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
});

export async function organisationOfRequest(ctx: Context, organisationId: string): Promise<OrganisationRow> {
  const organisation = (await organisationsById(ctx, organisationId)).get(organisationId);
  if (!organisation) throw new AppError("NOT_FOUND", "That organisation no longer exists.");
  return organisation;
}
