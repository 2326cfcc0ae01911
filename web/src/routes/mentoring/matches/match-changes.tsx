// What a mentor can do with a match once it is agreed: start it after the first
// meeting, pause and carry on, plan an ending, or end it with a reason. Every
// change is kept in the match's history with who made it and why.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { VariablesOf } from "../../../graphql/graphql";
import { ChangeMatchMutation } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { SelectField } from "../../directory/form-fields";
import { chosenOf } from "../form-values";
import { ActionProblem, useAction } from "../use-action";
import { choicesOf, endReasonLabels } from "../vocabulary";
import type { OnDone } from "./my-requests";
import type { Match } from "./request-progress";

type MatchChange = VariablesOf<typeof ChangeMatchMutation>["input"];

export function MatchChanges({ match, onDone }: { match: Match; onDone: OnDone }) {
  const { run, isPending, problem } = useAction();
  const name = match.menteeName;
  const change = async (input: MatchChange, message: string) => {
    if (await run(() => request(ChangeMatchMutation, { matchId: match.id, input }))) onDone(message);
  };
  return (
    <>
      <ActionProblem problem={problem} />
      <div className="actions">
        {match.status === "ACCEPTED" && (
          <button
            type="button"
            className="button"
            disabled={isPending}
            onClick={() => change({ change: "START" }, `Your mentoring with ${name} has started.`)}
          >
            We've had our first meeting
          </button>
        )}
        {match.status === "ACTIVE" && (
          <button
            type="button"
            className="button-secondary"
            disabled={isPending}
            onClick={() => change({ change: "PAUSE" }, `Your meetings with ${name} are paused.`)}
          >
            Pause for now<span className="visually-hidden"> with {name}</span>
          </button>
        )}
        {match.status === "PAUSED" && (
          <button
            type="button"
            className="button"
            disabled={isPending}
            onClick={() => change({ change: "RESUME" }, `Your meetings with ${name} have started again.`)}
          >
            Carry on meeting<span className="visually-hidden"> with {name}</span>
          </button>
        )}
      </div>
      {(match.status === "ACTIVE" || match.status === "PAUSED" || match.status === "ACCEPTED") && (
        <details className="details">
          <summary>Plan an ending, or end it now</summary>
          <PlanEndingForm match={match} onDone={onDone} />
          <EndForm match={match} onDone={onDone} />
        </details>
      )}
    </>
  );
}

function PlanEndingForm({ match, onDone }: { match: Match; onDone: OnDone }) {
  const id = `planned-end-${match.id}`;
  const { onSubmit, problems, isPending } = useFormSubmit({ plannedEndOn: id }, async (data) => {
    const plannedEndOn = textOf(data, id);
    await request(ChangeMatchMutation, { matchId: match.id, input: { change: "PLAN_ENDING", plannedEndOn } });
    onDone(`You've planned to finish with ${match.menteeName}. Talk it through together as the day gets closer.`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="match-change-form">
      <ErrorSummary problems={problems.summary} />
      <p>Good endings are planned together. Choose a date to work towards; you can keep meeting until then.</p>
      <TextField
        id={id}
        type="date"
        label="Planned last meeting"
        className="input-short"
        defaultValue={match.plannedEndOn ?? ""}
        error={problems.byField[id]}
      />
      <button type="submit" className="button-secondary" disabled={isPending}>
        Plan the ending
      </button>
    </form>
  );
}

function EndForm({ match, onDone }: { match: Match; onDone: OnDone }) {
  const id = `end-reason-${match.id}`;
  const { onSubmit, problems, isPending } = useFormSubmit({ reason: id }, async (data) => {
    const reason = chosenOf(data, id, endReasonLabels);
    await request(ChangeMatchMutation, { matchId: match.id, input: { change: "END", reason } });
    onDone(`Your mentoring with ${match.menteeName} has ended. Thank you for all you gave.`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="match-change-form">
      <ErrorSummary problems={problems.summary} />
      <SelectField
        id={id}
        label="Why is it ending?"
        hint="Your coordinator sees this. If someone is at risk, also tell your coordinator straight away."
        options={[["", "Choose a reason"], ...choicesOf(endReasonLabels)]}
        defaultValue=""
        error={problems.byField[id]}
      />
      <button type="submit" className="button-secondary" disabled={isPending}>
        End the match<span className="visually-hidden"> with {match.menteeName}</span>
      </button>
    </form>
  );
}
