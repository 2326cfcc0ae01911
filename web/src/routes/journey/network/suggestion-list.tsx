// People and groups from the person's own activity on Kinship (their mentor,
// gatherings they checked in at, where they volunteer): add them to the map, or
// "Not now" to stop seeing the suggestion.
import { AcceptSuggestionMutation, DismissSuggestionMutation } from "../../../graphql/journey-network";
import { request } from "../../../lib/graphql-client";
import { ActionProblem, useAction } from "../../mentoring/use-action";
import { InfluenceShape } from "./network-diagram";
import { type ConnectionKind, inSentence, kindLabels } from "./vocabulary";

interface Suggestion {
  key: string;
  label: string;
  kind: ConnectionKind;
  reason: string;
}

export function SuggestionList({
  suggestions,
  onDone,
}: {
  suggestions: readonly Suggestion[];
  onDone: (message: string) => void;
}) {
  const action = useAction();
  return (
    <section aria-labelledby="network-suggestions">
      <h2 id="network-suggestions">Suggestions from your time on Kinship</h2>
      {suggestions.length === 0 ? (
        <p>
          No suggestions right now. When you meet a mentor, check in at a gathering or volunteer, they'll show here.
        </p>
      ) : (
        <>
          <p>
            Add them as supportive and close (middle ring); you can change that after. Only you see these suggestions.
          </p>
          <ul className="plain-list network-suggestions">
            {suggestions.map((suggestion) => (
              <li key={suggestion.key} className="card">
                <p className="network-suggestion-name">
                  <strong>{suggestion.label}</strong> ({inSentence(kindLabels[suggestion.kind])})
                </p>
                <p className="meta">{suggestion.reason}</p>
                <div className="actions">
                  <button
                    type="button"
                    className="button"
                    disabled={action.isPending}
                    onClick={async () => {
                      const worked = await action.run(() => request(AcceptSuggestionMutation, { key: suggestion.key }));
                      if (worked) onDone(`${suggestion.label} is on your map as supportive and close.`);
                    }}
                  >
                    <InfluenceShape influence="SUPPORTIVE" size={12} /> Add
                    <span className="visually-hidden"> {suggestion.label} to my map</span>
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={action.isPending}
                    onClick={async () => {
                      const worked = await action.run(() =>
                        request(DismissSuggestionMutation, { key: suggestion.key }),
                      );
                      if (worked) onDone(`We won't suggest ${suggestion.label} again.`);
                    }}
                  >
                    Not now<span className="visually-hidden">: {suggestion.label}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <ActionProblem problem={action.problem} />
        </>
      )}
    </section>
  );
}
