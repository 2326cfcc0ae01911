// GraphQL for recovery instruments as data: what an instrument asks and how it
// scores (no personal data), the instruments an organisation may choose from,
// and its admins loading, retiring and choosing them. Coordinators see them too.
import type { InstrumentBand, InstrumentItem } from "@kinship/db/schema";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { OutcomeAreaEnum, RecoveryDomainEnum } from "../enums";
import {
  type InstrumentRecord,
  type JourneySettingsView,
  loadInstrument,
  organisationInstruments,
  organisationSettings,
} from "./instrument-record";
import { type InstrumentInput, loadRecoveryInstrument, ZInstrumentInput } from "./load-recovery-instrument";
import { retireRecoveryInstrument } from "./retire-recovery-instrument";
import { setJourneySettings, ZCheckInEveryWeeks } from "./set-journey-settings";

const InstrumentItemRef = builder.objectRef<InstrumentItem>("InstrumentItem").implement({
  description: "One statement of an instrument, answered on its scale.",
  fields: (t) => ({
    code: t.exposeString("code"),
    domain: t.expose("domain", { type: RecoveryDomainEnum }),
    text: t.exposeString("text"),
    isReversed: t.exposeBoolean("isReversed", { description: "Agreeing means less recovery capital." }),
    outcome: t.expose("outcome", { type: OutcomeAreaEnum, nullable: true }),
  }),
});

const AnswerOptionRef = builder.objectRef<{ value: number; label: string }>("AnswerOption").implement({
  fields: (t) => ({ value: t.exposeInt("value"), label: t.exposeString("label") }),
});

export const InstrumentBandRef = builder.objectRef<InstrumentBand>("InstrumentBand").implement({
  description: "A range of scores described in words; it runs from `fromPercent` up to the next band.",
  fields: (t) => ({
    fromPercent: t.exposeFloat("fromPercent"),
    label: t.exposeString("label"),
    meaning: t.exposeString("meaning"),
  }),
});

export const RecoveryInstrumentRef = builder.objectRef<InstrumentRecord>("RecoveryInstrument").implement({
  description: "A recovery-capital instrument: the built-in one, or one an organisation is licensed to use.",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    version: t.exposeInt("version"),
    name: t.exposeString("name"),
    attribution: t.exposeString("attribution", {
      description: "Whose it is and under what licence; shown with results.",
    }),
    isBuiltIn: t.boolean({ resolve: (instrument) => instrument.organisationId === null }),
    retiredAt: t.expose("retiredAt", { type: "DateTime", nullable: true }),
    items: t.field({ type: [InstrumentItemRef], resolve: (instrument) => instrument.definition.items }),
    answerOptions: t.field({
      type: [AnswerOptionRef],
      description: "The points of the scale, lowest first.",
      resolve: ({ definition: { scale } }) => scale.labels.map((label, index) => ({ value: scale.min + index, label })),
    }),
    bands: t.field({ type: [InstrumentBandRef], resolve: (instrument) => instrument.definition.bands }),
    strengthAtLeastPercent: t.float({ resolve: (instrument) => instrument.definition.strengthAtLeastPercent }),
    gapAtMostPercent: t.float({ resolve: (instrument) => instrument.definition.gapAtMostPercent }),
    suggestedEveryWeeks: t.int({ resolve: (instrument) => instrument.definition.suggestedEveryWeeks }),
  }),
});

const JourneySettingsRef = builder.objectRef<JourneySettingsView>("JourneySettings").implement({
  description: "The check-in an organisation's people are offered, and how often.",
  fields: (t) => ({
    instrument: t.field({ type: RecoveryInstrumentRef, resolve: (settings) => settings.instrument }),
    checkInEveryWeeks: t.exposeInt("checkInEveryWeeks"),
    isDefault: t.exposeBoolean("isDefault", { description: "Nothing chosen yet: the built-in check-in." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", nullable: true }),
  }),
});

const RecoveryInstrumentInputRef = builder.inputType("RecoveryInstrumentInput", {
  validate: ZInstrumentInput,
  fields: (t) => ({
    code: t.string({
      required: true,
      description: "Lower-case letters, digits and hyphens; the same for every version.",
    }),
    version: t.int({ required: true }),
    name: t.string({ required: true }),
    attribution: t.string({ required: true }),
    definitionJson: t.string({
      required: true,
      description: "The definition as JSON: items, scale, bands, thresholds.",
    }),
  }),
});

builder.queryFields((t) => ({
  recoveryInstruments: t.field({
    type: [RecoveryInstrumentRef],
    description: "The built-in check-in and every instrument the organisation has loaded, retired ones included.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => organisationInstruments(ctx, String(organisationId)),
  }),
  journeySettings: t.field({
    type: JourneySettingsRef,
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => organisationSettings(ctx, String(organisationId)),
  }),
}));

builder.mutationFields((t) => ({
  loadRecoveryInstrument: t.field({
    type: RecoveryInstrumentRef,
    description: "Load an instrument your organisation is licensed to use, from its definition as JSON.",
    args: {
      organisationId: t.arg.id({ required: true }),
      input: t.arg({ type: RecoveryInstrumentInputRef, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: (_root, { organisationId, input }, ctx) =>
      loadRecoveryInstrument({
        ctx,
        organisationId: String(organisationId),
        input: input as unknown as InstrumentInput,
      }),
  }),
  retireRecoveryInstrument: t.field({
    type: RecoveryInstrumentRef,
    description: "Stop offering one of your organisation's instruments. Check-ins taken with it keep their meaning.",
    args: { id: t.arg.id({ required: true }) },
    // The built-in instrument belongs to no organisation, so no one can retire it.
    authScopes: async (_root, { id }, ctx) => {
      const instrument = await loadInstrument(ctx, String(id));
      return instrument?.organisationId ? { adminOf: instrument.organisationId } : false;
    },
    resolve: async (_root, { id }, ctx) => {
      const instrument = await loadInstrument(ctx, String(id));
      if (!instrument) throw new AppError("NOT_FOUND", "That instrument no longer exists.");
      return retireRecoveryInstrument({ ctx, instrument });
    },
  }),
  setJourneySettings: t.field({
    type: JourneySettingsRef,
    description: "Choose the check-in your organisation's people are offered, and how often (every 4 to 12 weeks).",
    args: {
      organisationId: t.arg.id({ required: true }),
      instrumentId: t.arg.id({ required: true }),
      checkInEveryWeeks: t.arg.int({ required: true, validate: ZCheckInEveryWeeks }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: async (_root, args, ctx) => {
      const settings = await setJourneySettings({
        ctx,
        organisationId: String(args.organisationId),
        instrumentId: String(args.instrumentId),
        checkInEveryWeeks: args.checkInEveryWeeks,
      });
      return { ...settings, isDefault: false };
    },
  }),
}));
