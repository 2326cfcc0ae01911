// The commissioner report for one organisation and period: the one builder of its
// figures, used by the GraphQL field (the printable page) and the PDF alike, so
// both show the same suppressed numbers. Everything is read in one batch, so the
// figures agree with each other. It reads no one's record, only grouped counts,
// so it writes no access audit rows (a test proves it names no one).
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import type { Viewer } from "../../graphql/context";
import type { PeriodRequest, ReportingPeriod } from "../reporting-period";
import { requireReportingStaff } from "../reporting-staff";
import { activityQueries } from "./activity-queries";
import { activitySections } from "./activity-sections";
import { journeyQueries } from "./journey-queries";
import { journeySections } from "./journey-sections";
import { reportPeriod } from "./report-period";
import type { CommissionerReport } from "./report-shape";
import { howToRead } from "./report-words";

export async function commissionerReport(
  db: Database,
  viewer: Viewer,
  request: PeriodRequest,
  now: Date,
): Promise<CommissionerReport> {
  const period = reportPeriod(request.from, request.to);
  requireReportingStaff(viewer, request.organisationId, now, "its reports");
  return buildCommissionerReport(db, request.organisationId, period, now);
}

/** The report itself, once the viewer is known to be allowed it (the bench calls this directly). */
export async function buildCommissionerReport(
  db: Database,
  organisationId: string,
  period: ReportingPeriod,
  now: Date,
): Promise<CommissionerReport> {
  const [organisations, a0, a1, a2, a3, a4, a5, a6, a7, j0, j1, j2, j3, j4, j5] = await db.batch([
    db
      .select({ name: schema.organisations.name })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, organisationId)),
    ...activityQueries(db, organisationId, period),
    ...journeyQueries(db, organisationId, period),
  ]);
  return {
    organisationId,
    organisationName: organisations[0]?.name ?? "",
    from: period.from,
    to: period.to,
    generatedOn: londonDate(now),
    sections: [...activitySections([a0, a1, a2, a3, a4, a5, a6, a7]), ...journeySections([j0, j1, j2, j3, j4, j5])],
    howToRead,
  };
}
