// Recovery check-in pages, each loaded only when it is opened. (Named apart from
// the directory's check-in at a gathering, which is another thing entirely.)
import { onDemand } from "../../../components/on-demand";

export const RecoveryCheckInPage = onDemand(() => import("./check-in-page").then((m) => m.CheckInPage));
export const RecoveryCheckInsPage = onDemand(() => import("./check-ins-page").then((m) => m.CheckInsPage));
export const RecoveryCheckInSettingsPage = onDemand(() =>
  import("./check-in-settings-page").then((m) => m.CheckInSettingsPage),
);
