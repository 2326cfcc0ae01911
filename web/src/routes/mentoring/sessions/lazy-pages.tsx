// Support sessions, concerns, caseloads and supervision pages, each loaded only
// when it is opened, so the main bundle stays small.
import { type ComponentType, lazy, Suspense } from "react";

function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return (props: Props) => (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Lazy {...props} />
    </Suspense>
  );
}

export const SessionsPage = onDemand(() => import("./sessions-page").then((m) => m.SessionsPage));
export const ConcernsPage = onDemand(() => import("./concerns-page").then((m) => m.ConcernsPage));
export const CaseloadsPage = onDemand(() => import("../supervision/caseloads-page").then((m) => m.CaseloadsPage));
export const SupervisionPage = onDemand(() => import("../supervision/supervision-page").then((m) => m.SupervisionPage));
