// GraphQL for mentors' supervision and caseloads: coordinators record
// supervision (notes sealed under the mentor's key) and see every mentor's
// caseload; a mentor sees their own supervision history. Staff reads are audited.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { selectedFieldNames } from "../../audit/selected-fields";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { logSupervision } from "./log-supervision";
import { type MentorCaseload, mentorCaseloads } from "./mentor-caseloads";
import { loadMentorProfile, mentorProfileScopes } from "./mentor-profile-access";
import { readSupervision, type SupervisionView } from "./read-supervision";
import { type SupervisionInput, ZSupervisionInput } from "./supervision-input";

const SupervisionSessionRef = builder.objectRef<SupervisionView>("SupervisionSession").implement({
  description: "A supervision session a coordinator held with a mentor.",
  fields: (t) => ({
    id: t.exposeID("id"),
    heldOn: t.exposeString("heldOn"),
    durationMinutes: t.exposeInt("durationMinutes"),
    notes: t.exposeString("notes", { nullable: true }),
    supervisorName: t.string({ resolve: (session) => session.supervisorName ?? "A former coordinator" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const MentorCaseloadRef = builder.objectRef<MentorCaseload>("MentorCaseload").implement({
  description: "One mentor's caseload, for their organisation's coordinators.",
  fields: (t) => ({
    mentorProfileId: t.exposeID("mentorProfileId"),
    displayName: t.exposeString("displayName"),
    capacity: t.exposeInt("capacity"),
    isTakingBreak: t.exposeBoolean("isTakingBreak"),
    activeCount: t.exposeInt("activeCount", { description: "People supported now (accepted or active matches)." }),
    pausedCount: t.exposeInt("pausedCount"),
    proposedCount: t.exposeInt("proposedCount", { description: "Matches waiting for the mentor's answer." }),
    overdueFollowUps: t.exposeInt("overdueFollowUps"),
    openConcerns: t.exposeInt("openConcerns", { description: "Safeguarding concerns not yet acknowledged." }),
    lastSupervisionOn: t.exposeString("lastSupervisionOn", { nullable: true }),
    supervisionDueOn: t.exposeString("supervisionDueOn"),
    isSupervisionOverdue: t.exposeBoolean("isSupervisionOverdue"),
    sessionsLast30Days: t.exposeInt("sessionsLast30Days"),
  }),
});

const SupervisionInputRef = builder.inputType("SupervisionInput", {
  validate: ZSupervisionInput,
  fields: (t) => ({
    heldOn: t.string({ required: true, description: "YYYY-MM-DD; not in the future." }),
    durationMinutes: t.int({ required: true }),
    notes: t.string({ description: "Private to the mentor and coordinators." }),
  }),
});

async function profileOrFail(ctx: Parameters<typeof loadMentorProfile>[0], id: string) {
  const profile = await loadMentorProfile(ctx, id);
  if (!profile) throw new AppError("NOT_FOUND", "That mentor's profile no longer exists.");
  return profile;
}

builder.queryFields((t) => ({
  supervisionSessions: t.field({
    type: [SupervisionSessionRef],
    description: "A mentor's supervision, newest first: for the mentor, and their organisation's staff (audited).",
    args: { mentorProfileId: t.arg.id({ required: true }) },
    authScopes: (_root, { mentorProfileId }, ctx) => mentorProfileScopes(ctx, String(mentorProfileId), true),
    resolve: async (_root, { mentorProfileId }, ctx, info) => {
      const viewer = requireViewer(ctx);
      const profile = await profileOrFail(ctx, String(mentorProfileId));
      const these = eq(schema.supervisionSessions.mentorProfileId, profile.id);
      if (profile.personId === viewer.personId) return readSupervision(ctx, profile, these, null);
      return readSupervision(ctx, profile, these, {
        viewer,
        access: {
          organisationId: profile.organisationId,
          relationship: "staff of the mentor's organisation",
          fields: selectedFieldNames(info),
          via: "Query.supervisionSessions",
        },
      });
    },
  }),
  mentorCaseloads: t.field({
    type: [MentorCaseloadRef],
    description: "Every mentor's caseload, by name. Coordinators and admins; each mentor's read is audited.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx, info) =>
      mentorCaseloads(ctx, requireViewer(ctx), {
        organisationId: String(organisationId),
        fields: selectedFieldNames(info),
        via: "Query.mentorCaseloads",
      }),
  }),
  mentorCaseload: t.field({
    type: MentorCaseloadRef,
    description: "One mentor's caseload. Coordinators and admins of their organisation; the read is audited.",
    args: { mentorProfileId: t.arg.id({ required: true }) },
    authScopes: (_root, { mentorProfileId }, ctx) => mentorProfileScopes(ctx, String(mentorProfileId), false),
    resolve: async (_root, { mentorProfileId }, ctx, info) => {
      const profile = await profileOrFail(ctx, String(mentorProfileId));
      const [caseload] = await mentorCaseloads(ctx, requireViewer(ctx), {
        organisationId: profile.organisationId,
        mentorProfileId: profile.id,
        fields: selectedFieldNames(info),
        via: "Query.mentorCaseload",
      });
      if (!caseload) throw new AppError("NOT_FOUND", "That mentor's profile no longer exists.");
      return caseload;
    },
  }),
}));

builder.mutationFields((t) => ({
  logSupervision: t.field({
    type: SupervisionSessionRef,
    description: "Record a supervision session with a mentor. Coordinators and admins of their organisation.",
    args: {
      mentorProfileId: t.arg.id({ required: true }),
      input: t.arg({ type: SupervisionInputRef, required: true }),
    },
    authScopes: (_root, { mentorProfileId }, ctx) => mentorProfileScopes(ctx, String(mentorProfileId), false),
    resolve: async (_root, { mentorProfileId, input }, ctx) => {
      const viewer = requireViewer(ctx);
      const profile = await profileOrFail(ctx, String(mentorProfileId));
      const id = await logSupervision({ ctx, viewer, profile, input: input as unknown as SupervisionInput });
      const [session] = await readSupervision(ctx, profile, eq(schema.supervisionSessions.id, id), null);
      return session!;
    },
  }),
}));
