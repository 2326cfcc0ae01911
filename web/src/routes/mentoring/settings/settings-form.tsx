// An admin changing the organisation's mentoring rules: the training mentors
// need, the checks, how often supervision is due, and how much each part of a
// match counts when the shortlist is ordered. Problems are listed at the top
// (the error-summary pattern) and beside each field.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { UpdateMentoringSettingsMutation } from "../../../graphql/mentoring-coordination";
import { request } from "../../../lib/graphql-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { type ModuleRow, settingsFieldIds, settingsInputFrom } from "./settings-values";
import { type Settings, weightNames, weightWords } from "./settings-words";
import { TrainingModulesFields } from "./training-modules-fields";

interface SettingsFormProps {
  organisationId: string;
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

const rowsOf = (settings: Settings): ModuleRow[] =>
  settings.requiredTraining.map((module) => ({
    key: `saved-${module.code}`,
    code: module.code,
    savedName: module.name,
    validForMonths: module.validForMonths,
    neverRunsOut: module.validForMonths === null,
  }));

export function SettingsForm({ organisationId, settings, onSaved }: SettingsFormProps) {
  const [modules, setModules] = useState(() => rowsOf(settings));
  const { onSubmit, problems, isPending } = useFormSubmit(settingsFieldIds(modules), async (data) => {
    const input = settingsInputFrom(data, modules);
    const saved = await request(UpdateMentoringSettingsMutation, { organisationId, input });
    onSaved(saved.updateMentoringSettings);
  });
  const errors = problems.byField;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <TrainingModulesFields modules={modules} onChange={setModules} errors={errors} />
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks and supervision</h2>
        <div className={errors["dbs-required"] ? "choice field-with-error" : "choice"}>
          <input
            type="checkbox"
            id="dbs-required"
            name="dbs-required"
            value="yes"
            defaultChecked={settings.isCriminalRecordsCheckRequired}
          />
          <label htmlFor="dbs-required">Mentors need a DBS check (a criminal records check)</label>
        </div>
        <TextField
          id="dbs-months"
          label="Months a DBS check stays current"
          type="number"
          inputMode="numeric"
          className="input-short"
          defaultValue={settings.criminalRecordsCheckValidMonths}
          error={errors["dbs-months"]}
        />
        <TextField
          id="references"
          label="References each mentor needs"
          hint="From 0 to 5."
          type="number"
          inputMode="numeric"
          className="input-short"
          defaultValue={settings.referencesRequired}
          error={errors.references}
        />
        <TextField
          id="agreement-months"
          label="Months before the volunteer agreement is signed again"
          type="number"
          inputMode="numeric"
          className="input-short"
          defaultValue={settings.agreementValidMonths}
          error={errors["agreement-months"]}
        />
        <TextField
          id="supervision-days"
          label="Supervision at least every … days"
          hint="56 days is 8 weeks. A mentor whose supervision is overdue is not suggested to anyone."
          type="number"
          inputMode="numeric"
          className="input-short"
          defaultValue={settings.supervisionEveryDays}
          error={errors["supervision-days"]}
        />
      </section>
      <WeightFields settings={settings} errors={errors} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save the settings"}
      </button>
    </form>
  );
}

function WeightFields({ settings, errors }: { settings: Settings; errors: Record<string, string> }) {
  const groupError = errors["weights-group"];
  return (
    <fieldset
      id="weights-group"
      tabIndex={-1}
      className={groupError ? "choices field-with-error" : "choices"}
      aria-describedby={groupError ? "weights-hint weights-error" : "weights-hint"}
    >
      <legend>
        <h2 className="weights-group-heading">What counts in a match</h2>
      </legend>
      <p className="hint" id="weights-hint">
        Give each part a number from 0 (does not count) to 10 (counts most). What matters is how they compare: a part at
        6 counts twice as much as a part at 3. The shortlist uses the new numbers straight away.
      </p>
      {groupError && (
        <p className="field-error" id="weights-error">
          <span className="visually-hidden">Error: </span>
          {groupError}
        </p>
      )}
      {weightNames.map((name) => (
        <TextField
          key={name}
          id={`weight-${name}`}
          label={weightWords[name].label}
          hint={weightWords[name].meaning}
          type="number"
          inputMode="decimal"
          min={0}
          max={10}
          step="any"
          className="input-short"
          defaultValue={settings.weights[name]}
          error={errors[`weight-${name}`]}
        />
      ))}
    </fieldset>
  );
}
