// GraphQL for an organisation's mentoring rules: coordinators read them (they
// record checks against them), admins change them.
import type { MatchWeights, TrainingModule } from "@kinship/db/schema";
import { builder } from "../../graphql/builder";
import { loadMentoringSettings, type MentoringSettings } from "../settings";
import { updateMentoringSettings, ZMentoringSettings } from "./update-mentoring-settings";

const TrainingModuleRef = builder.objectRef<TrainingModule>("TrainingModule").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    validForMonths: t.exposeInt("validForMonths", {
      nullable: true,
      description: "Months a completion stays current; null: it never runs out.",
    }),
  }),
});

const MatchWeightsRef = builder.objectRef<MatchWeights>("MatchWeights").implement({
  description: "How much each part of a match counts, from 0 (not at all) to 10.",
  fields: (t) => ({
    sharedExperience: t.exposeFloat("sharedExperience"),
    pathway: t.exposeFloat("pathway"),
    needs: t.exposeFloat("needs"),
    distance: t.exposeFloat("distance"),
    availability: t.exposeFloat("availability"),
    caseload: t.exposeFloat("caseload"),
  }),
});

const MentoringSettingsRef = builder.objectRef<MentoringSettings>("MentoringSettings").implement({
  fields: (t) => ({
    requiredTraining: t.field({ type: [TrainingModuleRef], resolve: (s) => s.requiredTraining }),
    isCriminalRecordsCheckRequired: t.exposeBoolean("isCriminalRecordsCheckRequired"),
    criminalRecordsCheckValidMonths: t.exposeInt("criminalRecordsCheckValidMonths"),
    referencesRequired: t.exposeInt("referencesRequired"),
    agreementValidMonths: t.exposeInt("agreementValidMonths"),
    supervisionEveryDays: t.exposeInt("supervisionEveryDays"),
    weights: t.field({ type: MatchWeightsRef, resolve: (s) => s.weights }),
  }),
});

const TrainingModuleInput = builder.inputType("TrainingModuleInput", {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    validForMonths: t.int(),
  }),
});

const MatchWeightsInput = builder.inputType("MatchWeightsInput", {
  fields: (t) => ({
    sharedExperience: t.float({ required: true }),
    pathway: t.float({ required: true }),
    needs: t.float({ required: true }),
    distance: t.float({ required: true }),
    availability: t.float({ required: true }),
    caseload: t.float({ required: true }),
  }),
});

const MentoringSettingsInput = builder.inputType("MentoringSettingsInput", {
  validate: ZMentoringSettings,
  fields: (t) => ({
    requiredTraining: t.field({ type: [TrainingModuleInput], required: true }),
    isCriminalRecordsCheckRequired: t.boolean({ required: true }),
    criminalRecordsCheckValidMonths: t.int({ required: true }),
    referencesRequired: t.int({ required: true }),
    agreementValidMonths: t.int({ required: true }),
    supervisionEveryDays: t.int({ required: true }),
    weights: t.field({ type: MatchWeightsInput, required: true }),
  }),
});

builder.queryFields((t) => ({
  mentoringSettings: t.field({
    type: MentoringSettingsRef,
    description: "The organisation's mentoring rules (its own, or the defaults). Coordinators and admins.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => loadMentoringSettings(ctx, String(organisationId)),
  }),
}));

builder.mutationFields((t) => ({
  updateMentoringSettings: t.field({
    type: MentoringSettingsRef,
    description: "Change the organisation's mentoring rules and match weights. Admins only.",
    args: {
      organisationId: t.arg.id({ required: true }),
      input: t.arg({ type: MentoringSettingsInput, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: (_root, { organisationId, input }, ctx) =>
      updateMentoringSettings({ ctx, organisationId: String(organisationId), input }),
  }),
}));
