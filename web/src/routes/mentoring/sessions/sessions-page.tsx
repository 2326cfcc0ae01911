// /mentoring/matches/:id/sessions: the support sessions of one match. The
// mentor records sessions and ticks off follow-ups; the mentee reads what was
// recorded about them and confirms it; coordinators read (and are audited).
import { useRef, useState } from "react";
import { Link } from "wouter";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { MatchSessionsQuery } from "../../../graphql/mentoring-sessions";
import { useQuery } from "../../../lib/use-query";
import { todayInLondon } from "../../directory/dates";
import { StaffProblem } from "../staff-pages";
import { LogSessionForm } from "./log-session-form";
import { KeepingInTouch } from "./next-catch-up";
import { SessionCard } from "./session-card";
import { YourNextCatchUp } from "./your-next-catch-up";

type Match = ResultOf<typeof MatchSessionsQuery>["sessionMatch"];

const titleFor = (match: Match) =>
  ({
    MENTOR: `Sessions with ${match.menteeName}`,
    MENTEE: `Your sessions with ${match.mentorName}`,
    STAFF: `Sessions: ${match.mentorName} with ${match.menteeName}`,
  })[match.viewerRole];

function Introduction({ match }: { match: Match }) {
  if (match.viewerRole === "MENTEE") {
    return (
      <p>
        This is what {match.mentorName} recorded about your time together. Only you, {match.mentorName} and the
        coordinators can read it, and you can see each time a coordinator looks. If something isn't right, tell{" "}
        {match.mentorName} or a coordinator.
      </p>
    );
  }
  if (match.viewerRole === "STAFF") {
    return <p className="hint">Opening this page is recorded, and {match.menteeName} can see that you looked.</p>;
  }
  return (
    <p>
      Record each time you meet or talk. {match.menteeName} can read what you write and confirm the session happened.
    </p>
  );
}

export function SessionsPage({ matchId }: { matchId: string }) {
  const { state, reload } = useQuery(MatchSessionsQuery, { matchId });
  const [saved, setSaved] = useState<{ hasConcern: boolean } | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  if (state.status === "loading") return <p role="status">Loading sessions…</p>;
  if (state.status === "failed") {
    if (state.error.code === "FORBIDDEN") {
      return (
        <Page title="You can't see these sessions">
          <p>Sessions are private to the person, their mentor while they are working together, and the coordinators.</p>
          <p>
            <Link href="/mentoring">Go to your mentoring page</Link>
          </p>
        </Page>
      );
    }
    return <StaffProblem error={state.error} onRetry={reload} what="these sessions" />;
  }
  const { sessionMatch: match, matchSessions: sessions } = state.data;
  const onSaved = (hasConcern: boolean) => {
    setSaved({ hasConcern });
    reload();
    requestAnimationFrame(() => savedRef.current?.focus());
  };
  return (
    <Page title={titleFor(match)}>
      <Introduction match={match} />
      {saved && (
        <div ref={savedRef} tabIndex={-1} className="notice" role="status">
          <p>Session saved. Its time is added to your volunteering hours, waiting for a coordinator to check it.</p>
          {saved.hasConcern && <p>The coordinators have been told there is a concern. One of them will respond.</p>}
        </div>
      )}
      {match.viewerRole === "MENTEE" ? (
        <YourNextCatchUp matchId={match.id} />
      ) : (
        <KeepingInTouch
          matchId={match.id}
          menteeName={match.menteeName}
          canPlan={match.status === "ACCEPTED" || match.status === "ACTIVE"}
          isMentor={match.viewerRole === "MENTOR" && match.status === "ACTIVE"}
        />
      )}
      {match.canLogSessions && (
        <LogSessionForm
          matchId={match.id}
          menteeName={match.menteeName}
          today={todayInLondon()}
          earliestOn={match.earliestSessionOn}
          onSaved={onSaved}
        />
      )}
      <h2>{match.viewerRole === "MENTEE" ? "What was recorded" : "Sessions so far"}</h2>
      {sessions.length === 0 ? (
        <p>No sessions recorded yet.</p>
      ) : (
        <ul className="listing-list">
          {sessions.map((session) => (
            <SessionCard key={session.id} session={session} viewerRole={match.viewerRole} />
          ))}
        </ul>
      )}
      <p>
        <Link href={match.viewerRole === "STAFF" ? "/home" : "/mentoring"}>
          {match.viewerRole === "STAFF" ? "Back to your home page" : "Back to your mentoring"}
        </Link>
      </p>
    </Page>
  );
}
