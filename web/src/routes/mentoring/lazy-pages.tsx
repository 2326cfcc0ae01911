// Mentoring's pages, each loaded only when it is opened.
import { onDemand } from "../../components/on-demand";

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
export const MentoringSettingsPage = onDemand(() =>
  import("./settings/mentoring-settings-page").then((m) => m.MentoringSettingsPage),
);
export const AskOnBehalfPage = onDemand(() => import("./requests/ask-on-behalf-page").then((m) => m.AskOnBehalfPage));
