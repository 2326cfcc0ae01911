// One suggestion in the moderation queue: the listing as it is beside what was
// suggested, the sender's message, and Accept or Reject with an optional note.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { type ListingSuggestionsQuery, ModerateSuggestionMutation } from "../../graphql/directory";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { request, toApiError } from "../../lib/graphql-client";
import { formatLondonDay } from "./dates";
import { TextAreaField } from "./form-fields";

type Suggestion = ResultOf<typeof ListingSuggestionsQuery>["listingSuggestions"][number];
type Decision = VariablesOf<typeof ModerateSuggestionMutation>["decision"];

export function SuggestionCard({ suggestion, slug }: { suggestion: Suggestion; slug: string }) {
  const [decided, setDecided] = useState<Decision | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const { gathering } = suggestion;
  const title = gathering?.name ?? (suggestion.isNewListing ? "New listing" : "A listing that has since been removed");
  const editHref = gathering && `/organisations/${slug}/listings/${gathering.id}/edit`;
  const isScheduleChange = suggestion.changes.some((change) => change.field === "WHEN_TEXT");

  const decide = async (decision: Decision) => {
    setProblem(null);
    setIsPending(true);
    try {
      const note = noteRef.current?.value.trim() || null;
      await request(ModerateSuggestionMutation, { id: suggestion.id, decision, note });
      setDecided(decision);
      // The buttons are gone; the outcome takes focus so it is read out.
      requestAnimationFrame(() => outcomeRef.current?.focus());
    } catch (error) {
      const apiError = toApiError(error);
      setProblem(Object.values(apiError.fields)[0]?.[0] ?? apiError.message);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <li className="card">
      <h2>{title}</h2>
      <p className="meta">
        Sent on {formatLondonDay(suggestion.createdAt)}{" "}
        {suggestion.isFromSignedInPerson ? "from a signed-in member" : "from a visitor"}
      </p>
      {suggestion.changes.length > 0 && (
        <table className="change-table">
          <caption className="visually-hidden">What they suggest for {title}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              {!suggestion.isNewListing && <th scope="col">Now</th>}
              <th scope="col">Suggested</th>
            </tr>
          </thead>
          <tbody>
            {suggestion.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                {!suggestion.isNewListing && <td>{change.current ?? <span className="meta">Not given</span>}</td>}
                <td>{change.proposed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Their message</h3>
      <p className="preserve-lines">{suggestion.message || "They didn't add a message."}</p>
      {isScheduleChange && editHref && (
        <p className="hint">
          Accepting doesn't change when it happens. <Link href={editHref}>Edit the schedule of {title}</Link> yourself.
        </p>
      )}
      {suggestion.isNewListing && (
        <p className="hint">
          Accepting only records your decision. To add it, use{" "}
          <Link href={`/organisations/${slug}/listings/new`}>List a new gathering</Link>.
        </p>
      )}
      {decided ? (
        <div ref={outcomeRef} tabIndex={-1} className="notice" role="status">
          {decided === "ACCEPT"
            ? suggestion.isNewListing
              ? "Accepted. Remember to list it with the full form."
              : "Accepted. The listing now shows these changes."
            : "Rejected. The listing stays as it was."}
        </div>
      ) : (
        <>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <TextAreaField
            id={`note-${suggestion.id}`}
            label="Note about your decision (optional)"
            hint="Kept with the suggestion, for your organisation's records."
            rows={2}
            maxLength={500}
            ref={noteRef}
          />
          <div className="actions">
            <button type="button" className="button" disabled={isPending} onClick={() => decide("ACCEPT")}>
              Accept<span className="visually-hidden"> the suggestion for {title}</span>
            </button>
            <button type="button" className="button-secondary" disabled={isPending} onClick={() => decide("REJECT")}>
              Reject<span className="visually-hidden"> the suggestion for {title}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}
