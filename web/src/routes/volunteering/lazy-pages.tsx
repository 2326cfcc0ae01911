// The volunteering pages, each loaded only when opened, so the main bundle stays small.
import { type ComponentProps, lazy, type ReactNode, Suspense } from "react";

function OnDemand({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

const LazyMyVolunteeringPage = lazy(() =>
  import("./my-volunteering-page").then((m) => ({ default: m.MyVolunteeringPage })),
);
export const MyVolunteeringPage = () => (
  <OnDemand>
    <LazyMyVolunteeringPage />
  </OnDemand>
);

const LazyOrganisationVolunteeringPage = lazy(() =>
  import("./organisation-volunteering-page").then((m) => ({ default: m.OrganisationVolunteeringPage })),
);
export const OrganisationVolunteeringPage = (props: ComponentProps<typeof LazyOrganisationVolunteeringPage>) => (
  <OnDemand>
    <LazyOrganisationVolunteeringPage {...props} />
  </OnDemand>
);
