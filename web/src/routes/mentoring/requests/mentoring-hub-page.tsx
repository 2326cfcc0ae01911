// /organisations/:slug/mentoring: a coordinator's mentoring at a glance. The
// waiting list (oldest first) with a shortlist for each person, suggestions for
// the whole list at once, and the matches waiting for an answer or under way.
import { useState } from "react";
import { Link } from "wouter";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { WaitingListQuery } from "../../../graphql/mentoring";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { howLongSince, MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { labelsOf, matchStatusLabels, needLabels } from "../vocabulary";
import { BatchProposalSection } from "./batch-proposal";

type WaitingList = ResultOf<typeof WaitingListQuery>;

export function MentoringHubPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Hub organisation={organisation} />}</WithOrganisation>;
}

function Hub({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(WaitingListQuery, { organisationId: organisation.id });
  const [message, setMessage] = useState("");
  if (state.status === "loading") return <p role="status">Loading the waiting list…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the waiting list" />;
  const onApplied = (words: string) => {
    setMessage(words);
    reload();
  };
  return (
    <Page title={`${organisation.name}: mentoring`} heading={`Mentoring at ${organisation.name}`}>
      <MentoringStaffLinks slug={organisation.slug} />
      <p className="hint">
        Opening these pages is recorded, and people can see that you looked at their request. Kinship suggests; you
        decide, the person chooses, and the mentor can always say no.
      </p>
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <WaitingListSection requests={state.data.mentorRequests} slug={organisation.slug} />
      {state.data.mentorRequests.length > 0 && (
        <BatchProposalSection organisationId={organisation.id} onApplied={onApplied} />
      )}
      <MatchesSection matches={state.data.organisationMatches} />
    </Page>
  );
}

function WaitingListSection({ requests, slug }: { requests: WaitingList["mentorRequests"]; slug: string }) {
  const oldestFirst = [...requests].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby="waiting-list">
      <h2 id="waiting-list">Waiting for a mentor ({requests.length})</h2>
      <p>
        <Link href={`/organisations/${slug}/mentoring/ask-for-someone`}>Ask for a mentor for someone</Link>
      </p>
      {oldestFirst.length === 0 ? (
        <p>Nobody is waiting. Everyone who asked has been offered a mentor.</p>
      ) : (
        <ol className="waiting-list">
          {oldestFirst.map((waiting) => (
            <li key={waiting.id} className="card">
              <h3>{waiting.displayName}</h3>
              <p className="meta">
                Waiting {howLongSince(waiting.createdAt)}
                {waiting.isOnBehalf && " · asked for them by a keyworker"}
                {waiting.area && ` · ${waiting.area}`}
              </p>
              {waiting.needs.length > 0 && (
                <p>Would like help with {labelsOf(waiting.needs, needLabels).toLowerCase()}.</p>
              )}
              <p>
                <Link href={`/organisations/${slug}/mentoring/requests/${waiting.id}`}>
                  Shortlist for {waiting.displayName}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const waitingStatuses = new Set(["OFFERED", "PROPOSED"]);
const underWayStatuses = new Set(["ACCEPTED", "ACTIVE", "PAUSED"]);

function MatchesSection({ matches }: { matches: WaitingList["organisationMatches"] }) {
  const waiting = matches.filter((match) => waitingStatuses.has(match.status));
  const underWay = matches.filter((match) => underWayStatuses.has(match.status));
  return (
    <>
      <section aria-labelledby="waiting-for-answer">
        <h2 id="waiting-for-answer">Waiting for an answer ({waiting.length})</h2>
        {waiting.length === 0 ? <p>No offers are waiting for an answer.</p> : <MatchList matches={waiting} />}
      </section>
      <section aria-labelledby="under-way">
        <h2 id="under-way">Matches under way ({underWay.length})</h2>
        {underWay.length === 0 ? <p>No matches are under way yet.</p> : <MatchList matches={underWay} />}
      </section>
    </>
  );
}

function MatchList({ matches }: { matches: WaitingList["organisationMatches"] }) {
  return (
    <ul className="member-list">
      {matches.map((match) => (
        <li key={match.id}>
          <span className="member-name">
            {match.menteeName} with {match.mentorName}
          </span>
          <span className="meta">
            {" "}
            · {matchStatusLabels[match.status]}
            {match.startedOn && ` · since ${formatLocalDate(match.startedOn)}`}
            {match.plannedEndOn && ` · planned to finish on ${formatLocalDate(match.plannedEndOn)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
