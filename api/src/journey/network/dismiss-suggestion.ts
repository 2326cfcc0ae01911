// "Not now": a person sets a suggestion aside, and it is not offered again.
// Only a suggestion the viewer is actually offered can be set aside.
import { schema } from "@kinship/db";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { readNetworkSuggestions } from "./read-network-suggestions";

export async function dismissSuggestion({ ctx, viewer, key }: { ctx: Context; viewer: Viewer; key: string }) {
  const suggestions = await readNetworkSuggestions(ctx, viewer.personId);
  if (!suggestions.some((suggestion) => suggestion.key === key)) {
    throw new AppError("NOT_FOUND", "That suggestion is no longer there.");
  }
  await ctx.db
    .insert(schema.networkSuggestionDismissals)
    .values({ personId: viewer.personId, suggestionKey: key, dismissedAt: ctx.now() })
    .onConflictDoNothing();
}
