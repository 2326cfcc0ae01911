// Recording one member's treatment phase and its next review date.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { RecordTreatmentPhaseMutation } from "../../../graphql/journey-goals";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { SelectField } from "../../directory/form-fields";
import { chosenOf } from "../../mentoring/form-values";
import { type MemberPhase, phaseLabels, reviewRule } from "./phase-words";

export function PhaseForm({
  organisationId,
  member,
  onSaved,
}: {
  organisationId: string;
  member: MemberPhase;
  onSaved: (message: string) => void;
}) {
  const phaseId = `phase-${member.personId}`;
  const reviewId = `review-${member.personId}`;
  const { onSubmit, problems, isPending } = useFormSubmit({ phase: phaseId, reviewOn: reviewId }, async (data) => {
    const phase = chosenOf(data, phaseId, phaseLabels) ?? "STABILISATION";
    await request(RecordTreatmentPhaseMutation, {
      organisationId,
      personId: member.personId,
      phase,
      reviewOn: textOf(data, reviewId),
    });
    onSaved(`Saved: ${member.displayName} is in ${phaseLabels[phase].toLowerCase()}.`);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <SelectField
        id={phaseId}
        label={`Phase for ${member.displayName}`}
        options={Object.entries(phaseLabels)}
        defaultValue={member.phase ?? "STABILISATION"}
        error={problems.byField[phaseId]}
      />
      <TextField
        id={reviewId}
        type="date"
        className="input-short"
        label="Next review by"
        hint={reviewRule}
        error={problems.byField[reviewId]}
      />
      <button type="submit" className="button" disabled={isPending}>
        Save phase<span className="visually-hidden"> for {member.displayName}</span>
      </button>
    </form>
  );
}
