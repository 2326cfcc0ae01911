// The entries waiting to be checked, newest first: tick some (or all), then
// approve them, or decline them with a reason the person will read.
import { useRef, useState } from "react";
import type { ResultOf } from "../../graphql/graphql";
import { DecideHoursMutation, type OrganisationHoursQuery } from "../../graphql/volunteering";
import { request, toApiError } from "../../lib/graphql-client";
import { formatLocalDate } from "../directory/dates";
import { TextAreaField } from "../directory/form-fields";
import { activityLabels, describeMinutes } from "./vocabulary";

type Entry = ResultOf<typeof OrganisationHoursQuery>["organisationHours"][number];
const mostAtOnce = 200;

export function HoursQueue({ entries, onDecided }: { entries: Entry[]; onDecided: () => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const decidable = entries.filter((entry) => !entry.isYours);
  const chosen = decidable.filter((entry) => selected.has(entry.id));
  const isAllSelected = decidable.length > 0 && chosen.length === decidable.length;

  const toggle = (id: string, isChecked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (isChecked) next.add(id);
      else next.delete(id);
      return next;
    });

  const decide = async (decision: "APPROVE" | "DECLINE") => {
    setProblem(null);
    const reason = reasonRef.current?.value.trim() || null;
    if (decision === "DECLINE" && !reason) {
      setProblem("Say why you're declining these hours, so the person understands.");
      reasonRef.current?.focus();
      return;
    }
    setIsPending(true);
    try {
      await request(DecideHoursMutation, { ids: chosen.map((entry) => entry.id), decision, reason });
      const what = chosen.length === 1 ? "1 entry" : `${chosen.length} entries`;
      setMessage(decision === "APPROVE" ? `Approved ${what}. Thank you.` : `Declined ${what}. We've told them why.`);
      setSelected(new Set());
      if (reasonRef.current) reasonRef.current.value = "";
      onDecided();
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch (error) {
      const apiError = toApiError(error);
      setProblem(Object.values(apiError.fields)[0]?.[0] ?? apiError.message);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <section aria-labelledby="hours-queue">
      <h2 id="hours-queue">Waiting to be checked</h2>
      <p ref={messageRef} tabIndex={-1} className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {entries.length === 0 ? (
        <p>Nothing is waiting. Thank you for keeping on top of it.</p>
      ) : (
        <>
          <fieldset className="choices hours-queue">
            <legend>Choose the entries to approve or decline</legend>
            <div className="choice">
              <input
                type="checkbox"
                id="hours-select-all"
                checked={isAllSelected}
                disabled={decidable.length === 0}
                onChange={(event) =>
                  setSelected(new Set(event.currentTarget.checked ? decidable.map((entry) => entry.id) : []))
                }
              />
              <label htmlFor="hours-select-all">Select all ({decidable.length})</label>
            </div>
            {entries.map((entry) => (
              <div className="choice queue-entry" key={entry.id}>
                <input
                  type="checkbox"
                  id={`hours-${entry.id}`}
                  checked={selected.has(entry.id)}
                  disabled={entry.isYours}
                  onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
                />
                <label htmlFor={`hours-${entry.id}`}>
                  <strong>{entry.personName ?? "A former member"}</strong>: {activityLabels[entry.activity]},{" "}
                  {describeMinutes(entry.minutes)} on {formatLocalDate(entry.workedOn)}
                  {entry.description && <span className="meta"> “{entry.description}”</span>}
                  {entry.isYours && <span className="meta"> Your own: another coordinator checks these.</span>}
                </label>
              </div>
            ))}
          </fieldset>
          {chosen.length > mostAtOnce && <p className="hint">Please choose up to {mostAtOnce} entries at a time.</p>}
          <TextAreaField
            id="decline-reason"
            label="Reason, if you decline (the person will see this)"
            rows={2}
            maxLength={500}
            ref={reasonRef}
          />
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={isPending || chosen.length === 0 || chosen.length > mostAtOnce}
              onClick={() => decide("APPROVE")}
            >
              Approve selected ({chosen.length})
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={isPending || chosen.length === 0 || chosen.length > mostAtOnce}
              onClick={() => decide("DECLINE")}
            >
              Decline selected ({chosen.length})
            </button>
          </div>
        </>
      )}
    </section>
  );
}
