// The service dashboard for an organisation's coordinators: activity month by
// month, what changed in people's journeys (anonymous and suppressed), and who
// has gone quiet (named, audited). The figures are read in one batch, so they
// agree with each other; the names are read in a second with their audit rows.
import type { Database } from "@kinship/db";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { requireReportingStaff } from "../reporting-staff";
import { type DashboardPeriod, dashboardPeriod } from "./dashboard-period";
import { goneQuiet } from "./gone-quiet";
import { quietCandidatesQuery } from "./gone-quiet-query";
import { journeyChange, journeyChangeQueries } from "./journey-change";
import { monthlyActivity, monthlyActivityQueries } from "./monthly-activity";

export interface DashboardRequest {
  organisationId: string;
  from: string;
  to: string;
}

export async function serviceDashboard(ctx: Context, viewer: Viewer, request: DashboardRequest) {
  const period = dashboardPeriod(request.from, request.to);
  requireReportingStaff(viewer, request.organisationId, ctx.now(), "its dashboard");
  const today = londonDate(ctx.now());
  const [candidates, a0, a1, a2, a3, a4, j0, j1, j2] = await ctx.db.batch([
    quietCandidatesQuery(ctx.db, request.organisationId, today),
    ...monthlyActivityQueries(ctx.db, request.organisationId, period),
    ...journeyChangeQueries(ctx.db, request.organisationId, period),
  ]);
  return {
    organisationId: request.organisationId,
    from: period.from,
    to: period.to,
    today,
    months: monthlyActivity(period, [a0, a1, a2, a3, a4]),
    ...journeyChange([j0, j1, j2]),
    goneQuiet: await goneQuiet(ctx, viewer, request.organisationId, candidates, today),
  };
}
export type ServiceDashboard = Awaited<ReturnType<typeof serviceDashboard>>;

/** The same figures without any names (for the CSV download): nothing here needs an audit row. */
export async function dashboardFigures(db: Database, organisationId: string, period: DashboardPeriod) {
  const [a0, a1, a2, a3, a4, j0, j1, j2] = await db.batch([
    ...monthlyActivityQueries(db, organisationId, period),
    ...journeyChangeQueries(db, organisationId, period),
  ]);
  return {
    from: period.from,
    to: period.to,
    months: monthlyActivity(period, [a0, a1, a2, a3, a4]),
    ...journeyChange([j0, j1, j2]),
  };
}
export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;
