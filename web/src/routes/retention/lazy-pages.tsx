// Retention's page, loaded only when opened: few people ever visit it.
import { onDemand } from "../../components/on-demand";

export const RetentionPage = onDemand(() => import("./retention-page").then((m) => m.RetentionPage));
