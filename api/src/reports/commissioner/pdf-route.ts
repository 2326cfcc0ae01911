// GET /reports/commissioner.pdf?organisationId=…&from=…&to=…: the commissioner
// report as a file to send on. Built by the same builder as the page, so the file
// and the page show the same numbers.
import type { DownloadRouteDeps } from "../../downloads/identify";
import { staffDownloadRoutes } from "../staff-download-route";
import { buildCommissionerReport } from "./commissioner-report";
import { reportPdf } from "./report-pdf";
import { reportPeriod, reportPeriodProblem } from "./report-period";

const commissionerReportPdfPath = "/reports/commissioner.pdf";

export function commissionerReportRoutes(deps: DownloadRouteDeps) {
  return staffDownloadRoutes(deps, {
    path: commissionerReportPdfPath,
    what: "its reports",
    whySecondFactor: "Reports are drawn from people's support, so we ask for a code from your authenticator app first.",
    periodRule: "no more than five years apart",
    isPeriodWrong: (from, to) => reportPeriodProblem(from, to) !== null,
    produce: async (db, { organisationId, from, to }, at) => {
      const report = await buildCommissionerReport(db, organisationId, reportPeriod(from, to), at);
      return {
        body: await reportPdf(report, at),
        contentType: "application/pdf",
        filename: `kinship-commissioner-report-${from}-to-${to}.pdf`,
      };
    },
  });
}
