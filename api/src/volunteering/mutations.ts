// The write side of volunteering hours: logging and correcting one's own, and
// coordinators approving or declining them.
import { z } from "zod";
import { builder } from "../graphql/builder";
import type { Context } from "../graphql/context";
import { requireViewer } from "../graphql/viewer";
import { HoursDecisionEnum } from "../mentoring/enums";
import { decideHours, mostDecidedAtOnce } from "./decide-hours";
import type { HoursInput as HoursInputValues } from "./hours-input";
import { logHours } from "./log-hours";
import { myEntries } from "./my-hours";
import { HoursInput, OrganisationHoursEntry, VolunteeringEntry } from "./types";
import { updatePendingHours } from "./update-pending-hours";

/** The entry as its owner sees it, after a change. */
async function myEntry(ctx: Context, id: string) {
  const [entry] = await myEntries(ctx, requireViewer(ctx), id);
  return entry!;
}

builder.mutationFields((t) => ({
  logVolunteeringHours: t.field({
    type: VolunteeringEntry,
    description: "Log hours you volunteered for one of your organisations. A coordinator checks them.",
    args: { organisationId: t.arg.id({ required: true }), input: t.arg({ type: HoursInput, required: true }) },
    authScopes: (_root, { organisationId }) => ({ memberOf: String(organisationId) }),
    resolve: async (_root, { organisationId, input }, ctx) => {
      const id = await logHours({
        ctx,
        viewer: requireViewer(ctx),
        organisationId: String(organisationId),
        input: input as unknown as HoursInputValues,
      });
      return myEntry(ctx, id);
    },
  }),
  updatePendingHours: t.field({
    type: VolunteeringEntry,
    description: "Correct one of your entries while it waits to be checked. Once decided, it can't change.",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: HoursInput, required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { id, input }, ctx) => {
      await updatePendingHours({
        ctx,
        viewer: requireViewer(ctx),
        id: String(id),
        input: input as unknown as HoursInputValues,
      });
      return myEntry(ctx, String(id));
    },
  }),
  decideHours: t.field({
    type: [OrganisationHoursEntry],
    description: `Approve or decline entries of hours (up to ${mostDecidedAtOnce}), all or none. Declining needs a reason, which the person sees.`,
    args: {
      ids: t.arg.idList({
        required: true,
        validate: z.array(z.unknown()).max(mostDecidedAtOnce, `Up to ${mostDecidedAtOnce} entries at a time, please.`),
      }),
      decision: t.arg({ type: HoursDecisionEnum, required: true }),
      reason: t.arg.string({
        validate: z
          .string()
          .trim()
          .max(500, "Please keep the reason to 500 characters.")
          .nullish()
          .transform((reason) => reason || null),
      }),
    },
    authScopes: { signedIn: true },
    resolve: (_root, { ids, decision, reason }, ctx) =>
      decideHours({ ctx, viewer: requireViewer(ctx), ids: ids.map(String), decision, reason: reason ?? null }),
  }),
}));
