// The follow-ups part of the session form: up to ten things to do next, each
// with a date. Rows are added and removed in place; their inputs are named so
// the API's problems ("followUps.0.dueOn") land on the right field.
import { TextField } from "../../../components/text-field";

export const maxFollowUps = 10;
export const followUpFieldId = (row: number, field: "description" | "dueOn") => `followUps-${row}-${field}`;

export function FollowUpFields({
  rows,
  onAdd,
  onRemove,
  defaultDueOn,
  errors,
}: {
  rows: number[];
  onAdd: () => void;
  onRemove: (key: number) => void;
  defaultDueOn: string;
  errors: Record<string, string>;
}) {
  return (
    <fieldset className="choices">
      <legend>Follow-ups (optional)</legend>
      <p className="hint">Things to do before you next meet, such as "Ring the housing office together".</p>
      {rows.map((key, row) => (
        <div className="card follow-up-row" key={key}>
          <TextField
            id={followUpFieldId(row, "description")}
            label={`Follow-up ${row + 1}: what needs doing`}
            maxLength={300}
            error={errors[followUpFieldId(row, "description")]}
          />
          <TextField
            id={followUpFieldId(row, "dueOn")}
            label="By when"
            type="date"
            className="input-short"
            defaultValue={defaultDueOn}
            error={errors[followUpFieldId(row, "dueOn")]}
          />
          <button type="button" className="button-secondary" onClick={() => onRemove(key)}>
            Remove follow-up {row + 1}
          </button>
        </div>
      ))}
      {rows.length < maxFollowUps && (
        <button type="button" id="add-follow-up" className="button-secondary" onClick={onAdd}>
          Add a follow-up
        </button>
      )}
    </fieldset>
  );
}
