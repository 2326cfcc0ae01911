// GraphQL for support sessions: a mentor logs them, the mentee reads and
// confirms what was written about them, and the organisation's coordinators and
// admins oversee them. Every read by someone other than the mentee is audited.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { selectedFieldNames } from "../../audit/selected-fields";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { ContactModeEnum, MatchStatusEnum, SessionViewerRoleEnum, SignpostTargetEnum, SupportNeedEnum } from "../enums";
import { confirmSupportSession } from "./confirm-support-session";
import { logSupportSession } from "./log-support-session";
import { auditRelationship, loadMatch, loadSession, matchScopes, matchWithRelation } from "./match-access";
import { type FollowUpView, readSessions, type SupportSessionView } from "./read-sessions";
import { type SupportSessionInput, ZSupportSessionInput } from "./session-input";
import { readSessionMatch, type SessionMatchView } from "./session-match";

export const FollowUpRef = builder.objectRef<FollowUpView>("FollowUp").implement({
  description: "Something to do after a session, such as ringing the housing office together.",
  fields: (t) => ({
    id: t.exposeID("id"),
    matchId: t.exposeID("matchId"),
    menteeName: t.exposeString("menteeName", { description: "Who it is for." }),
    description: t.exposeString("description", {
      nullable: true,
      description: "Null if it can no longer be read (the person erased their account).",
    }),
    dueOn: t.exposeString("dueOn"),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
    isOverdue: t.exposeBoolean("isOverdue", { description: "Not done, and due before today (UK date)." }),
  }),
});

export const SupportSessionRef = builder.objectRef<SupportSessionView>("SupportSession").implement({
  description: "A session a mentor spent with the person they support. Free text is encrypted under the person's key.",
  fields: (t) => ({
    id: t.exposeID("id"),
    matchId: t.exposeID("matchId"),
    heldOn: t.exposeString("heldOn"),
    durationMinutes: t.exposeInt("durationMinutes"),
    travelMinutes: t.exposeInt("travelMinutes"),
    contactMode: t.expose("contactMode", { type: ContactModeEnum }),
    topics: t.expose("topics", { type: [SupportNeedEnum] }),
    signposting: t.expose("signposting", { type: [SignpostTargetEnum] }),
    notes: t.exposeString("notes", { nullable: true }),
    hasConcern: t.exposeBoolean("hasConcern"),
    concern: t.exposeString("concern", { nullable: true }),
    concernAcknowledgedAt: t.expose("concernAcknowledgedAt", { type: "DateTime", nullable: true }),
    concernAcknowledgedByName: t.exposeString("concernAcknowledgedByName", { nullable: true }),
    concernResponse: t.exposeString("concernResponse", { nullable: true }),
    confirmedByMenteeAt: t.expose("confirmedByMenteeAt", { type: "DateTime", nullable: true }),
    mentorName: t.string({ resolve: (session) => session.mentorName ?? "A former mentor" }),
    menteeName: t.exposeString("menteeName"),
    followUps: t.expose("followUps", { type: [FollowUpRef] }),
  }),
});

const SessionMatchRef = builder.objectRef<SessionMatchView>("SessionMatch").implement({
  description: "The match a sessions page is about, and the viewer's part in it.",
  fields: (t) => ({
    id: t.id({ resolve: (view) => view.match.id }),
    status: t.field({ type: MatchStatusEnum, resolve: (view) => view.match.status }),
    mentorName: t.exposeString("mentorName"),
    menteeName: t.exposeString("menteeName"),
    viewerRole: t.expose("relation", { type: SessionViewerRoleEnum }),
    canLogSessions: t.exposeBoolean("canLogSessions"),
    earliestSessionOn: t.exposeString("earliestSessionOn", {
      description: "The earliest date a session in this match may be logged for.",
    }),
  }),
});

const FollowUpInput = builder.inputType("FollowUpInput", {
  fields: (t) => ({
    description: t.string({ required: true }),
    dueOn: t.string({ required: true, description: "YYYY-MM-DD" }),
  }),
});

const SupportSessionInputRef = builder.inputType("SupportSessionInput", {
  validate: ZSupportSessionInput,
  fields: (t) => ({
    heldOn: t.string({ required: true, description: "YYYY-MM-DD; not in the future." }),
    durationMinutes: t.int({ required: true }),
    travelMinutes: t.int({ description: "Travel and preparation; 0 when left out." }),
    contactMode: t.field({ type: ContactModeEnum, required: true }),
    topics: t.field({ type: [SupportNeedEnum] }),
    signposting: t.field({ type: [SignpostTargetEnum] }),
    notes: t.string(),
    followUps: t.field({ type: [FollowUpInput] }),
    concern: t.string({
      description: "Anything that worries you about their safety or someone else's. Coordinators are told at once.",
    }),
  }),
});

builder.queryFields((t) => ({
  sessionMatch: t.field({
    type: SessionMatchRef,
    description: "Who is in a match and the viewer's part in it: the mentee, the mentor, or staff.",
    args: { matchId: t.arg.id({ required: true }) },
    authScopes: (_root, { matchId }, ctx) => matchScopes(ctx, String(matchId), ["mentee", "mentor"]),
    resolve: async (_root, { matchId }, ctx, info) => {
      const { match, relation } = await matchWithRelation(ctx, String(matchId));
      return readSessionMatch(ctx, requireViewer(ctx), match, relation, selectedFieldNames(info));
    },
  }),
  matchSessions: t.field({
    type: [SupportSessionRef],
    description: "A match's support sessions, newest first: for the mentee, their mentor while it lasts, and staff.",
    args: { matchId: t.arg.id({ required: true }) },
    authScopes: (_root, { matchId }, ctx) => matchScopes(ctx, String(matchId), ["mentee", "mentor"]),
    resolve: async (_root, { matchId }, ctx, info) => {
      const viewer = requireViewer(ctx);
      const { match, relation } = await matchWithRelation(ctx, String(matchId));
      const where = eq(schema.supportSessions.matchId, match.id);
      if (relation === "mentee") return readSessions(ctx, where, null);
      return readSessions(ctx, where, {
        viewer,
        access: {
          organisationId: match.organisationId,
          relationship: auditRelationship[relation],
          fields: selectedFieldNames(info),
          via: "Query.matchSessions",
        },
      });
    },
  }),
  mySupportSessions: t.field({
    type: [SupportSessionRef],
    description: "Every session recorded with you as the person supported, newest first.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      readSessions(ctx, eq(schema.supportSessions.menteePersonId, requireViewer(ctx).personId), null),
  }),
}));

builder.mutationFields((t) => ({
  logSupportSession: t.field({
    type: SupportSessionRef,
    description:
      "Record a session with the person you mentor. Adds your volunteering hours, pending a coordinator's check.",
    args: {
      matchId: t.arg.id({ required: true }),
      input: t.arg({ type: SupportSessionInputRef, required: true }),
    },
    authScopes: async (_root, { matchId }, ctx) => {
      const match = await loadMatch(ctx, String(matchId));
      return Boolean(match && ctx.viewer && match.mentorPersonId === ctx.viewer.personId);
    },
    resolve: async (_root, { matchId, input }, ctx) => {
      const match = await loadMatch(ctx, String(matchId));
      if (!match) throw new AppError("NOT_FOUND", "That match no longer exists.");
      const sessionId = await logSupportSession({
        ctx,
        viewer: requireViewer(ctx),
        match,
        input: input as unknown as SupportSessionInput,
      });
      // What the mentor has just written, read back for them: not a read of anything new.
      const [session] = await readSessions(ctx, eq(schema.supportSessions.id, sessionId), null);
      return session!;
    },
  }),
  confirmSupportSession: t.field({
    type: SupportSessionRef,
    description: "Say that a session recorded with you happened. Confirming again changes nothing.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => {
      const session = await loadSession(ctx, String(id));
      return Boolean(session && ctx.viewer && session.menteePersonId === ctx.viewer.personId);
    },
    resolve: async (_root, { id }, ctx) => {
      await confirmSupportSession({ ctx, sessionId: String(id) });
      const [session] = await readSessions(ctx, eq(schema.supportSessions.id, String(id)), null);
      if (!session) throw new AppError("NOT_FOUND", "That session no longer exists.");
      return session;
    },
  }),
}));
