// GraphQL for treatment phases: staff record the phase and its review date; the
// person, the organisation's staff (audited) and a mentor the person shares
// their journey with (audited) read it; staff see every member's phase at once.
import { RoleEnum } from "../../accounts/types";
import { selectedFieldNames } from "../../audit/selected-fields";
import { ZCalendarDate } from "../../calendar-dates";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { TreatmentPhaseEnum } from "../enums";
import { phaseStanding } from "./phase-access";
import type { MemberPhaseView } from "./read-organisation-phases";
import { readOrganisationPhases } from "./read-organisation-phases";
import { type PhaseRecordView, type PhaseStatusView, readTreatmentPhase } from "./read-treatment-phase";
import { recordTreatmentPhase } from "./record-treatment-phase";

const PhaseRecordRef = builder.objectRef<PhaseRecordView>("TreatmentPhaseRecord").implement({
  description: "One phase recorded by a keyworker or coordinator, with when it is to be reviewed.",
  fields: (t) => ({
    id: t.exposeID("id"),
    phase: t.expose("phase", { type: TreatmentPhaseEnum }),
    reviewOn: t.exposeString("reviewOn", { description: "YYYY-MM-DD" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
    recordedByName: t.exposeString("recordedByName", {
      nullable: true,
      description: "Null once whoever recorded it has left Kinship.",
    }),
  }),
});

const PhaseStatusRef = builder.objectRef<PhaseStatusView>("TreatmentPhaseStatus").implement({
  description: "A person's treatment phase at one organisation: the one in force and the history.",
  fields: (t) => ({
    personId: t.exposeID("personId"),
    organisationId: t.exposeID("organisationId"),
    current: t.expose("current", { type: PhaseRecordRef, nullable: true }),
    history: t.expose("history", { type: [PhaseRecordRef], description: "Newest first, the current one included." }),
    isReviewOverdue: t.exposeBoolean("isReviewOverdue", { description: "The review date is before today (UK)." }),
  }),
});

const MemberPhaseRef = builder.objectRef<MemberPhaseView>("MemberTreatmentPhase").implement({
  description: "A member of the organisation with their phase in force, if any. Staff only; audited.",
  fields: (t) => ({
    personId: t.exposeID("personId"),
    displayName: t.exposeString("displayName"),
    role: t.expose("role", { type: RoleEnum }),
    phase: t.expose("phase", { type: TreatmentPhaseEnum, nullable: true }),
    reviewOn: t.exposeString("reviewOn", { nullable: true }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", nullable: true }),
    isReviewOverdue: t.exposeBoolean("isReviewOverdue"),
  }),
});

builder.queryFields((t) => ({
  treatmentPhase: t.field({
    type: PhaseStatusRef,
    description:
      "A person's treatment phase at an organisation: for the person, the organisation's staff, and a mentor they share their journey with.",
    args: { personId: t.arg.id({ required: true }), organisationId: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, args, ctx, info) => {
      const personId = String(args.personId);
      const organisationId = String(args.organisationId);
      const standing = await phaseStanding(ctx, personId, organisationId);
      return readTreatmentPhase(ctx, personId, organisationId, {
        standing,
        fields: selectedFieldNames(info),
        via: "Query.treatmentPhase",
      });
    },
  }),
  organisationPhases: t.field({
    type: [MemberPhaseRef],
    description: "Every member's treatment phase and review date, overdue reviews first.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx, info) =>
      readOrganisationPhases(ctx, requireViewer(ctx), String(organisationId), selectedFieldNames(info)),
  }),
}));

builder.mutationFields((t) => ({
  recordTreatmentPhase: t.field({
    type: PhaseStatusRef,
    description:
      "Record a member's treatment phase and its next review (maintenance within six months; any phase within a year).",
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      phase: t.arg({ type: TreatmentPhaseEnum, required: true }),
      reviewOn: t.arg.string({ required: true, validate: ZCalendarDate, description: "YYYY-MM-DD, after today." }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (_root, args, ctx, info) => {
      const personId = String(args.personId);
      const organisationId = String(args.organisationId);
      const { phase, reviewOn } = args;
      const viewer = requireViewer(ctx);
      await recordTreatmentPhase({ ctx, viewer, organisationId, personId, phase, reviewOn });
      return readTreatmentPhase(ctx, personId, organisationId, {
        standing: viewer.personId === personId ? { kind: "self" } : { kind: "staff", organisationId },
        fields: selectedFieldNames(info),
        via: "Mutation.recordTreatmentPhase",
      });
    },
  }),
}));
