// Anyone, signed in or not, suggests a new listing or a change to one. It waits
// for the organisation's moderators and is never shown publicly before then.
import { newId, schema } from "@kinship/db";
import type { SuggestableField } from "@kinship/db/schema";
import { recordFailure, secondsUntilAllowed } from "../../auth/throttle";
import { AppError, rateLimitedError, validationError } from "../../errors";
import type { Context } from "../../graphql/context";

export interface SuggestionInput {
  organisationId?: string | null;
  gatheringId?: string | null;
  changes: Partial<Record<SuggestableField, string>>;
  message: string;
}

export async function suggestListingChange({ ctx, input }: { ctx: Context; input: SuggestionInput }) {
  const now = ctx.now();
  const wait = await secondsUntilAllowed(ctx.db, "suggestion", ctx.client.address, now);
  if (wait > 0) throw rateLimitedError(wait);
  if (Object.keys(input.changes).length === 0 && !input.message) {
    throw validationError({ message: ["Tell us what should change."] });
  }
  const organisationId = await organisationFor(ctx, input);
  if (!input.gatheringId && !input.changes.name) {
    throw validationError({ "changes.name": ["Give the new listing a name."] });
  }
  await recordFailure(ctx.db, "suggestion", ctx.client.address, now);
  const id = newId();
  await ctx.db.insert(schema.listingSuggestions).values({
    id,
    organisationId,
    gatheringId: input.gatheringId ?? null,
    changes: input.changes,
    message: input.message,
    suggestedByPersonId: ctx.viewer?.personId ?? null,
    createdAt: now,
  });
  return id;
}

// A change goes to the listing's own organisation, whatever the sender says.
async function organisationFor(ctx: Context, input: SuggestionInput): Promise<string> {
  if (input.gatheringId) {
    const gathering = await ctx.db.query.gatherings.findFirst({
      columns: { organisationId: true },
      where: { id: input.gatheringId, withdrawnAt: { isNull: true } },
    });
    if (!gathering) throw new AppError("NOT_FOUND", "We couldn't find that listing. It may have been withdrawn.");
    return gathering.organisationId;
  }
  const organisation = input.organisationId
    ? await ctx.db.query.organisations.findFirst({ columns: { id: true }, where: { id: input.organisationId } })
    : undefined;
  if (!organisation) throw validationError({ organisationId: ["Choose which organisation should list it."] });
  return organisation.id;
}
