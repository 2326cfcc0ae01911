// The directory's pages, each loaded only when it is opened: most visits never
// need the listing form or the moderation queue, so they stay out of the main bundle.
import { type ComponentProps, lazy, type ReactNode, Suspense } from "react";

/** Says so while a page's code arrives on a slow connection. */
function OnDemand({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

const LazyListingsPage = lazy(() => import("./listings-page").then((m) => ({ default: m.ListingsPage })));
export const ListingsPage = (props: ComponentProps<typeof LazyListingsPage>) => (
  <OnDemand>
    <LazyListingsPage {...props} />
  </OnDemand>
);

const LazyNewListingPage = lazy(() => import("./new-listing-page").then((m) => ({ default: m.NewListingPage })));
export const NewListingPage = (props: ComponentProps<typeof LazyNewListingPage>) => (
  <OnDemand>
    <LazyNewListingPage {...props} />
  </OnDemand>
);

const LazyEditListingPage = lazy(() => import("./edit-listing-page").then((m) => ({ default: m.EditListingPage })));
export const EditListingPage = (props: ComponentProps<typeof LazyEditListingPage>) => (
  <OnDemand>
    <LazyEditListingPage {...props} />
  </OnDemand>
);

const LazyCheckInPage = lazy(() => import("./check-in-page").then((m) => ({ default: m.CheckInPage })));
export const CheckInPage = (props: ComponentProps<typeof LazyCheckInPage>) => (
  <OnDemand>
    <LazyCheckInPage {...props} />
  </OnDemand>
);

const LazySuggestionsPage = lazy(() => import("./suggestions-page").then((m) => ({ default: m.SuggestionsPage })));
export const SuggestionsPage = (props: ComponentProps<typeof LazySuggestionsPage>) => (
  <OnDemand>
    <LazySuggestionsPage {...props} />
  </OnDemand>
);

const LazyMemberCheckInPage = lazy(() =>
  import("./member-check-in-page").then((m) => ({ default: m.MemberCheckInPage })),
);
export const MemberCheckInPage = (props: ComponentProps<typeof LazyMemberCheckInPage>) => (
  <OnDemand>
    <LazyMemberCheckInPage {...props} />
  </OnDemand>
);

const LazyCheckInCodePage = lazy(() => import("./member-check-in-page").then((m) => ({ default: m.CheckInCodePage })));
export const CheckInCodePage = () => (
  <OnDemand>
    <LazyCheckInCodePage />
  </OnDemand>
);

const LazyGoingPage = lazy(() => import("./going-page").then((m) => ({ default: m.GoingPage })));
export const GoingPage = (props: ComponentProps<typeof LazyGoingPage>) => (
  <OnDemand>
    <LazyGoingPage {...props} />
  </OnDemand>
);

const LazyMyGatheringsPage = lazy(() => import("./my-gatherings-page").then((m) => ({ default: m.MyGatheringsPage })));
export const MyGatheringsPage = () => (
  <OnDemand>
    <LazyMyGatheringsPage />
  </OnDemand>
);

const LazySuggestChangePage = lazy(() =>
  import("./suggest-change-page").then((m) => ({ default: m.SuggestChangePage })),
);
export const SuggestChangePage = (props: ComponentProps<typeof LazySuggestChangePage>) => (
  <OnDemand>
    <LazySuggestChangePage {...props} />
  </OnDemand>
);

const LazySuggestListingPage = lazy(() =>
  import("./suggest-listing-page").then((m) => ({ default: m.SuggestListingPage })),
);
export const SuggestListingPage = () => (
  <OnDemand>
    <LazySuggestListingPage />
  </OnDemand>
);
