// The service dashboard's page, loaded only when it is opened (it brings the charts).
import { onDemand } from "../../../components/on-demand";

export const ServiceDashboardPage = onDemand(() =>
  import("./service-dashboard-page").then((m) => m.ServiceDashboardPage),
);
