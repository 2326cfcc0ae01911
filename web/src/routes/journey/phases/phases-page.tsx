// /organisations/:slug/journey/phases: each member's treatment phase and when it
// is next reviewed, overdue reviews first and said in words (not only colour),
// with a form to record or update each one. Coordinators only; reads are audited.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { Page } from "../../../components/page";
import { RefusalPage, type RefusalWords } from "../../../components/refusal-page";
import { OrganisationPhasesQuery } from "../../../graphql/journey-goals";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { type Organisation, WithOrganisation } from "../../directory/organiser-gate";
import { PhaseForm } from "./phase-form";
import { type MemberPhase, phaseLabels, reviewRule } from "./phase-words";

const phasesRefusal: RefusalWords = {
  whySecondFactor:
    "Treatment records are private, so we ask for a code from your authenticator app before showing anyone's phase.",
  forbiddenTitle: "Only coordinators can see this",
  forbidden: "Only coordinators and administrators of this organisation can see and record treatment phases.",
};

function MemberPhaseCard({
  organisationId,
  member,
  onSaved,
}: {
  organisationId: string;
  member: MemberPhase;
  onSaved: (m: string) => void;
}) {
  const headingId = `member-${member.personId}`;
  return (
    <li className={member.isReviewOverdue ? "card review-overdue" : "card"}>
      <h2 id={headingId}>{member.displayName}</h2>
      {member.phase && member.reviewOn ? (
        <p>
          {phaseLabels[member.phase]}. {member.isReviewOverdue ? "Review was due" : "Review by"}{" "}
          {formatLocalDate(member.reviewOn)}.
        </p>
      ) : (
        <p>No phase recorded yet.</p>
      )}
      {member.isReviewOverdue && (
        <p>
          <strong className="tag tag-overdue">Review overdue</strong>
        </p>
      )}
      <details className="details">
        <summary>
          {member.phase ? "Update the phase" : "Record a phase"}
          <span className="visually-hidden"> for {member.displayName}</span>
        </summary>
        <PhaseForm organisationId={organisationId} member={member} onSaved={onSaved} />
      </details>
    </li>
  );
}

function PhasesList({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(OrganisationPhasesQuery, { organisationId: organisation.id });
  const [message, setMessage] = useState("");
  const messageRef = useRef<HTMLParagraphElement>(null);
  if (state.status === "loading") return <p role="status">Loading treatment phases…</p>;
  if (state.status === "failed") {
    return <RefusalPage error={state.error} onRetry={reload} what="treatment phases" words={phasesRefusal} />;
  }
  const members = state.data.organisationPhases;
  const overdue = members.filter((member) => member.isReviewOverdue).length;
  const onSaved = (text: string) => {
    setMessage(text);
    reload();
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  return (
    <Page title="Treatment phases" heading={`Treatment phases at ${organisation.name}`}>
      <p>
        Each person's phase and when it will next be reviewed. {reviewRule} Opening this page is recorded, and each
        person can see that you looked.
      </p>
      <p ref={messageRef} tabIndex={-1} role="status" className={message ? "notice" : "visually-hidden"}>
        {message}
      </p>
      <p>
        {overdue === 0
          ? "No reviews are overdue."
          : `${overdue === 1 ? "1 review is" : `${overdue} reviews are`} overdue. They are listed first.`}
      </p>
      <ul className="listing-list">
        {members.map((member) => (
          <MemberPhaseCard key={member.personId} organisationId={organisation.id} member={member} onSaved={onSaved} />
        ))}
      </ul>
      <p>
        <Link href="/home">Back to your home page</Link>
      </p>
    </Page>
  );
}

export function PhasesPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <PhasesList organisation={organisation} />}</WithOrganisation>
  );
}
