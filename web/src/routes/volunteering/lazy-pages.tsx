// The volunteering pages, each loaded only when opened, so the main bundle stays small.
import { onDemand } from "../../components/on-demand";

export const MyVolunteeringPage = onDemand(() => import("./my-volunteering-page").then((m) => m.MyVolunteeringPage));
export const OrganisationVolunteeringPage = onDemand(() =>
  import("./organisation-volunteering-page").then((m) => m.OrganisationVolunteeringPage),
);
