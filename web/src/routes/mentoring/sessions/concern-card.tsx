// One concern waiting for a response: who raised it about whom, how long it has
// waited, what they wrote, and the coordinator's response.
import { useRef, useState } from "react";
import { Link } from "wouter";
import type { ResultOf } from "../../../graphql/graphql";
import { AcknowledgeConcernMutation, type OpenConcernsQuery } from "../../../graphql/mentoring-sessions";
import { request, toApiError } from "../../../lib/graphql-client";
import { formatLocalDate } from "../../directory/dates";
import { TextAreaField } from "../../directory/form-fields";
import { contactModeLabels } from "./session-words";

type OpenConcern = ResultOf<typeof OpenConcernsQuery>["openConcerns"][number];

/** 50 → "50 minutes", 190 → "3 hours", 3000 → "2 days". */
function waitedText(minutes: number) {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${Math.floor(hours / 24)} days`;
}

export function ConcernCard({ concern }: { concern: OpenConcern }) {
  const { session } = concern;
  const [isDone, setIsDone] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [isPending, setIsPending] = useState(false);
  const responseRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const fieldId = `response-${session.id}`;
  const title = `${session.mentorName} about ${session.menteeName}`;

  const acknowledge = async () => {
    setIsPending(true);
    setProblem(undefined);
    try {
      await request(AcknowledgeConcernMutation, { sessionId: session.id, response: responseRef.current?.value ?? "" });
      setIsDone(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (error) {
      const apiError = toApiError(error);
      setProblem(apiError.fields.response?.[0] ?? apiError.message);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <li className="card concern-raised">
      <h2>{title}</h2>
      <p className="meta">
        Session on {formatLocalDate(session.heldOn)} ({contactModeLabels[session.contactMode].toLowerCase()}). Waiting{" "}
        <strong>{waitedText(concern.waitingMinutes)}</strong> for a response.
      </p>
      <p className="preserve-lines">{session.concern ?? "The concern can no longer be read."}</p>
      <p>
        <Link href={`/mentoring/matches/${session.matchId}/sessions`}>All sessions of {title}</Link>
      </p>
      {isDone ? (
        <div ref={doneRef} tabIndex={-1} className="notice" role="status">
          Acknowledged. {session.mentorName} will see your response.
        </div>
      ) : (
        <>
          <TextAreaField
            id={fieldId}
            label="Your response"
            hint="What you have done or will do. The mentor and the person can read it."
            rows={3}
            maxLength={2000}
            error={problem}
            ref={responseRef}
          />
          <div className="actions">
            <button type="button" className="button" disabled={isPending} onClick={acknowledge}>
              Acknowledge<span className="visually-hidden"> the concern from {title}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}
