// The directory's pages, each loaded only when it is opened: most visits never
// need the listing form or the moderation queue, so they stay out of the main bundle.
import { onDemand } from "../../components/on-demand";

export const ListingsPage = onDemand(() => import("./listings-page").then((m) => m.ListingsPage));
export const NewListingPage = onDemand(() => import("./new-listing-page").then((m) => m.NewListingPage));
export const EditListingPage = onDemand(() => import("./edit-listing-page").then((m) => m.EditListingPage));
export const CheckInPage = onDemand(() => import("./check-in-page").then((m) => m.CheckInPage));
export const SuggestionsPage = onDemand(() => import("./suggestions-page").then((m) => m.SuggestionsPage));
export const MemberCheckInPage = onDemand(() => import("./member-check-in-page").then((m) => m.MemberCheckInPage));
export const CheckInCodePage = onDemand(() => import("./member-check-in-page").then((m) => m.CheckInCodePage));
export const GoingPage = onDemand(() => import("./going-page").then((m) => m.GoingPage));
export const MyGatheringsPage = onDemand(() => import("./my-gatherings-page").then((m) => m.MyGatheringsPage));
export const SuggestChangePage = onDemand(() => import("./suggest-change-page").then((m) => m.SuggestChangePage));
export const SuggestListingPage = onDemand(() => import("./suggest-listing-page").then((m) => m.SuggestListingPage));
