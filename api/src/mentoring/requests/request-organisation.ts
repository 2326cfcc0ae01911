// MentorRequest.organisation for a whole list of requests in one load: the
// resolvers for every request in a list run in one pass, so the organisation
// ids they ask for are gathered and loaded together on the next microtask.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";

type OrganisationRow = typeof schema.organisations.$inferSelect;
interface Pending {
  ids: Set<string>;
  loaded: Promise<Map<string, OrganisationRow>>;
}
const pendingByRequest = new WeakMap<Context, Pending>();

export function organisationOfRequest(ctx: Context, organisationId: string): Promise<OrganisationRow> {
  let pending = pendingByRequest.get(ctx);
  if (!pending) {
    const ids = new Set<string>();
    const loaded = new Promise<void>((resolve) => queueMicrotask(resolve)).then(async () => {
      pendingByRequest.delete(ctx);
      const rows = await ctx.db
        .select()
        .from(schema.organisations)
        .where(inArray(schema.organisations.id, [...ids]));
      return new Map(rows.map((row) => [row.id, row]));
    });
    pending = { ids, loaded };
    pendingByRequest.set(ctx, pending);
  }
  pending.ids.add(organisationId);
  return pending.loaded.then((byId) => {
    const organisation = byId.get(organisationId);
    if (!organisation) throw new AppError("NOT_FOUND", "That organisation no longer exists.");
    return organisation;
  });
}
