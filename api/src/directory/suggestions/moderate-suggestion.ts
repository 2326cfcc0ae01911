// A moderator accepts or rejects a suggestion. Accepting a change applies its
// fields to the listing in the same batch as the decision; a new schedule in
// words ("now on Thursdays") cannot be applied safely, so the moderator edits
// the schedule themselves. Accepting a new listing records the decision; the
// moderator then lists it with the full form.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { AppError, validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";

export const moderationDecisions = ["accept", "reject"] as const;

export async function moderateSuggestion({
  ctx,
  id,
  decision,
  note,
}: {
  ctx: Context;
  id: string;
  decision: (typeof moderationDecisions)[number];
  note: string | null;
}) {
  const viewer = requireViewer(ctx);
  const { listingSuggestions, gatherings } = schema;
  const suggestion = await ctx.db.query.listingSuggestions.findFirst({ where: { id } });
  if (!suggestion) throw new AppError("NOT_FOUND", "That suggestion no longer exists.");
  if (suggestion.status !== "pending")
    throw new AppError("CONFLICT", "Someone has already dealt with this suggestion.");
  const now = ctx.now();
  const decide = ctx.db
    .update(listingSuggestions)
    .set({
      status: decision === "accept" ? "accepted" : "rejected",
      moderatedByPersonId: viewer.personId,
      moderatedAt: now,
      moderationNote: note,
    })
    .where(eq(listingSuggestions.id, id));
  if (decision === "reject" || !suggestion.gatheringId) {
    await decide;
    return;
  }
  const { whenText: _scheduleInWords, postcode, ...fields } = suggestion.changes;
  const position = postcode ? await positionOf(ctx, postcode) : {};
  await ctx.db.batch([
    ctx.db
      .update(gatherings)
      .set({ ...fields, ...(postcode ? { postcode, ...position } : {}), updatedAt: now, locallyEditedAt: now })
      .where(eq(gatherings.id, suggestion.gatheringId)),
    decide,
  ]);
}

async function positionOf(ctx: Context, postcode: string) {
  const found = await ctx.directory.geocoder.locate(postcode);
  if (!found || (found.precision !== "postcode" && found.precision !== "outcode")) {
    throw validationError({
      postcode: ["We couldn't place the suggested postcode on the map. Edit the listing to add its position."],
    });
  }
  return { latitude: found.latitude, longitude: found.longitude };
}
