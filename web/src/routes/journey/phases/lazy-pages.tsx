// The coordinators' treatment-phases page, loaded only when it is opened.
import { onDemand } from "../../../components/on-demand";

export const PhasesPage = onDemand(() => import("./phases-page").then((m) => m.PhasesPage));
