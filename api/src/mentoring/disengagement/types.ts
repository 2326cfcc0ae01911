// GraphQL for keeping in touch: each organisation's quiet thresholds (coordinators
// read them, admins change them), a mentor recording a planned contact that did
// not happen, and a match's keeping-in-touch history for its mentor and staff.
import { selectedFieldNames } from "../../audit/selected-fields";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { ContactModeEnum, DisengagementSignalKindEnum } from "../enums";
import { loadMatch, matchScopes, matchWithRelation, personalRelation } from "../sessions/match-access";
import {
  type DisengagementSettings,
  loadDisengagementSettings,
  updateDisengagementSettings,
  ZDisengagementSettings,
} from "./disengagement-settings";
import { type ContactHistory, readContactHistory } from "./read-contact-history";
import { type MissedContactInput, recordMissedContact, ZMissedContactInput } from "./record-missed-contact";

const DisengagementSettingsRef = builder.objectRef<DisengagementSettings>("DisengagementSettings").implement({
  description: "When a quiet match is noticed: the mentor is nudged, then coordinators are alerted.",
  fields: (t) => ({
    nudgeAfterDays: t.exposeInt("nudgeAfterDays", { description: "Days with no contact before the mentor is nudged." }),
    alertAfterDays: t.exposeInt("alertAfterDays", {
      description: "Further days after the nudge, still with no contact, before coordinators are alerted.",
    }),
    isDefault: t.exposeBoolean("isDefault"),
  }),
});

type MissedContact = ContactHistory["missedContacts"][number];
const MissedContactRef = builder.objectRef<MissedContact>("MissedContact").implement({
  description: "A contact the mentor planned that did not happen.",
  fields: (t) => ({
    id: t.exposeID("id"),
    plannedOn: t.exposeString("plannedOn"),
    contactMode: t.expose("contactMode", { type: ContactModeEnum }),
    recordedAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const ContactEntryRef = builder.objectRef<ContactHistory["lastSessions"][number]>("ContactEntry").implement({
  fields: (t) => ({
    heldOn: t.exposeString("heldOn"),
    contactMode: t.expose("contactMode", { type: ContactModeEnum }),
  }),
});

const SignalRef = builder.objectRef<ContactHistory["signals"][number]>("DisengagementSignal").implement({
  description: "A nudge sent to the mentor, or an alert sent to coordinators, about one quiet spell.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: DisengagementSignalKindEnum }),
    quietSinceOn: t.exposeString("quietSinceOn"),
    daysQuiet: t.exposeInt("daysQuiet"),
    at: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const ContactHistoryRef = builder.objectRef<ContactHistory>("ContactHistory").implement({
  fields: (t) => ({
    quietSinceOn: t.exposeString("quietSinceOn", {
      nullable: true,
      description: "The day the current quiet spell is counted from; null unless the match is active.",
    }),
    daysQuiet: t.exposeInt("daysQuiet", { nullable: true }),
    nudgeAfterDays: t.exposeInt("nudgeAfterDays"),
    alertAfterDays: t.exposeInt("alertAfterDays"),
    lastSessions: t.field({ type: [ContactEntryRef], resolve: (h) => h.lastSessions }),
    missedContacts: t.field({ type: [MissedContactRef], resolve: (h) => h.missedContacts }),
    signals: t.field({ type: [SignalRef], resolve: (h) => h.signals }),
  }),
});

const DisengagementSettingsInput = builder.inputType("DisengagementSettingsInput", {
  validate: ZDisengagementSettings,
  fields: (t) => ({
    nudgeAfterDays: t.int({ required: true }),
    alertAfterDays: t.int({ required: true }),
  }),
});

const MissedContactInputRef = builder.inputType("MissedContactInput", {
  validate: ZMissedContactInput,
  fields: (t) => ({
    plannedOn: t.string({ required: true, description: "The day the contact was planned for (YYYY-MM-DD)." }),
    contactMode: t.field({ type: ContactModeEnum, required: true }),
  }),
});

builder.queryFields((t) => ({
  disengagementSettings: t.field({
    type: DisengagementSettingsRef,
    description: "When quiet matches are noticed in this organisation. Coordinators and admins.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => loadDisengagementSettings(ctx.db, String(organisationId)),
  }),
  matchContactHistory: t.field({
    type: ContactHistoryRef,
    description: "How a match has kept in touch: quiet days, last sessions, missed contacts, nudges and alerts.",
    args: { matchId: t.arg.id({ required: true }) },
    authScopes: (_root, { matchId }, ctx) => matchScopes(ctx, String(matchId), ["mentor"]),
    resolve: async (_root, { matchId }, ctx, info) => {
      const { match, relation } = await matchWithRelation(ctx, String(matchId));
      if (relation === "mentee") throw new AppError("FORBIDDEN", "This history is for the mentor and coordinators.");
      return readContactHistory(ctx, requireViewer(ctx), match, relation, selectedFieldNames(info));
    },
  }),
}));

builder.mutationFields((t) => ({
  updateDisengagementSettings: t.field({
    type: DisengagementSettingsRef,
    description: "Change when quiet matches are noticed. Admins only.",
    args: {
      organisationId: t.arg.id({ required: true }),
      input: t.arg({ type: DisengagementSettingsInput, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: (_root, { organisationId, input }, ctx) =>
      updateDisengagementSettings({ db: ctx.db, organisationId: String(organisationId), input, now: ctx.now() }),
  }),
  recordMissedContact: t.field({
    type: MissedContactRef,
    description: "Record a contact you planned with the person you mentor that did not happen.",
    args: {
      matchId: t.arg.id({ required: true }),
      input: t.arg({ type: MissedContactInputRef, required: true }),
    },
    authScopes: async (_root, { matchId }, ctx) => {
      const match = await loadMatch(ctx, String(matchId));
      return Boolean(match && personalRelation(ctx.viewer, match) === "mentor");
    },
    resolve: async (_root, { matchId, input }, ctx) => {
      const match = await loadMatch(ctx, String(matchId));
      if (!match) throw new AppError("NOT_FOUND", "That match no longer exists.");
      return recordMissedContact({ ctx, viewer: requireViewer(ctx), match, input: input as MissedContactInput });
    },
  }),
}));
