// Everything a person asked for, as a coordinator sees it when matching them,
// shared experience included (only coordinators ever see that).
import type { ResultOf } from "../../../graphql/graphql";
import type { MentorRequestFields } from "../../../graphql/mentoring";
import { type DetailRow, DetailsList } from "../details-list";
import { howLongSince } from "../staff-pages";
import {
  genderPreferenceLabels,
  labelsOf,
  languageLabel,
  lifeExperienceLabels,
  listOf,
  meetingWayLabels,
  needLabels,
  pathwayLabels,
  substanceLabels,
} from "../vocabulary";
import { availabilityText } from "../weekly-availability";

export function RequestDetails({ request }: { request: ResultOf<typeof MentorRequestFields> }) {
  const rows: DetailRow[] = [
    ["Waiting", howLongSince(request.createdAt)],
    ["Would like help with", labelsOf(request.needs, needLabels) || null],
    [
      "Mentor's gender",
      request.genderPreference === "NO_PREFERENCE" ? "No preference" : genderPreferenceLabels[request.genderPreference],
    ],
    ["Languages", listOf(request.languages.map(languageLabel)) || null],
    ["Shared experience of", labelsOf(request.sharedSubstances, substanceLabels) || null],
    ["Or of", labelsOf(request.sharedLifeExperiences, lifeExperienceLabels) || null],
    ["Way of recovering", request.pathway ? pathwayLabels[request.pathway] : null],
    ["Keeping in touch by", labelsOf(request.meetingWays, meetingWayLabels) || null],
    ["Usually free", availabilityText(request.availability)],
    ["Lives in or near", request.area],
  ];
  return (
    <section aria-labelledby="asked-for">
      <h2 id="asked-for">What {request.displayName} asked for</h2>
      {request.isOnBehalf && <p className="meta">A keyworker asked for them, with their agreement.</p>}
      <DetailsList rows={rows} />
    </section>
  );
}
