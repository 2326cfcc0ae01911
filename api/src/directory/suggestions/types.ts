// GraphQL for suggestions: anyone may send one; only the organisation's
// promoters (recovery champions, and staff with a second factor) see and decide them.
import { schema } from "@kinship/db";
import { suggestableFields, suggestionStatuses } from "@kinship/db/schema";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { builder, enumOfValues } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { type GatheringRecord, loadGatherings } from "../gathering-record";
import { GatheringRef } from "../gathering-types";
import { moderateSuggestion, moderationDecisions } from "./moderate-suggestion";
import { suggestListingChange } from "./suggest-listing-change";
import { type SuggestedChange, suggestionDiff } from "./suggestion-diff";
import { ZSuggestedChanges, ZSuggestionMessage } from "./suggestion-input";

type SuggestionRow = typeof schema.listingSuggestions.$inferSelect;
interface SuggestionRecord extends SuggestionRow {
  gathering: GatheringRecord | undefined;
}

const StatusEnum = enumOfValues("SuggestionStatus", suggestionStatuses);
const FieldEnum = enumOfValues("SuggestableField", suggestableFields);
const DecisionEnum = enumOfValues("ModerationDecision", moderationDecisions);

const Change = builder.objectRef<SuggestedChange>("SuggestedChange").implement({
  fields: (t) => ({
    field: t.expose("field", { type: FieldEnum }),
    label: t.exposeString("label"),
    current: t.exposeString("current", { nullable: true }),
    proposed: t.exposeString("proposed"),
  }),
});

const Suggestion = builder.objectRef<SuggestionRecord>("ListingSuggestion").implement({
  description: "A suggested new listing or change, waiting for (or decided by) the organisation's moderators.",
  fields: (t) => ({
    id: t.exposeID("id"),
    gathering: t.field({ type: GatheringRef, nullable: true, resolve: (s) => s.gathering ?? null }),
    isNewListing: t.boolean({ resolve: (s) => s.gatheringId === null }),
    changes: t.field({ type: [Change], resolve: (s) => suggestionDiff(s.changes, s.gathering) }),
    message: t.exposeString("message"),
    isFromSignedInPerson: t.boolean({ resolve: (s) => s.suggestedByPersonId !== null }),
    status: t.expose("status", { type: StatusEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    moderatedAt: t.expose("moderatedAt", { type: "DateTime", nullable: true }),
    moderationNote: t.exposeString("moderationNote", { nullable: true }),
  }),
});

const ChangesInput = builder.inputType("SuggestedChangesInput", {
  fields: (t) =>
    Object.fromEntries(suggestableFields.map((field) => [field, t.string()])) as Record<
      (typeof suggestableFields)[number],
      ReturnType<typeof t.string>
    >,
});

const SuggestionInput = builder.inputType("ListingSuggestionInput", {
  fields: (t) => ({
    gatheringId: t.id({ description: "The listing to change; leave out to suggest a new one." }),
    organisationId: t.id({ description: "For a new listing: the organisation that should list it." }),
    changes: t.field({ type: ChangesInput, required: true, validate: ZSuggestedChanges }),
    message: t.string({ validate: ZSuggestionMessage }),
  }),
});

async function suggestionsWhere(ctx: Context, where: SQL | undefined) {
  const rows = await ctx.db.select().from(schema.listingSuggestions).where(where);
  const ids = [...new Set(rows.flatMap((row) => (row.gatheringId ? [row.gatheringId] : [])))];
  const gatherings = ids.length ? await loadGatherings(ctx.db, inArray(schema.gatherings.id, ids)) : [];
  const byId = new Map(gatherings.map((g) => [g.id, g]));
  return rows.map((row) => ({ ...row, gathering: row.gatheringId ? byId.get(row.gatheringId) : undefined }));
}

async function ownerOfSuggestion(ctx: Context, id: string | number) {
  const row = await ctx.db.query.listingSuggestions.findFirst({
    columns: { organisationId: true },
    where: { id: String(id) },
  });
  return row?.organisationId ?? "";
}

builder.queryFields((t) => ({
  listingSuggestions: t.field({
    type: [Suggestion],
    description: "An organisation's moderation queue, oldest first.",
    args: {
      organisationId: t.arg.id({ required: true }),
      status: t.arg({ type: StatusEnum, defaultValue: "pending" }),
    },
    authScopes: (_root, { organisationId }) => ({ promoterOf: String(organisationId) }),
    resolve: async (_root, { organisationId, status }, ctx) => {
      const { listingSuggestions } = schema;
      const queue = await suggestionsWhere(
        ctx,
        and(
          eq(listingSuggestions.organisationId, String(organisationId)),
          eq(listingSuggestions.status, status ?? "pending"),
        ),
      );
      return queue.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
  }),
}));

builder.mutationFields((t) => ({
  suggestListingChange: t.boolean({
    description: "Suggest a new listing or a change. No account needed; moderators decide before anything shows.",
    args: { input: t.arg({ type: SuggestionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await suggestListingChange({
        ctx,
        input: {
          gatheringId: input.gatheringId ? String(input.gatheringId) : null,
          organisationId: input.organisationId ? String(input.organisationId) : null,
          changes: input.changes as Record<string, string>,
          message: input.message ?? "",
        },
      });
      return true;
    },
  }),
  moderateSuggestion: t.field({
    type: Suggestion,
    args: {
      id: t.arg.id({ required: true }),
      decision: t.arg({ type: DecisionEnum, required: true }),
      note: t.arg.string({ validate: z.string().trim().max(500, "Please keep the note to 500 characters.") }),
    },
    authScopes: async (_root, { id }, ctx) => ({ promoterOf: await ownerOfSuggestion(ctx, id) }),
    resolve: async (_root, { id, decision, note }, ctx) => {
      await moderateSuggestion({ ctx, id: String(id), decision, note: note || null });
      const [decided] = await suggestionsWhere(ctx, eq(schema.listingSuggestions.id, String(id)));
      return decided!;
    },
  }),
}));
