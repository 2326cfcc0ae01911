// "It didn't happen": the mentor records a contact they planned that did not
// take place. It is not counted as contact; coordinators see the attempt.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { VariablesOf } from "../../../graphql/graphql";
import { RecordMissedContactMutation } from "../../../graphql/mentoring-planned-contacts";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { todayInLondon } from "../../directory/dates";
import { ChoiceGroup, firstChoiceId } from "../../directory/form-fields";
import { choicesOf } from "../vocabulary";
import { plannedModeLabels } from "./plan-catch-up-form";

type Input = VariablesOf<typeof RecordMissedContactMutation>["input"];
const fieldIds = { plannedOn: "missed-on", contactMode: firstChoiceId("missedMode", "IN_PERSON") };

export function MissedContactForm({ matchId, onSaved }: { matchId: string; onSaved: () => void }) {
  const today = todayInLondon();
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const input: Input = {
      plannedOn: textOf(data, "missed-on"),
      contactMode: (textOf(data, "missedMode") || "IN_PERSON") as Input["contactMode"],
    };
    await request(RecordMissedContactMutation, { matchId, input });
    onSaved();
  });
  const errors = problems.byField;
  return (
    <details className="details">
      <summary>It didn't happen</summary>
      <form onSubmit={onSubmit} noValidate aria-labelledby="missed-contact-heading">
        <h3 id="missed-contact-heading">Record a catch-up that didn't happen</h3>
        <p className="hint">It happens. Recording it helps a coordinator see that you tried.</p>
        <ErrorSummary problems={problems.summary} />
        <TextField
          id="missed-on"
          label="The day it was planned for"
          type="date"
          className="input-short"
          max={today}
          defaultValue={today}
          error={errors[fieldIds.plannedOn]}
        />
        <ChoiceGroup
          name="missedMode"
          legend="How were you going to meet?"
          type="radio"
          choices={choicesOf(plannedModeLabels)}
          checked={["IN_PERSON"]}
          error={errors[fieldIds.contactMode]}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={isPending}>
            Record that it didn't happen
          </button>
        </div>
      </form>
    </details>
  );
}
