// Support sessions, concerns, caseloads and supervision pages, each loaded only when it is opened.
import { onDemand } from "../../../components/on-demand";

export const SessionsPage = onDemand(() => import("./sessions-page").then((m) => m.SessionsPage));
export const ConcernsPage = onDemand(() => import("./concerns-page").then((m) => m.ConcernsPage));
export const CaseloadsPage = onDemand(() => import("../supervision/caseloads-page").then((m) => m.CaseloadsPage));
export const SupervisionPage = onDemand(() => import("../supervision/supervision-page").then((m) => m.SupervisionPage));
