// One support session as each person sees it: what happened, the notes, any
// concern and the coordinator's response, follow-ups, and the mentee's "Yes,
// this happened".
import { useState } from "react";
import type { ResultOf } from "../../../graphql/graphql";
import { ConfirmSupportSessionMutation, type SupportSessionFields } from "../../../graphql/mentoring-sessions";
import { request } from "../../../lib/graphql-client";
import { formatLocalDate, formatLondonDay } from "../../directory/dates";
import { ActionProblem, useAction } from "../use-action";
import { labelsOf, needLabels } from "../vocabulary";
import { FollowUpList } from "./follow-up-list";
import { contactModeLabels, durationText, signpostLabels } from "./session-words";

type Session = ResultOf<typeof SupportSessionFields>;
export type ViewerRole = "MENTEE" | "MENTOR" | "STAFF";

function Confirmation({ session, viewerRole }: { session: Session; viewerRole: ViewerRole }) {
  const [confirmedAt, setConfirmedAt] = useState(session.confirmedByMenteeAt);
  const { run, isPending, problem } = useAction();
  if (confirmedAt) {
    const who = viewerRole === "MENTEE" ? "You" : session.menteeName;
    return <p className="meta">{`${who} confirmed this session on ${formatLondonDay(confirmedAt)}.`}</p>;
  }
  if (viewerRole !== "MENTEE") return <p className="meta">{session.menteeName} hasn't confirmed this session yet.</p>;
  const confirm = () =>
    run(async () => {
      const { confirmSupportSession } = await request(ConfirmSupportSessionMutation, { id: session.id });
      setConfirmedAt(confirmSupportSession.confirmedByMenteeAt);
    });
  return (
    <div className="actions">
      <p className="hint">
        Did this session happen as written? Saying so helps {session.mentorName}'s hours get checked.
      </p>
      <button type="button" className="button" disabled={isPending} onClick={confirm}>
        Yes, this happened<span className="visually-hidden"> on {formatLocalDate(session.heldOn)}</span>
      </button>
      <ActionProblem problem={problem} />
    </div>
  );
}

function Concern({ session }: { session: Session }) {
  if (!session.hasConcern) return null;
  return (
    <div className="concern-raised">
      <h4>A safeguarding concern was raised</h4>
      {session.concern && <p className="preserve-lines">{session.concern}</p>}
      {session.concernAcknowledgedAt ? (
        <>
          <p className="meta">
            {session.concernAcknowledgedByName} responded on {formatLondonDay(session.concernAcknowledgedAt)}:
          </p>
          {session.concernResponse && <p className="preserve-lines">{session.concernResponse}</p>}
        </>
      ) : (
        <p>A coordinator has been told and will respond.</p>
      )}
    </div>
  );
}

export function SessionCard({ session, viewerRole }: { session: Session; viewerRole: ViewerRole }) {
  const travel = session.travelMinutes > 0 ? `, plus ${durationText(session.travelMinutes)} travel` : "";
  return (
    <li className="card">
      <h3>{formatLocalDate(session.heldOn)}</h3>
      <p className="meta">
        {contactModeLabels[session.contactMode]}, {durationText(session.durationMinutes)}
        {travel}. Recorded by {viewerRole === "MENTOR" ? "you" : session.mentorName}.
      </p>
      {session.topics.length > 0 && <p>Talked about: {labelsOf(session.topics, needLabels)}.</p>}
      {session.signposting.length > 0 && <p>Pointed to: {labelsOf(session.signposting, signpostLabels)}.</p>}
      {session.notes && (
        <>
          <h4>Notes</h4>
          <p className="preserve-lines">{session.notes}</p>
        </>
      )}
      <Concern session={session} />
      <FollowUpList followUps={session.followUps} canTickOff={viewerRole === "MENTOR"} />
      <Confirmation session={session} viewerRole={viewerRole} />
    </li>
  );
}
