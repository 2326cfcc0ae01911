// The network map's page, loaded only when it is opened.
import { onDemand } from "../../../components/on-demand";

export const NetworkPage = onDemand(() => import("./network-page").then((m) => m.NetworkPage));
