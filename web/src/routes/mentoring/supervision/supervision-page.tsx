// /organisations/:slug/mentoring/mentors/:profileId/supervision: a mentor's
// supervision, for coordinators: when it is due, recording a session, history.
import { useRef, useState } from "react";
import { Page } from "../../../components/page";
import { SupervisionSessionsQuery } from "../../../graphql/mentoring-sessions";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { durationText } from "../sessions/session-words";
import { MentoringStaffLinks, StaffProblem } from "../staff-pages";
import { SupervisionForm } from "./supervision-form";

export function SupervisionPage({ slug, profileId }: { slug: string; profileId: string }) {
  const { state, reload } = useQuery(SupervisionSessionsQuery, { mentorProfileId: profileId });
  const [isSaved, setIsSaved] = useState(false);
  const savedRef = useRef<HTMLParagraphElement>(null);
  if (state.status === "loading") return <p role="status">Loading supervision…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="this supervision" />;
  const { supervisionSessions: sessions, mentorCaseload: mentor } = state.data;
  const onSaved = () => {
    setIsSaved(true);
    reload();
    requestAnimationFrame(() => savedRef.current?.focus());
  };
  return (
    <Page title={`Supervision: ${mentor.displayName}`}>
      <MentoringStaffLinks slug={slug} />
      <p>
        {mentor.lastSupervisionOn
          ? `Last supervision: ${formatLocalDate(mentor.lastSupervisionOn)}. `
          : "No supervision recorded yet. "}
        {mentor.isSupervisionOverdue ? (
          <strong>Overdue: it was due by {formatLocalDate(mentor.supervisionDueOn)}.</strong>
        ) : (
          `Next due by ${formatLocalDate(mentor.supervisionDueOn)}.`
        )}
      </p>
      {isSaved && (
        <p ref={savedRef} tabIndex={-1} className="notice" role="status">
          Supervision saved.
        </p>
      )}
      <SupervisionForm mentorProfileId={profileId} mentorName={mentor.displayName} onSaved={onSaved} />
      <h2>Supervision so far</h2>
      {sessions.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <ul className="listing-list">
          {sessions.map((session) => (
            <li key={session.id} className="card">
              <h3>{formatLocalDate(session.heldOn)}</h3>
              <p className="meta">
                {durationText(session.durationMinutes)} with {session.supervisorName}.
              </p>
              {session.notes && <p className="preserve-lines">{session.notes}</p>}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
