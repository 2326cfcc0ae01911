// An admin chooses which check-in the organisation's people are offered and how
// often they are asked, from the built-in one and the organisation's own.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { SetJourneySettingsMutation } from "../../../graphql/journey-check-ins";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { SelectField } from "../../directory/form-fields";

const fieldIds = { instrumentId: "settings-instrument", checkInEveryWeeks: "settings-weeks" };

export function JourneySettingsForm({
  organisationId,
  instruments,
  current,
  onSaved,
}: {
  organisationId: string;
  instruments: { id: string; name: string; version: number }[];
  current: { instrumentId: string; checkInEveryWeeks: number };
  onSaved: () => void;
}) {
  const [saved, setSaved] = useState(false);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    setSaved(false);
    await request(SetJourneySettingsMutation, {
      organisationId,
      instrumentId: textOf(data, fieldIds.instrumentId),
      checkInEveryWeeks: Math.round(Number(textOf(data, fieldIds.checkInEveryWeeks))) || 0,
    });
    setSaved(true);
    onSaved();
  });
  const errors = problems.byField;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="journey-settings-heading">
      <h2 id="journey-settings-heading">Choose the check-in</h2>
      <p className={saved ? "notice" : "visually-hidden"} role="status">
        {saved && "Saved. Your members are offered this check-in from now on."}
      </p>
      <ErrorSummary problems={problems.summary} />
      <SelectField
        id={fieldIds.instrumentId}
        label="The check-in your members are offered"
        options={instruments.map((instrument) => [instrument.id, `${instrument.name} (version ${instrument.version})`])}
        defaultValue={current.instrumentId}
        error={errors[fieldIds.instrumentId]}
      />
      <TextField
        id={fieldIds.checkInEveryWeeks}
        label="Suggest a check-in every … weeks"
        hint="From 4 to 12 weeks."
        type="number"
        inputMode="numeric"
        min={4}
        max={12}
        className="input-short"
        defaultValue={String(current.checkInEveryWeeks)}
        error={errors[fieldIds.checkInEveryWeeks]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          Save
        </button>
      </div>
    </form>
  );
}
