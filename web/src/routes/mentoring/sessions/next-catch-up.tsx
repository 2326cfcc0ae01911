// "Next catch-up" and "Keeping in touch" on a match's sessions page, for its
// mentor and the coordinators: the planned time in words with a form to plan or
// change it and a button to cancel it; "It didn't happen" to record a missed
// contact; and the history of sessions, missed contacts, nudges and alerts.
import { useState } from "react";
import { CancelPlannedContactMutation, KeepingInTouchQuery } from "../../../graphql/mentoring-planned-contacts";
import { request } from "../../../lib/graphql-client";
import { useQuery } from "../../../lib/use-query";
import { ActionProblem, useAction } from "../use-action";
import { ContactHistoryList } from "./contact-history-list";
import { whenWords } from "./london-time";
import { MissedContactForm } from "./missed-contact-form";
import { PlanCatchUpForm, plannedKindLabels } from "./plan-catch-up-form";

export function KeepingInTouch({
  matchId,
  menteeName,
  canPlan,
  isMentor,
}: {
  matchId: string;
  menteeName: string;
  /** The mentor of a match going on, or a coordinator. */
  canPlan: boolean;
  /** Only the mentor records a contact that didn't happen. */
  isMentor: boolean;
}) {
  const { state, reload } = useQuery(KeepingInTouchQuery, { matchId });
  const [message, setMessage] = useState("");
  const { run, isPending, problem } = useAction();
  if (state.status === "loading") return <p role="status">Loading the next catch-up…</p>;
  if (state.status === "failed") return <p className="hint">We couldn't load the next catch-up just now.</p>;
  const next = state.data.match.nextContact;
  const done = (words: string) => {
    setMessage(words);
    reload();
  };
  const cancel = async () => {
    if (next && (await run(() => request(CancelPlannedContactMutation, { id: next.id })))) {
      done("The catch-up is cancelled, and so are its reminders.");
    }
  };
  return (
    <>
      <section aria-labelledby="next-catch-up">
        <h2 id="next-catch-up">Next catch-up</h2>
        <p className={message ? "notice" : "visually-hidden"} role="status">
          {message}
        </p>
        {next ? (
          <p>
            {plannedKindLabels[next.kind]} with {menteeName}: <strong>{whenWords(next.startsAt)}</strong>
          </p>
        ) : (
          <p>Nothing planned yet.</p>
        )}
        {next && canPlan && (
          <>
            <ActionProblem problem={problem} />
            <button type="button" className="button-secondary" onClick={cancel} disabled={isPending}>
              Cancel this catch-up
            </button>
          </>
        )}
        {canPlan && (
          <PlanCatchUpForm
            key={next?.id ?? "none"}
            matchId={matchId}
            isMoving={next !== null}
            onPlanned={() => done("Catch-up planned. You'll both be reminded.")}
          />
        )}
      </section>
      <section aria-labelledby="keeping-in-touch">
        <h2 id="keeping-in-touch">Keeping in touch</h2>
        {isMentor && <MissedContactForm matchId={matchId} onSaved={() => done("Recorded. Thank you for trying.")} />}
        <ContactHistoryList history={state.data.matchContactHistory} />
      </section>
    </>
  );
}
