// The form for one connection: who (in the person's own words), what kind, how
// they are for the person's recovery, and how close. Adds a new connection, or
// changes one opened from the diagram.
import { useId } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { VariablesOf } from "../../../graphql/graphql";
import type { AddConnectionMutation } from "../../../graphql/journey-network";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, SelectField } from "../../directory/form-fields";
import { type Connection, closenessWords, influenceOrder, influenceWords, kindChoices } from "./vocabulary";

export type ConnectionInput = VariablesOf<typeof AddConnectionMutation>["input"];

interface ConnectionFormProps {
  initial?: Pick<Connection, "label" | "kind" | "influence" | "closeness">;
  submitLabel: string;
  onSave: (input: ConnectionInput) => Promise<void>;
}

const influenceChoices = influenceOrder.map(
  (influence) =>
    [
      influence,
      `${influenceWords[influence].symbol} ${influenceWords[influence].label}: ${influenceWords[influence].meaning}`,
    ] as [string, string],
);
const closenessChoices = [1, 2, 3].map(
  (level) => [String(level), `${closenessWords[level]!.label} (${closenessWords[level]!.ring})`] as [string, string],
);

export function ConnectionForm({ initial, submitLabel, onSave }: ConnectionFormProps) {
  const prefix = `connection${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const ids = {
    label: `${prefix}-label`,
    kind: `${prefix}-kind`,
    influence: `${prefix}-influence`,
    closeness: `${prefix}-closeness`,
  };
  const { onSubmit, problems, isPending } = useFormSubmit(
    {
      label: ids.label,
      kind: ids.kind,
      influence: firstChoiceId(ids.influence, "SUPPORTIVE"),
      closeness: firstChoiceId(ids.closeness, "1"),
    },
    async (data) => {
      await onSave({
        label: textOf(data, ids.label),
        kind: textOf(data, ids.kind) as ConnectionInput["kind"],
        influence: (textOf(data, ids.influence) || "SUPPORTIVE") as ConnectionInput["influence"],
        closeness: Number(textOf(data, ids.closeness) || "2"),
      });
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id={ids.label}
        label="Who, or which group?"
        hint="A name or a word you'll recognise, like Mum or Tuesday SMART group. Only you see it, unless you share your journey."
        maxLength={60}
        autoComplete="off"
        defaultValue={initial?.label ?? ""}
        error={problems.byField[ids.label]}
      />
      <SelectField
        id={ids.kind}
        label="What kind of connection?"
        options={kindChoices}
        defaultValue={initial?.kind ?? "FRIEND"}
        error={problems.byField[ids.kind]}
      />
      <ChoiceGroup
        name={ids.influence}
        type="radio"
        legend="How are they for your recovery?"
        choices={influenceChoices}
        checked={[initial?.influence ?? "SUPPORTIVE"]}
        error={problems.byField[firstChoiceId(ids.influence, "SUPPORTIVE")]}
      />
      <ChoiceGroup
        name={ids.closeness}
        type="radio"
        legend="How close are they?"
        choices={closenessChoices}
        checked={[String(initial?.closeness ?? 2)]}
        error={problems.byField[firstChoiceId(ids.closeness, "1")]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
