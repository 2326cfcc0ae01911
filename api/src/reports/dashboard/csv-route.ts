// GET /reports/dashboard.csv?organisationId=…&from=…&to=…: the service
// dashboard's figures as a file. No names are in the file.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { DownloadRouteDeps } from "../../downloads/identify";
import { staffDownloadRoutes } from "../staff-download-route";
import { dashboardCsv } from "./dashboard-csv";
import { dashboardPeriod, dashboardPeriodProblem } from "./dashboard-period";
import { dashboardFigures } from "./service-dashboard";

const dashboardCsvPath = "/reports/dashboard.csv";

export function dashboardCsvRoutes(deps: DownloadRouteDeps) {
  return staffDownloadRoutes(deps, {
    path: dashboardCsvPath,
    what: "its dashboard",
    whySecondFactor: "The dashboard is about people's support, so we ask for a code from your authenticator app first.",
    periodRule: "no more than three years apart",
    isPeriodWrong: (from, to) => dashboardPeriodProblem(from, to) !== null,
    produce: async (db, { organisationId, from, to }) => {
      const [organisation] = await db
        .select({ slug: schema.organisations.slug, name: schema.organisations.name })
        .from(schema.organisations)
        .where(eq(schema.organisations.id, organisationId));
      const figures = await dashboardFigures(db, organisationId, dashboardPeriod(from, to));
      const slug = (organisation?.slug ?? "organisation").replace(/[^a-z0-9-]/gi, "-");
      return {
        body: dashboardCsv(figures, organisation?.name ?? ""),
        contentType: "text/csv; charset=utf-8",
        filename: `kinship-dashboard-${slug}-${from}-to-${to}.csv`,
      };
    },
  });
}
