// Recording a supervision session with a mentor. The notes are about the
// mentor, who can read them.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { LogSupervisionMutation } from "../../../graphql/mentoring-sessions";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { todayInLondon } from "../../directory/dates";
import { TextAreaField } from "../../directory/form-fields";

const fieldIds = { heldOn: "supervision-heldOn", durationMinutes: "supervision-duration", notes: "supervision-notes" };

export function SupervisionForm({
  mentorProfileId,
  mentorName,
  onSaved,
}: {
  mentorProfileId: string;
  mentorName: string;
  onSaved: () => void;
}) {
  const [formKey, setFormKey] = useState(0);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    await request(LogSupervisionMutation, {
      mentorProfileId,
      input: {
        heldOn: textOf(data, fieldIds.heldOn),
        durationMinutes: Math.round(Number(textOf(data, fieldIds.durationMinutes)) || 0),
        notes: textOf(data, fieldIds.notes) || null,
      },
    });
    setFormKey((key) => key + 1);
    onSaved();
  });
  const errors = problems.byField;
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate aria-labelledby="supervision-form-heading">
      <h2 id="supervision-form-heading">Record supervision with {mentorName}</h2>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id={fieldIds.heldOn}
        label="Date"
        type="date"
        className="input-short"
        max={todayInLondon()}
        defaultValue={todayInLondon()}
        error={errors[fieldIds.heldOn]}
      />
      <TextField
        id={fieldIds.durationMinutes}
        label="How long, in minutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        className="input-short"
        error={errors[fieldIds.durationMinutes]}
      />
      <TextAreaField
        id={fieldIds.notes}
        label="Notes (optional)"
        hint={`How ${mentorName} is getting on, anything agreed. ${mentorName} can read these notes; coordinators here can too.`}
        maxLength={4000}
        error={errors[fieldIds.notes]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          Save supervision
        </button>
      </div>
    </form>
  );
}
