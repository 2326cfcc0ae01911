// The read side of volunteering hours: a person's own, and an organisation's
// for its coordinators (second factor proven; every person read is audited).

import { ZCalendarDate } from "../calendar-dates";
import { builder } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { HoursStatusEnum } from "../mentoring/enums";
import { hoursTotals } from "./hours-totals";
import { myHours } from "./my-hours";
import { mostListed, organisationHours } from "./organisation-hours";
import { HoursTotalsRef, MyVolunteeringHours, OrganisationHoursEntry } from "./types";

builder.queryFields((t) => ({
  myVolunteeringHours: t.field({
    type: MyVolunteeringHours,
    description: "Your volunteering hours, totals and milestones.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => myHours(ctx, requireViewer(ctx)),
  }),
  organisationHours: t.field({
    type: [OrganisationHoursEntry],
    description: `Entries of hours given to an organisation, newest first (at most ${mostListed}), optionally by status and between dates (YYYY-MM-DD, inclusive).`,
    args: {
      organisationId: t.arg.id({ required: true }),
      status: t.arg({ type: HoursStatusEnum }),
      from: t.arg.string({ validate: ZCalendarDate }),
      to: t.arg.string({ validate: ZCalendarDate }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, status, from, to }, ctx) =>
      organisationHours(ctx, requireViewer(ctx), {
        organisationId: String(organisationId),
        status: status ?? null,
        from: from ?? null,
        to: to ?? null,
      }),
  }),
  hoursTotals: t.field({
    type: HoursTotalsRef,
    description: "Verified hours given to an organisation by person, activity and month, between dates (inclusive).",
    args: {
      organisationId: t.arg.id({ required: true }),
      from: t.arg.string({ validate: ZCalendarDate }),
      to: t.arg.string({ validate: ZCalendarDate }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, from, to }, ctx) =>
      hoursTotals(ctx, requireViewer(ctx), {
        organisationId: String(organisationId),
        from: from ?? null,
        to: to ?? null,
      }),
  }),
}));
