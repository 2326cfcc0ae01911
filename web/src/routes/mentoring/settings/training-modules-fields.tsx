// The training mentors need, as an admin edits it: rename a module, say how
// long it stays current (or that it never runs out), remove it, add another.
// A saved module keeps its code when renamed, so checks already recorded count.
import { useRef } from "react";
import { TextField } from "../../../components/text-field";
import { type ModuleRow, moduleIds } from "./settings-values";

interface TrainingModulesFieldsProps {
  modules: ModuleRow[];
  onChange: (modules: ModuleRow[]) => void;
  errors: Record<string, string>;
}

/** A legend that stays put while the name is edited: the saved name, or "New training 2". */
const legendsOf = (modules: readonly ModuleRow[]) => {
  let unsaved = 0;
  return modules.map((module) => module.savedName ?? `New training ${++unsaved}`);
};

export function TrainingModulesFields({ modules, onChange, errors }: TrainingModulesFieldsProps) {
  const legends = legendsOf(modules);
  const added = useRef(0);
  const update = (key: string, change: Partial<ModuleRow>) =>
    onChange(modules.map((module) => (module.key === key ? { ...module, ...change } : module)));
  const add = () => {
    added.current += 1;
    const key = `new-${added.current}`;
    onChange([...modules, { key, code: null, savedName: null, validForMonths: null, neverRunsOut: false }]);
    // Once the new fields are on the page, take the person to the name.
    requestAnimationFrame(() => document.getElementById(moduleIds(key).name)?.focus());
  };
  const groupError = errors["training-group"];
  return (
    <section aria-labelledby="training-heading" id="training-group" tabIndex={-1}>
      <h2 id="training-heading">Training mentors need</h2>
      <p className="hint">
        A mentor is suggested to people only while every module here is done and still current. Renaming a module keeps
        the checks already recorded for it.
      </p>
      {groupError && (
        <p className="field-error">
          <span className="visually-hidden">Error: </span>
          {groupError}
        </p>
      )}
      {modules.length === 0 && <p>No training is required.</p>}
      {modules.map((module, index) => {
        const ids = moduleIds(module.key);
        return (
          <fieldset key={module.key} className="card training-module">
            <legend>{legends[index]}</legend>
            <TextField id={ids.name} label="Name" defaultValue={module.savedName ?? ""} error={errors[ids.name]} />
            {!module.neverRunsOut && (
              <TextField
                id={ids.months}
                label="Months it stays current"
                type="number"
                inputMode="numeric"
                className="input-short"
                defaultValue={module.validForMonths ?? ""}
                error={errors[ids.months]}
              />
            )}
            <div className="choice">
              <input
                type="checkbox"
                id={ids.never}
                checked={module.neverRunsOut}
                onChange={(event) => update(module.key, { neverRunsOut: event.currentTarget.checked })}
              />
              <label htmlFor={ids.never}>It never runs out</label>
            </div>
            <button
              type="button"
              className="button-secondary"
              onClick={() => onChange(modules.filter((other) => other.key !== module.key))}
            >
              Remove<span className="visually-hidden"> {legends[index]}</span>
            </button>
          </fieldset>
        );
      })}
      <button type="button" id="add-training" className="button-secondary" onClick={add}>
        Add training
      </button>
    </section>
  );
}
