// The reminders page, loaded only when opened, so the main bundle stays small.
import { onDemand } from "../../components/on-demand";

export const RemindersPage = onDemand(() => import("./reminders-page").then((m) => m.RemindersPage));
