// GraphQL for a mentor's follow-ups: their open ones across the people they
// support (each read audited), and ticking one off.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { completeFollowUp } from "./complete-follow-up";
import { loadMatch, personalRelation } from "./match-access";
import { openFollowUpsOf, readFollowUps } from "./read-follow-ups";
import { FollowUpRef } from "./types";

async function isMentorOfFollowUp(ctx: Context, followUpId: string) {
  const [followUp] = await ctx.db
    .select({ matchId: schema.followUpActions.matchId })
    .from(schema.followUpActions)
    .where(eq(schema.followUpActions.id, followUpId));
  const match = followUp ? await loadMatch(ctx, followUp.matchId) : null;
  return Boolean(match && personalRelation(ctx.viewer, match) === "mentor");
}

builder.queryFields((t) => ({
  myFollowUps: t.field({
    type: [FollowUpRef],
    description: "Your open follow-ups with the people you mentor now, soonest due first.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx, info) => {
      const viewer = requireViewer(ctx);
      return readFollowUps(ctx, openFollowUpsOf(viewer), {
        viewer,
        relationship: "mentor of the person",
        fields: selectedFieldNames(info),
        via: "Query.myFollowUps",
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  completeFollowUp: t.field({
    type: FollowUpRef,
    description: "Tick off a follow-up as done. Ticking it again keeps the first time.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, { id }, ctx) => isMentorOfFollowUp(ctx, String(id)),
    resolve: async (_root, { id }, ctx) => {
      await completeFollowUp({ ctx, followUpId: String(id) });
      const [followUp] = await readFollowUps(ctx, eq(schema.followUpActions.id, String(id)), null);
      return followUp!;
    },
  }),
}));
