// The small form that opens under one date: where and when it moves to, and a
// note for people coming (why it's cancelled, say).
import type { FormEvent } from "react";
import { TextField } from "../../components/text-field";
import type { FieldErrors } from "../../lib/graphql-client";
import { textOf } from "../../lib/use-form-submit";
import { TextAreaField } from "./form-fields";

export interface OccurrenceChangeDetails {
  movedToOn?: string | null;
  movedToTime?: string | null;
  note?: string | null;
}

interface OccurrenceChangeFormProps {
  /** The date as scheduled, YYYY-MM-DD; it names this form's inputs. */
  on: string;
  change: "CANCEL" | "MOVE";
  isPending: boolean;
  /** Field problems from the API (movedToOn, movedToTime, note). */
  fields: FieldErrors;
  onSend: (details: OccurrenceChangeDetails) => void;
  onClose: () => void;
}

export function OccurrenceChangeForm({ on, change, isPending, fields, onSend, onClose }: OccurrenceChangeFormProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const note = textOf(data, `note-${on}`) || null;
    if (change === "CANCEL") return onSend({ note });
    // Left empty, the date keeps its usual time.
    onSend({
      movedToOn: textOf(data, `moveOn-${on}`) || null,
      movedToTime: textOf(data, `moveAt-${on}`) || null,
      note,
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {change === "MOVE" && (
        <>
          <TextField id={`moveOn-${on}`} label="New date" type="date" defaultValue={on} error={fields.movedToOn?.[0]} />
          <TextField
            id={`moveAt-${on}`}
            label="New start time"
            hint="Leave empty to keep the usual time."
            type="time"
            error={fields.movedToTime?.[0]}
          />
        </>
      )}
      <TextAreaField
        id={`note-${on}`}
        label="Note for people coming (optional)"
        hint={change === "CANCEL" ? "For example: the hall is closed for Christmas." : undefined}
        rows={2}
        error={fields.note?.[0]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {change === "CANCEL" ? "Cancel this date" : "Move it"}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          Keep it as it is
        </button>
      </div>
    </form>
  );
}
