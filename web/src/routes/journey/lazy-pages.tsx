// The journey hub, the milestones page and someone else's shared journey, each
// loaded only when it is opened.
import { onDemand } from "../../components/on-demand";

export const JourneyHubPage = onDemand(() => import("./journey-hub-page").then((m) => m.JourneyHubPage));
export const MilestonesPage = onDemand(() => import("./milestones-page").then((m) => m.MilestonesPage));
export const SharedJourneyPage = onDemand(() => import("./shared-journey-page").then((m) => m.SharedJourneyPage));
