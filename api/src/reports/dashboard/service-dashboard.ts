// The service dashboard for an organisation's coordinators: activity month by
// month, what changed in people's journeys (anonymous and suppressed), and who
// has gone quiet (named, audited). The figures are read in one batch, so they
// agree with each other; the names are read in a second with their audit rows.
import type { Database } from "@kinship/db";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import type { BatchRows } from "../batch-rows";
import type { PeriodRequest } from "../reporting-period";
import { requireReportingStaff } from "../reporting-staff";
import { type DashboardPeriod, dashboardPeriod } from "./dashboard-period";
import { goneQuiet } from "./gone-quiet";
import { quietCandidatesQuery } from "./gone-quiet-query";
import { journeyChange, journeyChangeQueries } from "./journey-change";
import { monthlyActivity, monthlyActivityQueries } from "./monthly-activity";

export async function serviceDashboard(ctx: Context, viewer: Viewer, request: PeriodRequest) {
  const period = dashboardPeriod(request.from, request.to);
  requireReportingStaff(viewer, request.organisationId, ctx.now(), "its dashboard");
  const today = londonDate(ctx.now());
  const [candidates, ...figureRows] = await ctx.db.batch([
    quietCandidatesQuery(ctx.db, request.organisationId, today),
    ...figureQueries(ctx.db, request.organisationId, period),
  ]);
  return {
    organisationId: request.organisationId,
    today,
    ...figuresFrom(period, figureRows),
    goneQuiet: await goneQuiet(ctx, viewer, request.organisationId, candidates, today),
  };
}
export type ServiceDashboard = Awaited<ReturnType<typeof serviceDashboard>>;

/** The same figures without any names (for the CSV download): nothing here needs an audit row. */
export async function dashboardFigures(db: Database, organisationId: string, period: DashboardPeriod) {
  return figuresFrom(period, await db.batch(figureQueries(db, organisationId, period)));
}
export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;

const figureQueries = (db: Database, organisationId: string, period: DashboardPeriod) =>
  [...monthlyActivityQueries(db, organisationId, period), ...journeyChangeQueries(db, organisationId, period)] as const;

function figuresFrom(
  period: DashboardPeriod,
  [a0, a1, a2, a3, a4, j0, j1, j2]: BatchRows<ReturnType<typeof figureQueries>>,
) {
  return {
    from: period.from,
    to: period.to,
    months: monthlyActivity(period, [a0, a1, a2, a3, a4]),
    ...journeyChange([j0, j1, j2]),
  };
}
