// The directory forms' fields beyond a one-line input: a text box, a select,
// and a group of checkboxes or radios in a fieldset. Hints and errors are tied
// to the control by aria-describedby, as TextField does.
import type { ComponentProps, ReactNode, SelectHTMLAttributes } from "react";

interface Described {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}

function describedBy({ id, hint, error }: Described) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: Described) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

type TextAreaProps = Described & { label: string } & Omit<ComponentProps<"textarea">, "id" | "name">;

export function TextAreaField({ id, label, hint, error, rows = 5, ...textarea }: TextAreaProps) {
  return (
    <div className={error ? "field field-with-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        {...textarea}
      />
    </div>
  );
}

type SelectProps = Described & { label: string; options: [value: string, label: string][] } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "id" | "name"
  >;

export function SelectField({ id, label, hint, error, options, ...select }: SelectProps) {
  return (
    <div className={error ? "field field-with-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceGroupProps {
  /** The form name shared by the choices; each input's id is `${name}-${value}`. */
  name: string;
  legend: ReactNode;
  type: "checkbox" | "radio";
  choices: [value: string, label: string][];
  /** Checked values when the form first appears. */
  checked?: readonly string[];
  hint?: ReactNode;
  error?: string | undefined;
  onChange?: (value: string, isChecked: boolean) => void;
}

/** The id of a group's first input, where an error summary link should land. */
export const firstChoiceId = (name: string, firstValue: string) => `${name}-${firstValue}`;

export function ChoiceGroup({ name, legend, type, choices, checked = [], hint, error, onChange }: ChoiceGroupProps) {
  const id = `${name}-group`;
  return (
    <fieldset
      className={error ? "choices field-with-error" : "choices"}
      aria-describedby={describedBy({ id, hint, error })}
    >
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {choices.map(([value, label]) => (
        <div className="choice" key={value}>
          <input
            type={type}
            id={`${name}-${value}`}
            name={name}
            value={value}
            defaultChecked={checked.includes(value)}
            onChange={onChange && ((event) => onChange(value, event.currentTarget.checked))}
          />
          <label htmlFor={`${name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
