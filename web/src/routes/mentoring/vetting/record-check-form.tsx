// Recording one check for a mentor: a training module from the organisation's
// settings, a DBS check, a reference or the volunteer agreement. A renewal is a
// new record; nothing is overwritten, so the history always shows who checked.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { ResultOf } from "../../../graphql/graphql";
import { type OrganisationMentorsQuery, RecordVettingMutation } from "../../../graphql/mentoring";
import { ApiError, request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, SelectField } from "../../directory/form-fields";
import { chosenOf, textOrNull } from "../form-values";
import { choicesOf } from "../vocabulary";
import { outcomeLabels, type Vetting, vettingKindLabels } from "./vetting-summary";

type TrainingModule = ResultOf<typeof OrganisationMentorsQuery>["mentoringSettings"]["requiredTraining"][number];

interface RecordCheckFormProps {
  mentorProfileId: string;
  mentorName: string;
  training: TrainingModule[];
  onRecorded: (vetting: Vetting, message: string) => void;
}

// Training choices carry their module code: "TRAINING:safeguarding".
const trainingPrefix = "TRAINING:";

export function RecordCheckForm({ mentorProfileId, mentorName, training, onRecorded }: RecordCheckFormProps) {
  const ids = {
    check: `check-${mentorProfileId}`,
    outcome: `outcome-${mentorProfileId}`,
    completedOn: `completed-${mentorProfileId}`,
    expiresOn: `expires-${mentorProfileId}`,
  };
  const fieldIds = {
    kind: ids.check,
    trainingCode: ids.check,
    outcome: firstChoiceId(ids.outcome, "SATISFACTORY"),
    completedOn: ids.completedOn,
    expiresOn: ids.expiresOn,
  };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const check = textOf(data, ids.check);
    if (!check)
      throw new ApiError("VALIDATION", "Choose which check you're recording.", {
        kind: ["Choose which check you're recording."],
      });
    const isTraining = check.startsWith(trainingPrefix);
    const kind = isTraining ? "TRAINING" : chosenOf(data, ids.check, vettingKindLabels);
    const input = {
      kind: kind ?? "TRAINING",
      trainingCode: isTraining ? check.slice(trainingPrefix.length) : null,
      outcome: chosenOf(data, ids.outcome, outcomeLabels) ?? "SATISFACTORY",
      completedOn: textOf(data, ids.completedOn),
      expiresOn: textOrNull(data, ids.expiresOn),
    };
    const saved = await request(RecordVettingMutation, { mentorProfileId, input });
    if (saved.recordVetting.vetting)
      onRecorded(saved.recordVetting.vetting, `The check for ${mentorName} is recorded.`);
  });
  const checkChoices: [string, string][] = [
    ["", "Choose a check"],
    ...training.map((module): [string, string] => [`${trainingPrefix}${module.code}`, `Training: ${module.name}`]),
    ["CRIMINAL_RECORDS_CHECK", "DBS check"],
    ["REFERENCE", "Reference"],
    ["AGREEMENT", "Volunteer agreement"],
  ];
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <SelectField
        id={ids.check}
        label="Which check?"
        options={checkChoices}
        defaultValue=""
        error={problems.byField[ids.check]}
      />
      <ChoiceGroup
        name={ids.outcome}
        type="radio"
        legend="Outcome"
        choices={choicesOf(outcomeLabels)}
        checked={["SATISFACTORY"]}
        error={problems.byField[fieldIds.outcome]}
      />
      <div className="inline-fields">
        <TextField
          id={ids.completedOn}
          type="date"
          label="Done on"
          className="input-short"
          error={problems.byField[ids.completedOn]}
        />
        <TextField
          id={ids.expiresOn}
          type="date"
          label="Runs out on (optional)"
          hint="Leave empty to use the organisation's usual length."
          className="input-short"
          error={problems.byField[ids.expiresOn]}
        />
      </div>
      <button type="submit" className="button-secondary" disabled={isPending}>
        Record the check<span className="visually-hidden"> for {mentorName}</span>
      </button>
    </form>
  );
}
