// The goals page, loaded only when it is opened.
import { onDemand } from "../../../components/on-demand";

export const GoalsPage = onDemand(() => import("./goals-page").then((m) => m.GoalsPage));
