// The form for an entry of hours: which organisation, what, which day, how long,
// and a few words. Used to log new hours and to correct ones still waiting.
import { useId } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import type { VariablesOf } from "../../graphql/graphql";
import type { LogVolunteeringHoursMutation } from "../../graphql/volunteering";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { todayInLondon } from "../directory/dates";
import { SelectField, TextAreaField } from "../directory/form-fields";
import { type Activity, activityChoices, twelveMonthsBefore } from "./vocabulary";

export type HoursInput = VariablesOf<typeof LogVolunteeringHoursMutation>["input"];

interface HoursFormProps {
  /** Where the hours can be logged; a choice only when there is more than one. */
  organisations: { id: string; name: string }[];
  initial?: { organisationId: string; activity: Activity; workedOn: string; minutes: number; description: string };
  submitLabel: string;
  onSave: (organisationId: string, input: HoursInput) => Promise<void>;
  onCancel?: () => void;
}

const quarterHours: [string, string][] = [
  ["0", "0 minutes"],
  ["15", "15 minutes"],
  ["30", "30 minutes"],
  ["45", "45 minutes"],
];

export function HoursForm({ organisations, initial, submitLabel, onSave, onCancel }: HoursFormProps) {
  const prefix = `hours${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const ids = {
    organisation: `${prefix}-organisation`,
    activity: `${prefix}-activity`,
    workedOn: `${prefix}-date`,
    hours: `${prefix}-hours`,
    minutes: `${prefix}-minutes`,
    description: `${prefix}-description`,
  };
  const today = todayInLondon();
  const { onSubmit, problems, isPending } = useFormSubmit(
    { activity: ids.activity, workedOn: ids.workedOn, minutes: ids.hours, description: ids.description },
    async (data) => {
      const hours = Number(textOf(data, ids.hours) || "0");
      const minutes = Number(textOf(data, ids.minutes) || "0");
      await onSave(textOf(data, ids.organisation) || (organisations[0]?.id ?? ""), {
        activity: textOf(data, ids.activity) as Activity,
        workedOn: textOf(data, ids.workedOn),
        minutes: Number.isFinite(hours) ? Math.round(hours * 60) + minutes : 0,
        description: textOf(data, ids.description) || null,
      });
    },
  );
  const initialMinutes = initial?.minutes ?? 60;
  // A length that isn't a whole quarter hour (from a support session) keeps its own minutes.
  const extraMinutes = initialMinutes % 60;
  const minuteChoices = quarterHours.some(([value]) => Number(value) === extraMinutes)
    ? quarterHours
    : [...quarterHours, [String(extraMinutes), `${extraMinutes} minutes`] as [string, string]];
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      {organisations.length > 1 && !initial ? (
        <SelectField
          id={ids.organisation}
          label="Which organisation did you volunteer for?"
          options={organisations.map((organisation) => [organisation.id, organisation.name])}
        />
      ) : (
        <input type="hidden" name={ids.organisation} value={initial?.organisationId ?? organisations[0]?.id ?? ""} />
      )}
      <SelectField
        id={ids.activity}
        label="What did you do?"
        options={activityChoices}
        defaultValue={initial?.activity ?? "CAFE_SHIFT"}
        error={problems.byField[ids.activity]}
      />
      <TextField
        id={ids.workedOn}
        label="Which day?"
        hint="Up to 12 months ago. One entry for each day."
        type="date"
        min={twelveMonthsBefore(today)}
        max={today}
        defaultValue={initial?.workedOn ?? today}
        error={problems.byField[ids.workedOn]}
      />
      <fieldset className="choices">
        <legend>How long?</legend>
        <div className="inline-fields">
          <TextField
            id={ids.hours}
            label="Hours"
            type="number"
            inputMode="numeric"
            min={0}
            max={12}
            className="input-short"
            defaultValue={String(Math.floor(initialMinutes / 60))}
            error={problems.byField[ids.hours]}
          />
          <SelectField id={ids.minutes} label="Minutes" options={minuteChoices} defaultValue={String(extraMinutes)} />
        </div>
      </fieldset>
      <TextAreaField
        id={ids.description}
        label="What you did (optional)"
        hint="A few words for the coordinator, up to 200 characters."
        rows={2}
        maxLength={200}
        defaultValue={initial?.description ?? ""}
        error={problems.byField[ids.description]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
