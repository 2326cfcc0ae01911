// /organisations/:slug/mentoring/requests/:id: the mentors who could suit one
// person, best first, each with the reasons in plain words, and the mentors who
// can't be suggested with why. The coordinator approves one to three: the
// person chooses, the mentor can say no. Kinship never matches on its own.
import { useState } from "react";
import { Link } from "wouter";
import { ErrorSummary } from "../../../components/error-summary";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { ApproveMatchMutation, ShortlistQuery } from "../../../graphql/mentoring";
import { ApiError, request } from "../../../lib/graphql-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { useQuery } from "../../../lib/use-query";
import { roleLabel } from "../../home/role-features";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { listOf } from "../vocabulary";
import { ExclusionForm } from "./exclusion-form";
import { Reasons } from "./reasons";
import { RequestDetails } from "./request-details";

type Shortlist = ResultOf<typeof ShortlistQuery>["mentorShortlist"];

export function ShortlistPage({ slug, id }: { slug: string; id: string }) {
  return (
    <WithOrganisation slug={slug}>
      {(organisation) => <ShortlistForRequest organisation={organisation} requestId={id} />}
    </WithOrganisation>
  );
}

function ShortlistForRequest({ organisation, requestId }: { organisation: Organisation; requestId: string }) {
  const { state, reload } = useQuery(ShortlistQuery, { organisationId: organisation.id, requestId });
  const [approved, setApproved] = useState<string | null>(null);
  if (state.status === "loading") return <p role="status">Finding mentors who could suit…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the shortlist" />;
  const waiting = state.data.mentorRequests.find((candidate) => candidate.id === requestId);
  const name = waiting?.displayName ?? "this person";
  const hubLink = (
    <p>
      <Link href={`/organisations/${organisation.slug}/mentoring`}>Back to the waiting list</Link>
    </p>
  );
  if (approved) {
    return (
      <Page title="Offered">
        <p className="notice" role="status">
          {approved}
        </p>
        {hubLink}
      </Page>
    );
  }
  return (
    <Page title={`Shortlist for ${name}`}>
      <MentoringStaffLinks slug={organisation.slug} />
      {waiting && <RequestDetails request={waiting} />}
      <ShortlistForm
        requestId={requestId}
        name={name}
        shortlist={state.data.mentorShortlist}
        onApproved={setApproved}
      />
      <IneligibleMentors shortlist={state.data.mentorShortlist} />
      <ExclusionForm organisation={organisation} requestId={requestId} name={name} onRecorded={reload} />
      {hubLink}
    </Page>
  );
}

interface ShortlistFormProps {
  requestId: string;
  name: string;
  shortlist: Shortlist;
  onApproved: (message: string) => void;
}

function ShortlistForm({ requestId, name, shortlist, onApproved }: ShortlistFormProps) {
  const firstId = shortlist.entries[0] ? `mentor-${shortlist.entries[0].profile.id}` : "mentor";
  const { onSubmit, problems, isPending } = useFormSubmit({ mentorProfileIds: firstId }, async (data) => {
    const mentorProfileIds = data.getAll("mentor").map(String);
    if (mentorProfileIds.length < 1 || mentorProfileIds.length > 3) {
      throw new ApiError("VALIDATION", "Choose one, two or three mentors.", {
        mentorProfileIds: ["Choose one, two or three mentors."],
      });
    }
    const matches = (await request(ApproveMatchMutation, { requestId, mentorProfileIds })).approveMatch;
    const mentors = listOf(matches.map((match) => match.mentorName));
    onApproved(
      matches.length === 1
        ? `We've asked ${mentors} if they can mentor ${name}. We'll tell ${name} when they say yes.`
        : `We've offered ${mentors} to ${name}. When ${name} chooses, we'll ask that mentor.`,
    );
  });
  if (shortlist.entries.length === 0) {
    return (
      <p>
        No mentor can be suggested for {name} right now. The list below says why; a mentor may have room soon, or a
        check may need renewing.
      </p>
    );
  }
  const error = problems.byField[firstId];
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2>Mentors who could suit {name}</h2>
      <p>
        Best fit first. Choose one, two or three. If you choose one, we ask that mentor straight away. If you choose
        more, {name} sees them and chooses. Either way the mentor can say no, and nothing starts until they say yes.
      </p>
      <ErrorSummary problems={problems.summary} />
      <fieldset className={error ? "choices field-with-error" : "choices"}>
        <legend>Mentors to offer</legend>
        {error && (
          <p className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {shortlist.entries.map((entry) => {
          const id = `mentor-${entry.profile.id}`;
          return (
            <div className="choice shortlist-entry" key={id}>
              <input type="checkbox" id={id} name="mentor" value={entry.profile.id} />
              <label htmlFor={id}>
                <strong>{entry.profile.displayName}</strong>{" "}
                <span className="meta">
                  ({entry.profile.role ? `${roleLabel[entry.profile.role]}, ` : ""}score {Math.round(entry.score)} out
                  of 100, mentoring {entry.profile.caseload} of {entry.profile.capacity})
                </span>
                <Reasons reasons={entry.reasons} />
              </label>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="button" disabled={isPending}>
        Approve and offer
      </button>
    </form>
  );
}

function IneligibleMentors({ shortlist }: { shortlist: Shortlist }) {
  if (shortlist.ineligible.length === 0) return null;
  return (
    <details className="details">
      <summary>Mentors who can't be suggested ({shortlist.ineligible.length})</summary>
      <ul className="plain-list">
        {shortlist.ineligible.map((entry) => (
          <li key={entry.profile.id}>
            <strong>{entry.profile.displayName}</strong>: {entry.reasons.join(" ")}
          </li>
        ))}
      </ul>
    </details>
  );
}
