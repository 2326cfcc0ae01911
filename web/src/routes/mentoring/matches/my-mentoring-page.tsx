// /mentoring: everything about mentoring for the signed-in person. As someone
// asking: where their request has got to, the mentors offered to choose from,
// and their mentor. As a mentor: people to say yes or no to, and their people.
import { useState } from "react";
import { Link } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { MyMentoringQuery } from "../../../graphql/mentoring";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { MenteeCard, ProposalCard } from "./mentor-matches";
import { RequestCard } from "./my-requests";
import { isOpen, type Match, matchedStatuses } from "./request-progress";

/** Set as history state by pages that send people here, to say what just happened. */
export interface MyMentoringNotice {
  notice?: string;
}

type MyMentoring = ResultOf<typeof MyMentoringQuery>;

export function MyMentoringPage() {
  const { state, reload } = useQuery(MyMentoringQuery);
  const notice = useHistoryState<MyMentoringNotice | null>()?.notice;
  const [message, setMessage] = useState(notice ?? "");
  if (state.status === "loading") return <p role="status">Loading your mentoring…</p>;
  if (state.status === "failed") {
    return (
      <Page title="My mentoring">
        <LoadFailed error={state.error} onRetry={reload} />
      </Page>
    );
  }
  const onDone = (words: string) => {
    setMessage(words);
    reload();
  };
  return (
    <Page title="My mentoring">
      {/* Always in the page, so screen readers announce each new message. */}
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {/* Mentors who have not asked for a mentor themselves see their own people first. */}
      {state.data.myMentorRequests.length === 0 && <AsMentor data={state.data} onDone={onDone} />}
      <AsPersonAsking data={state.data} onDone={onDone} />
      {state.data.myMentorRequests.length > 0 && <AsMentor data={state.data} onDone={onDone} />}
      <p>
        <Link href="/home">Back to your home page</Link>
      </p>
    </Page>
  );
}

function AsPersonAsking({ data, onDone }: { data: MyMentoring; onDone: (message: string) => void }) {
  const requests = data.myMentorRequests;
  const open = requests.filter(isOpen);
  const closed = requests.filter((mentorRequest) => !isOpen(mentorRequest));
  return (
    <section aria-labelledby="your-mentor">
      <h2 id="your-mentor">Your mentor</h2>
      {open.length === 0 ? (
        <>
          <p>
            A peer mentor has been where you are. They can meet up, come along to a group or appointment, and help with
            what gets in the way.
          </p>
          <p>
            <Link href="/mentoring/ask" className="button">
              Ask for a mentor
            </Link>
          </p>
        </>
      ) : (
        open.map((mentorRequest) => (
          <RequestCard key={mentorRequest.id} mentorRequest={mentorRequest} onDone={onDone} />
        ))
      )}
      {closed.length > 0 && (
        <details className="details">
          <summary>Earlier requests ({closed.length})</summary>
          {closed.map((mentorRequest) => (
            <RequestCard key={mentorRequest.id} mentorRequest={mentorRequest} onDone={onDone} />
          ))}
        </details>
      )}
    </section>
  );
}

const mentorRoles = new Set(["VOLUNTEER", "PEER_MENTOR", "RECOVERY_CHAMPION", "COORDINATOR", "ADMIN"]);

function AsMentor({ data, onDone }: { data: MyMentoring; onDone: (message: string) => void }) {
  const myProfiles = new Set(data.myMentorProfiles.map((profile) => profile.id));
  const asMentor = data.myMatches.filter((match) => match.mentor && myProfiles.has(match.mentor.id));
  const canMentor = (data.me?.memberships ?? []).some((membership) => mentorRoles.has(membership.role));
  if (!canMentor && asMentor.length === 0) return null;
  const proposals = asMentor.filter((match) => match.status === "PROPOSED");
  const current = asMentor.filter((match) => matchedStatuses.includes(match.status));
  const past = asMentor.filter((match) => match.status === "ENDED");
  return (
    <section aria-labelledby="as-mentor">
      <h2 id="as-mentor">As a mentor</h2>
      <p>
        <Link href="/mentoring/profile">Your mentor profile and checks</Link>
      </p>
      {proposals.map((match) => (
        <ProposalCard key={match.id} match={match} onDone={onDone} />
      ))}
      {current.length === 0 && proposals.length === 0 ? (
        <p>You're not mentoring anyone at the moment.</p>
      ) : (
        current.map((match) => <MenteeCard key={match.id} match={match} onDone={onDone} />)
      )}
      {past.length > 0 && <PastMentees matches={past} />}
    </section>
  );
}

function PastMentees({ matches }: { matches: Match[] }) {
  return (
    <details className="details">
      <summary>People you mentored before ({matches.length})</summary>
      <ul className="plain-list">
        {matches.map((match) => (
          <li key={match.id}>
            <Link href={`/mentoring/matches/${match.id}/sessions`}>{match.menteeName}</Link>
            {match.endedOn && <span className="meta"> · finished on {formatLocalDate(match.endedOn)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
