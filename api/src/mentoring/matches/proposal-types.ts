// GraphQL for coordinators making matches: the shortlist for one request with
// reasons (and who can't be matched, with why), a proposal for the whole waiting
// list, and approving matches. Staff only; every read of a person is audited.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { builder } from "../../graphql/builder";
import type { ProfileView } from "../profiles/profile-view";
import { MentorProfileRef } from "../profiles/types";
import type { RequestView } from "../requests/request-view";
import { loadRequest, MentorRequestRef } from "../requests/types";
import { applyBatchProposal, approveMatch } from "./approve-match";
import { type BatchProposal, batchMatchProposal } from "./batch-match-proposal";
import { loadMatchViews } from "./match-view";
import { type ShortlistResult, shortlistForRequest } from "./shortlist-for-request";
import { MatchRef } from "./types";

const ShortlistEntryRef = builder.objectRef<ShortlistResult["entries"][number]>("ShortlistEntry").implement({
  fields: (t) => ({
    profile: t.field({ type: MentorProfileRef, resolve: (e) => e.profile }),
    score: t.exposeFloat("score", { description: "0–100." }),
    reasons: t.exposeStringList("reasons"),
  }),
});

const IneligibleMentorRef = builder.objectRef<ShortlistResult["ineligible"][number]>("IneligibleMentor").implement({
  description: "A mentor who can't be matched with this person now, and why.",
  fields: (t) => ({
    profile: t.field({ type: MentorProfileRef, resolve: (e) => e.profile }),
    reasons: t.exposeStringList("reasons"),
  }),
});

const ShortlistRef = builder.objectRef<ShortlistResult>("Shortlist").implement({
  fields: (t) => ({
    entries: t.field({ type: [ShortlistEntryRef], description: "Best first.", resolve: (s) => s.entries }),
    ineligible: t.field({ type: [IneligibleMentorRef], resolve: (s) => s.ineligible }),
  }),
});

const ProposedAssignmentRef = builder
  .objectRef<{ request: RequestView; profile: ProfileView; score: number; reasons: string[] }>("ProposedAssignment")
  .implement({
    fields: (t) => ({
      request: t.field({ type: MentorRequestRef, resolve: (a) => a.request }),
      profile: t.field({ type: MentorProfileRef, resolve: (a) => a.profile }),
      score: t.exposeFloat("score"),
      reasons: t.exposeStringList("reasons"),
    }),
  });

const BatchProposalRef = builder.objectRef<BatchProposal>("BatchProposal").implement({
  description: "Mentors for the whole waiting list at once, within every mentor's capacity.",
  fields: (t) => ({
    assignments: t.field({ type: [ProposedAssignmentRef], resolve: (p) => p.assignments }),
    totalScore: t.exposeFloat("totalScore"),
    greedyTotalScore: t.exposeFloat("greedyTotalScore", {
      description: "What matching each person in turn with their best free mentor would score, for comparison.",
    }),
    unassigned: t.field({ type: [MentorRequestRef], resolve: (p) => p.unassigned }),
  }),
});

const AssignmentInput = builder.inputType("AssignmentInput", {
  fields: (t) => ({
    requestId: t.id({ required: true }),
    mentorProfileId: t.id({ required: true }),
  }),
});

const matchesById = (ctx: Parameters<typeof loadMatchViews>[0], ids: string[]) =>
  loadMatchViews(ctx, inArray(schema.mentoringMatches.id, ids));

builder.queryFields((t) => ({
  mentorShortlist: t.field({
    type: ShortlistRef,
    description: "The mentors who fit one request best, with reasons, and those who can't be matched, with why.",
    args: {
      requestId: t.arg.id({ required: true }),
      limit: t.arg.int({ validate: z.number().int().min(1).max(20, "Up to 20 at a time.") }),
    },
    authScopes: async (_root, { requestId }, ctx) => ({
      staffOf: (await loadRequest(ctx, String(requestId))).organisationId,
    }),
    resolve: async (_root, { requestId, limit }, ctx) =>
      shortlistForRequest(ctx, await loadRequest(ctx, String(requestId)), limit ?? 5),
  }),
  batchMatchProposal: t.field({
    type: BatchProposalRef,
    description: "A proposal matching the whole waiting list at once, for a coordinator to check and apply.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => batchMatchProposal(ctx, String(organisationId)),
  }),
}));

builder.mutationFields((t) => ({
  approveMatch: t.field({
    type: [MatchRef],
    description:
      "Approve one mentor (proposed to them to answer) or two or three (offered to the person to choose from).",
    args: {
      requestId: t.arg.id({ required: true }),
      mentorProfileIds: t.arg.idList({ required: true, validate: z.array(z.unknown()).max(3) }),
    },
    authScopes: async (_root, { requestId }, ctx) => ({
      staffOf: (await loadRequest(ctx, String(requestId))).organisationId,
    }),
    resolve: async (_root, { requestId, mentorProfileIds }, ctx) => {
      const request = await loadRequest(ctx, String(requestId));
      const ids = await approveMatch({ ctx, request, profileIds: mentorProfileIds.map(String) });
      return matchesById(ctx, ids);
    },
  }),
  applyBatchProposal: t.field({
    type: [MatchRef],
    description: "Propose each chosen assignment of a batch proposal to its mentor.",
    args: {
      organisationId: t.arg.id({ required: true }),
      assignments: t.arg({ type: [AssignmentInput], required: true, validate: z.array(z.unknown()).max(200) }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (_root, { organisationId, assignments }, ctx) => {
      const ids = await applyBatchProposal({
        ctx,
        organisationId: String(organisationId),
        assignments: assignments.map((a) => ({
          requestId: String(a.requestId),
          mentorProfileId: String(a.mentorProfileId),
        })),
      });
      return matchesById(ctx, ids);
    },
  }),
}));
