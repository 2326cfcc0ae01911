// GraphQL for vetting: a mentor's status in plain words with the whole record
// history (on MentorProfile, so only the mentor and their coordinators see it),
// and coordinators recording checks.
import { z } from "zod";
import { ZCalendarDate } from "../../calendar-dates";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { VettingKindEnum, VettingOutcomeEnum } from "../enums";
import { loadOneProfile, MentorProfileRef, profileOwner } from "../profiles/types";
import type { VettingRecordView, VettingView } from "./load-vetting";
import { recordVetting } from "./record-vetting";
import type { VettingProblem } from "./vetting-status";

const VettingProblemRef = builder.objectRef<VettingProblem>("VettingProblem").implement({
  fields: (t) => ({
    code: t.exposeString("code", { description: "e.g. TRAINING_EXPIRED, REFERENCES_MISSING, SUPERVISION_OVERDUE." }),
    message: t.exposeString("message"),
  }),
});

const VettingRecordRef = builder.objectRef<VettingRecordView>("VettingRecord").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: VettingKindEnum }),
    trainingCode: t.exposeString("trainingCode", { nullable: true }),
    trainingName: t.exposeString("trainingName", { nullable: true }),
    outcome: t.expose("outcome", { type: VettingOutcomeEnum }),
    completedOn: t.exposeString("completedOn"),
    expiresOn: t.exposeString("expiresOn", { nullable: true }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
    recordedByName: t.exposeString("recordedByName", { nullable: true }),
  }),
});

const VettingStatusRef = builder.objectRef<VettingView>("VettingStatus").implement({
  description: "Whether a mentor may be matched now, and what needs doing if not.",
  fields: (t) => ({
    isCurrent: t.exposeBoolean("isCurrent"),
    problems: t.field({
      type: [VettingProblemRef],
      resolve: (v) => v.problems.map((p) => ({ ...p, code: p.code.toUpperCase() as VettingProblem["code"] })),
    }),
    nextExpiresOn: t.exposeString("nextExpiresOn", {
      nullable: true,
      description: "When the first current check runs out.",
    }),
    records: t.field({ type: [VettingRecordRef], description: "Newest first.", resolve: (v) => v.records }),
    lastSupervisionOn: t.exposeString("lastSupervisionOn", { nullable: true }),
    supervisionDueOn: t.exposeString("supervisionDueOn", { nullable: true }),
  }),
});

builder.objectField(MentorProfileRef, "vetting", (t) =>
  t.field({ type: VettingStatusRef, resolve: (profile) => profile.vetting }),
);

const VettingInputRef = builder.inputType("VettingInput", {
  fields: (t) => ({
    kind: t.field({ type: VettingKindEnum, required: true }),
    trainingCode: t.string({
      description: "For training: the module's code from the organisation's settings.",
      validate: z.string().max(50),
    }),
    outcome: t.field({ type: VettingOutcomeEnum, required: true }),
    completedOn: t.string({ required: true, validate: ZCalendarDate }),
    expiresOn: t.string({ description: "If the certificate or check gives an end date.", validate: ZCalendarDate }),
  }),
});

builder.mutationFields((t) => ({
  recordVetting: t.field({
    type: MentorProfileRef,
    description: "Record a training course, criminal-records check, reference or signed agreement for a mentor.",
    args: {
      mentorProfileId: t.arg.id({ required: true }),
      input: t.arg({ type: VettingInputRef, required: true }),
    },
    authScopes: async (_root, { mentorProfileId }, ctx) => ({
      staffOf: (await profileOwner(ctx, String(mentorProfileId))).organisationId,
    }),
    resolve: async (_root, { mentorProfileId, input }, ctx) => {
      const id = String(mentorProfileId);
      const owner = await profileOwner(ctx, id);
      await recordVetting({ ctx, viewer: requireViewer(ctx), profile: { id, ...owner }, input });
      return loadOneProfile(ctx, id, "Mutation.recordVetting");
    },
  }),
}));
