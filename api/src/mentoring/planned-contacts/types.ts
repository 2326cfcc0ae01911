// GraphQL for planned contacts: the next catch-up (or appointment the mentor goes
// to with the person) on a match, which its mentor and the organisation's staff
// plan and cancel, and which the mentee, mentor and staff see on the match.
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { ContactModeEnum, PlannedContactKindEnum } from "../enums";
import { MatchRef } from "../matches/types";
import { loadMatch, matchScopes } from "../sessions/match-access";
import { cancelPlannedContact, loadPlannedContact } from "./cancel-planned-contact";
import { planContact } from "./plan-contact";
import { type PlannedContactInput, type PlannedContactRow, ZPlannedContactInput } from "./planned-contact-input";
import { loadNextContact } from "./read-next-contact";

const PlannedContactRef = builder.objectRef<PlannedContactRow>("PlannedContact").implement({
  description: "A catch-up the mentor and the person agreed, or an appointment the mentor will go to with them.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: PlannedContactKindEnum }),
    contactMode: t.expose("contactMode", { type: ContactModeEnum }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
  }),
});

builder.objectField(MatchRef, "nextContact", (t) =>
  t.field({
    type: PlannedContactRef,
    nullable: true,
    description:
      "The planned contact that has not started yet, if there is one. Reads by the mentor and staff are recorded.",
    resolve: (view, _args, ctx) => loadNextContact(ctx, view),
  }),
);

const PlanContactInputRef = builder.inputType("PlanContactInput", {
  validate: ZPlannedContactInput,
  fields: (t) => ({
    matchId: t.id({ required: true }),
    kind: t.field({ type: PlannedContactKindEnum, required: true }),
    contactMode: t.field({ type: ContactModeEnum, required: true }),
    startsAt: t.string({
      required: true,
      description: "ISO 8601 date and time with its offset, in the future and within a year.",
    }),
  }),
});

// Planning is the mentor's job (and staff's): the person is told, and sees it on their page.
builder.mutationFields((t) => ({
  planContact: t.field({
    type: PlannedContactRef,
    description: "Plan the next contact of a match; it replaces any planned contact that hasn't happened yet.",
    args: { input: t.arg({ type: PlanContactInputRef, required: true }) },
    authScopes: (_root, { input }, ctx) => matchScopes(ctx, String(input.matchId), ["mentor"]),
    resolve: async (_root, { input }, ctx) => {
      const match = await loadMatch(ctx, String(input.matchId));
      if (!match) throw new AppError("NOT_FOUND", "That match no longer exists.");
      return planContact({ ctx, viewer: requireViewer(ctx), match, input: input as PlannedContactInput });
    },
  }),
  cancelPlannedContact: t.field({
    type: PlannedContactRef,
    description: "Call off a planned contact. Its reminders that haven't gone are cancelled too.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => {
      const contact = await loadPlannedContact(ctx, String(id));
      return contact ? matchScopes(ctx, contact.matchId, ["mentor"]) : false;
    },
    resolve: async (_root, { id }, ctx) => {
      const contact = await loadPlannedContact(ctx, String(id));
      if (!contact) throw new AppError("NOT_FOUND", "That catch-up no longer exists.");
      return cancelPlannedContact({ ctx, contact });
    },
  }),
}));
