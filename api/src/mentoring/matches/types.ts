// GraphQL for matches: the person's and the mentor's own, the organisation's for
// coordinators (audited), one match for any of them, and the changes each may
// make (choose a mentor, accept or decline, start, pause, resume, plan the end, end).
import { schema } from "@kinship/db";
import type { MatchEndReason } from "@kinship/db/schema";
import { and, eq, inArray, or } from "drizzle-orm";
import { ZCalendarDate } from "../../calendar-dates";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { MatchChangeEnum, MatchEndReasonEnum, MatchStatusEnum } from "../enums";
import { caseloadStatuses } from "../load-candidates";
import { MentorCardRef } from "../profiles/types";
import type { RequestAccess } from "../requests/request-view";
import { MentorRequestRef } from "../requests/types";
import { changeMatch } from "./change-match";
import { chooseMentor } from "./choose-mentor";
import type { MatchRow } from "./match-lifecycle";
import { type EventView, loadMatchViews, type MatchView, statusesShownToMentor } from "./match-view";
import { matchesOfRequest } from "./request-matches";
import { respondToMatch } from "./respond-to-match";

const MatchEventRef = builder.objectRef<EventView>("MatchEvent").implement({
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", { type: MatchStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: MatchStatusEnum }),
    reason: t.exposeString("reason", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    byName: t.exposeString("byName", { nullable: true, description: "Who made the change, if still on Kinship." }),
  }),
});

const formerMentor = "A mentor who has left Kinship";

export const MatchRef = builder.objectRef<MatchView>("Match").implement({
  description:
    "A person and a mentor, from the offer to the end. Seen by the two of them and the organisation's coordinators.",
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.match.id }),
    status: t.field({ type: MatchStatusEnum, resolve: (v) => v.match.status }),
    menteeName: t.string({ resolve: (v) => v.menteeName }),
    mentorName: t.string({ resolve: (v) => v.mentorName ?? formerMentor }),
    mentor: t.field({
      type: MentorCardRef,
      nullable: true,
      description: "The mentor as this viewer may see them; null once the mentor has left Kinship.",
      resolve: (v) =>
        v.profile ? { profile: v.profile, displayName: v.mentorName ?? formerMentor, standing: v.standing } : null,
    }),
    request: t.field({
      type: MentorRequestRef,
      nullable: true,
      description: "Null for a mentor once the match is over.",
      resolve: (v) => {
        if (v.viewerRole !== "mentor") {
          const access: RequestAccess = v.viewerRole === "mentee" ? "self" : "staff";
          return { request: v.request, displayName: v.menteeName, access };
        }
        const isOpen = (caseloadStatuses as readonly string[]).includes(v.match.status);
        return isOpen ? { request: v.request, displayName: v.menteeName, access: "mentor" as const } : null;
      },
    }),
    score: t.float({ description: "0–100, when the match was approved.", resolve: (v) => v.match.score }),
    reasons: t.stringList({
      description: "Why this match fits, limited to what this viewer may know.",
      resolve: (v) => v.reasons,
    }),
    startedOn: t.string({ nullable: true, resolve: (v) => v.match.startedOn }),
    plannedEndOn: t.string({ nullable: true, resolve: (v) => v.match.plannedEndOn }),
    endedOn: t.string({ nullable: true, resolve: (v) => v.match.endedOn }),
    endReason: t.field({ type: MatchEndReasonEnum, nullable: true, resolve: (v) => v.match.endReason }),
    history: t.field({ type: [MatchEventRef], description: "Oldest first.", resolve: (v) => v.history }),
  }),
});

builder.objectField(MentorRequestRef, "matches", (t) =>
  t.field({
    type: [MatchRef],
    description: "Every offer and match made for this request, newest first. Not shown to mentors.",
    resolve: (view, _args, ctx) => (view.access === "mentor" ? [] : matchesOfRequest(ctx, view.request.id)),
  }),
);

export async function loadMatch(ctx: Pick<Context, "db">, id: string): Promise<MatchRow> {
  const [match] = await ctx.db.select().from(schema.mentoringMatches).where(eq(schema.mentoringMatches.id, id));
  if (!match) throw new AppError("NOT_FOUND", "That match no longer exists.");
  return match;
}

/** Whether the viewer is in the match (a mentor only once it reached them); otherwise the staff scope decides. */
function matchScope(ctx: Context, match: MatchRow) {
  const personId = ctx.viewer?.personId;
  if (personId && match.menteePersonId === personId) return true;
  if (personId && match.mentorPersonId === personId && statusesShownToMentor.includes(match.status)) return true;
  return { staffOf: match.organisationId };
}

async function loadOneMatch(ctx: Context, id: string) {
  const [view] = await loadMatchViews(ctx, eq(schema.mentoringMatches.id, id));
  if (!view) throw new AppError("NOT_FOUND", "That match no longer exists.");
  return view;
}

const MatchChangeInput = builder.inputType("MatchChangeInput", {
  fields: (t) => ({
    change: t.field({ type: MatchChangeEnum, required: true }),
    reason: t.field({ type: MatchEndReasonEnum, description: "Why the match ended: needed to END it." }),
    plannedEndOn: t.string({ description: "For PLAN_ENDING: the date you plan to finish.", validate: ZCalendarDate }),
  }),
});

builder.queryFields((t) => ({
  myMatches: t.field({
    type: [MatchRef],
    description: "Your matches, as the person being mentored or as the mentor, newest first.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => {
      const { mentoringMatches: m } = schema;
      const { personId } = requireViewer(ctx);
      return loadMatchViews(
        ctx,
        or(
          eq(m.menteePersonId, personId),
          and(eq(m.mentorPersonId, personId), inArray(m.status, [...statusesShownToMentor])),
        ),
      );
    },
  }),
  organisationMatches: t.field({
    type: [MatchRef],
    description: "The organisation's matches, newest first. Coordinators only; every read is audited.",
    args: { organisationId: t.arg.id({ required: true }), status: t.arg({ type: MatchStatusEnum }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, status }, ctx) => {
      const { mentoringMatches: m } = schema;
      return loadMatchViews(
        ctx,
        and(eq(m.organisationId, String(organisationId)), status ? eq(m.status, status) : undefined),
      );
    },
  }),
  match: t.field({
    type: MatchRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => matchScope(ctx, await loadMatch(ctx, String(id))),
    resolve: (_root, { id }, ctx) => loadOneMatch(ctx, String(id)),
  }),
}));

builder.mutationFields((t) => ({
  chooseMentor: t.field({
    type: MatchRef,
    description: "Choose one of the mentors offered to you; the others are set aside and the mentor is asked.",
    args: { matchId: t.arg.id({ required: true }) },
    authScopes: async (_root, { matchId }, ctx) => matchScope(ctx, await loadMatch(ctx, String(matchId))),
    resolve: async (_root, { matchId }, ctx) => {
      await chooseMentor({ ctx, match: await loadMatch(ctx, String(matchId)) });
      return loadOneMatch(ctx, String(matchId));
    },
  }),
  respondToMatch: t.field({
    type: MatchRef,
    description: "As the mentor: take the person on, or say no (they go back to the waiting list).",
    args: { matchId: t.arg.id({ required: true }), accept: t.arg.boolean({ required: true }) },
    authScopes: async (_root, { matchId }, ctx) => matchScope(ctx, await loadMatch(ctx, String(matchId))),
    resolve: async (_root, { matchId, accept }, ctx) => {
      await respondToMatch({ ctx, match: await loadMatch(ctx, String(matchId)), accept });
      return loadOneMatch(ctx, String(matchId));
    },
  }),
  changeMatch: t.field({
    type: MatchRef,
    description: "As the mentor or a coordinator: start, pause, resume, plan the end of, or end a match.",
    args: { matchId: t.arg.id({ required: true }), input: t.arg({ type: MatchChangeInput, required: true }) },
    authScopes: async (_root, { matchId }, ctx) => matchScope(ctx, await loadMatch(ctx, String(matchId))),
    resolve: async (_root, { matchId, input }, ctx) => {
      await changeMatch({
        ctx,
        match: await loadMatch(ctx, String(matchId)),
        change: input.change,
        reason: (input.reason ?? null) as MatchEndReason | null,
        plannedEndOn: input.plannedEndOn ?? null,
      });
      return loadOneMatch(ctx, String(matchId));
    },
  }),
}));
