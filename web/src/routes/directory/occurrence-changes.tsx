// "Change one date" on the edit page: cancel, move or restore a single date of
// a gathering, leaving the rest of the series as it is.
import { useState } from "react";
import { ChangeOccurrenceMutation, type OccurrenceFields } from "../../graphql/directory";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { type ApiError, request, toApiError } from "../../lib/graphql-client";
import { formatLocalDate } from "./dates";
import { type OccurrenceChangeDetails, OccurrenceChangeForm } from "./occurrence-change-form";

type Occurrence = ResultOf<typeof OccurrenceFields>;
type Change = VariablesOf<typeof ChangeOccurrenceMutation>["input"]["change"];

const statusWords: Record<Occurrence["status"], string> = { SCHEDULED: "", CANCELLED: "Cancelled", MOVED: "Moved" };
const doneWords: Record<Change, string> = { CANCEL: "cancelled", MOVE: "moved", RESTORE: "back as normal" };

export function OccurrenceChanges({ gatheringId, occurrences }: { gatheringId: string; occurrences: Occurrence[] }) {
  const [shown, setShown] = useState(occurrences);
  const [open, setOpen] = useState<{ on: string; change: "CANCEL" | "MOVE" } | null>(null);
  const [problem, setProblem] = useState<{ on: string; error: ApiError } | null>(null);
  const [message, setMessage] = useState("");
  const [isPending, setIsPending] = useState(false);
  // Buttons and panels swap under the keyboard; keep focus where the person is working.
  const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const openPanel = (on: string, change: "CANCEL" | "MOVE") => {
    setProblem(null);
    setOpen({ on, change });
    focusSoon(change === "MOVE" ? `moveOn-${on}` : `note-${on}`);
  };
  const closePanel = (on: string) => {
    setOpen(null);
    focusSoon(`date-${on}`);
  };

  const send = async (on: string, change: Change, details: OccurrenceChangeDetails) => {
    setProblem(null);
    setIsPending(true);
    try {
      const input = {
        occurrenceOn: on,
        change,
        movedToOn: details.movedToOn ?? null,
        movedToTime: details.movedToTime ?? null,
        note: details.note ?? null,
      };
      const data = await request(ChangeOccurrenceMutation, { id: gatheringId, input });
      setShown(data.changeOccurrence.occurrences);
      setMessage(`${formatLocalDate(on)} is ${doneWords[change]}.`);
      closePanel(on);
    } catch (error) {
      setProblem({ on, error: toApiError(error) });
    } finally {
      setIsPending(false);
    }
  };
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading" tabIndex={-1}>
        Change one date
      </h2>
      <p>Cancel or move a single date, such as a bank holiday. The rest carries on as normal.</p>
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {shown.length === 0 && <p>There are no dates coming up.</p>}
      <ul className="listing-list">
        {shown.map((occurrence) => {
          const on = occurrence.originalOn;
          const isOpen = open?.on === on;
          return (
            <li key={on} className="card">
              <p id={`date-${on}`} tabIndex={-1} className="occurrence-date">
                {occurrence.description}
                {statusWords[occurrence.status] && <span className="tag">{statusWords[occurrence.status]}</span>}
              </p>
              {occurrence.note && <p className="meta">Note: {occurrence.note}</p>}
              {problem?.on === on && (
                <p className="field-error" role="alert">
                  {problem.error.fields.occurrenceOn?.[0] ?? problem.error.message}
                </p>
              )}
              {!isOpen && (
                <div className="actions">
                  {occurrence.status === "SCHEDULED" ? (
                    <>
                      <button type="button" className="button-secondary" onClick={() => openPanel(on, "CANCEL")}>
                        Cancel this date<span className="visually-hidden"> ({formatLocalDate(on)})</span>
                      </button>
                      <button type="button" className="button-secondary" onClick={() => openPanel(on, "MOVE")}>
                        Move this date<span className="visually-hidden"> ({formatLocalDate(on)})</span>
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={isPending}
                      onClick={() => send(on, "RESTORE", {})}
                    >
                      Restore<span className="visually-hidden"> {formatLocalDate(on)}</span>
                    </button>
                  )}
                </div>
              )}
              {isOpen && (
                <OccurrenceChangeForm
                  on={on}
                  change={open.change}
                  isPending={isPending}
                  fields={problem?.on === on ? problem.error.fields : {}}
                  onSend={(details) => send(on, open.change, details)}
                  onClose={() => closePanel(on)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
