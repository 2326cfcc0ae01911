// /organisations/:slug/mentoring/mentors: every mentor of the organisation and
// whether they are cleared to mentor, a form to record each check, and role
// changes as people progress from member to volunteer to mentor.
import { useState } from "react";
import { Link } from "wouter";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { OrganisationMentorsQuery } from "../../../graphql/mentoring";
import { useQuery } from "../../../lib/use-query";
import { roleLabel } from "../../home/role-features";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { RecordCheckForm } from "./record-check-form";
import { RoleProgression } from "./role-progression";
import { type Vetting, VettingSummary } from "./vetting-summary";

type Mentors = ResultOf<typeof OrganisationMentorsQuery>;
type Mentor = Mentors["organisationMentors"][number];

export function MentorsPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Mentors organisation={organisation} />}</WithOrganisation>;
}

function Mentors({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(OrganisationMentorsQuery, { organisationId: organisation.id });
  // A recorded check returns the mentor's vetting as it now is; show that without loading everyone again.
  const [vettings, setVettings] = useState<Record<string, Vetting>>({});
  const [message, setMessage] = useState("");
  if (state.status === "loading") return <p role="status">Loading mentors…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the mentors" />;
  const { organisationMentors: mentors, mentoringSettings } = state.data;
  const onRecorded = (mentorId: string) => (vetting: Vetting, words: string) => {
    setVettings((all) => ({ ...all, [mentorId]: vetting }));
    setMessage(words);
  };
  return (
    <Page title={`${organisation.name}: mentors`} heading="Mentors and vetting">
      <MentoringStaffLinks slug={organisation.slug} />
      <p>
        Only mentors whose checks are all current are suggested to people. Renew checks before they run out, and keep
        supervision regular.
      </p>
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {mentors.length === 0 ? (
        <p>
          Nobody has a mentor profile yet. Volunteers and peer mentors make their own from "My mentoring", then you
          record their checks here.
        </p>
      ) : (
        <ul className="listing-list">
          {mentors.map((mentor) => (
            <MentorItem
              key={mentor.id}
              mentor={mentor}
              vetting={vettings[mentor.id] ?? mentor.vetting}
              slug={organisation.slug}
              training={mentoringSettings.requiredTraining}
              onRecorded={onRecorded(mentor.id)}
            />
          ))}
        </ul>
      )}
      <RoleProgression slug={organisation.slug} organisationId={organisation.id} />
    </Page>
  );
}

interface MentorItemProps {
  mentor: Mentor;
  vetting: Vetting | null;
  slug: string;
  training: Mentors["mentoringSettings"]["requiredTraining"];
  onRecorded: (vetting: Vetting, message: string) => void;
}

function MentorItem({ mentor, vetting, slug, training, onRecorded }: MentorItemProps) {
  const headingId = `mentor-${mentor.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{mentor.displayName}</h2>
      <p className="meta">
        {mentor.role ? `${roleLabel[mentor.role]} · ` : ""}mentoring {mentor.caseload} of up to {mentor.capacity}
        {mentor.isTakingBreak && " · taking a break"}
      </p>
      {vetting && <VettingSummary vetting={vetting} />}
      <details className="details">
        <summary>
          Record a check<span className="visually-hidden"> for {mentor.displayName}</span>
        </summary>
        <RecordCheckForm
          mentorProfileId={mentor.id}
          mentorName={mentor.displayName}
          training={training}
          onRecorded={onRecorded}
        />
      </details>
      <p>
        <Link href={`/organisations/${slug}/mentoring/mentors/${mentor.id}/supervision`}>
          Supervision<span className="visually-hidden"> of {mentor.displayName}</span>
        </Link>
      </p>
    </li>
  );
}
