// The commissioner report's page, loaded only when it is opened.
import { onDemand } from "../../../components/on-demand";

export const CommissionerReportPage = onDemand(() =>
  import("./commissioner-report-page").then((m) => m.CommissionerReportPage),
);
