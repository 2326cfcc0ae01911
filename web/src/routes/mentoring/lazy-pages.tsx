// Mentoring's pages, each loaded only when it is opened, so the main bundle
// stays small for the many visits that never need them.
import { type ComponentType, lazy, Suspense } from "react";

/** A page whose code arrives when it is first shown, saying so on a slow connection. */
function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return (props: Props) => (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Lazy {...props} />
    </Suspense>
  );
}

export const MyMentoringPage = onDemand(() => import("./matches/my-mentoring-page").then((m) => m.MyMentoringPage));
export const AskForMentorPage = onDemand(() =>
  import("./requests/ask-for-mentor-page").then((m) => m.AskForMentorPage),
);
export const MentorProfilePage = onDemand(() =>
  import("./profile/mentor-profile-page").then((m) => m.MentorProfilePage),
);
export const MentoringHubPage = onDemand(() => import("./requests/mentoring-hub-page").then((m) => m.MentoringHubPage));
export const ShortlistPage = onDemand(() => import("./requests/shortlist-page").then((m) => m.ShortlistPage));
export const MentorsPage = onDemand(() => import("./vetting/mentors-page").then((m) => m.MentorsPage));
