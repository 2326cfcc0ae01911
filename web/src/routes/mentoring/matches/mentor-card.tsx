// A mentor as a person choosing (or their mentee) sees them: only what the
// mentor chose to show. The API sends hidden fields as null or empty, and an
// empty field is simply left out rather than shown as "not given".
import type { ResultOf } from "../../../graphql/graphql";
import type { MentorCardFields } from "../../../graphql/mentoring";
import { type DetailRow, DetailsList } from "../details-list";
import {
  ageBandLabels,
  genderLabels,
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

export type MentorCard = ResultOf<typeof MentorCardFields>;

export function MentorDetails({ mentor }: { mentor: MentorCard }) {
  const rows: DetailRow[] = [
    ["Good at helping with", labelsOf(mentor.strengths, needLabels) || null],
    ["Own experience of", labelsOf(mentor.substances, substanceLabels) || null],
    ["Has also been through", labelsOf(mentor.lifeExperiences, lifeExperienceLabels) || null],
    ["Recovery", labelsOf(mentor.pathways, pathwayLabels) || null],
    ["Speaks", listOf(mentor.languages.map(languageLabel)) || null],
    ["Gender", mentor.gender ? genderLabels[mentor.gender] : null],
    ["Age", mentor.ageBand ? ageBandLabels[mentor.ageBand] : null],
    ["Based in", mentor.homeArea],
    ["Can keep in touch by", labelsOf(mentor.meetingWays, meetingWayLabels) || null],
    ["Usually free", availabilityText(mentor.availability)],
  ];
  return (
    <>
      {mentor.introduction && <p className="preserve-lines">{mentor.introduction}</p>}
      <DetailsList rows={rows} />
    </>
  );
}

/** Why a coordinator suggested this match, in plain words (only what the viewer may see). */
export function MatchReasons({ reasons, heading }: { reasons: readonly string[]; heading: string }) {
  if (reasons.length === 0) return null;
  return (
    <>
      <p className="reasons-heading">{heading}</p>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
}
