// Reading the settings form into what the API takes. Numbers that are missing
// or not whole are caught here, because the API's types would refuse them
// before its own checks could say which field is wrong; ranges are the API's.
import { ApiError, type FieldErrors } from "../../../lib/graphql-client";
import { numberOrNull } from "../form-values";
import { weightNames } from "./settings-words";

/**
 * One training module as the form holds it: saved ones keep their code, so their
 * records still count. Keys are "saved-<code>" or "new-<n>", never the same.
 */
export interface ModuleRow {
  key: string;
  code: string | null;
  savedName: string | null;
  validForMonths: number | null;
  neverRunsOut: boolean;
}

export const moduleIds = (key: string) => ({
  name: `training-${key}-name`,
  months: `training-${key}-months`,
  never: `training-${key}-never`,
});

/** Where each of the API's field names is shown on the form. */
export function settingsFieldIds(modules: readonly ModuleRow[]) {
  const ids: Record<string, string> = { requiredTraining: "training-group" };
  modules.forEach((module, index) => {
    const { name, months } = moduleIds(module.key);
    ids[`requiredTraining.${index}.name`] = name;
    ids[`requiredTraining.${index}.code`] = name;
    ids[`requiredTraining.${index}.validForMonths`] = months;
  });
  Object.assign(ids, {
    isCriminalRecordsCheckRequired: "dbs-required",
    criminalRecordsCheckValidMonths: "dbs-months",
    referencesRequired: "references",
    agreementValidMonths: "agreement-months",
    supervisionEveryDays: "supervision-days",
    weights: "weights-group",
  });
  for (const name of weightNames) ids[`weights.${name}`] = `weight-${name}`;
  return ids;
}

/**
 * A code for a new module from its name ("Suicide awareness" → "suicide-awareness"),
 * in the form the API takes and different from every code already used.
 */
function codeFor(name: string, taken: ReadonlySet<string>) {
  let base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(base)) base = `training-${base}`;
  base = base.slice(0, 34).replace(/-+$/, "");
  if (base.length < 2) base = "training";
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

export function settingsInputFrom(data: FormData, modules: readonly ModuleRow[]) {
  const problems: FieldErrors = {};
  const wholeNumber = (field: string, formName: string, message: string) => {
    const value = numberOrNull(data, formName);
    if (value === null || !Number.isInteger(value)) problems[field] = [message];
    return value ?? 0;
  };
  const taken = new Set(modules.flatMap((module) => (module.code ? [module.code] : [])));
  const requiredTraining = modules.map((module, index) => {
    const ids = moduleIds(module.key);
    const name = String(data.get(ids.name) ?? "").trim();
    const code = module.code ?? codeFor(name, taken);
    taken.add(code);
    const validForMonths = module.neverRunsOut
      ? null
      : wholeNumber(
          `requiredTraining.${index}.validForMonths`,
          ids.months,
          "Give the months it stays current as a whole number, or tick “It never runs out”.",
        );
    return { code, name, validForMonths };
  });
  const weights = Object.fromEntries(
    weightNames.map((name) => {
      const value = numberOrNull(data, `weight-${name}`);
      if (value === null || Number.isNaN(value)) problems[`weights.${name}`] = ["Give a number from 0 to 10."];
      return [name, value ?? 0];
    }),
  ) as Record<(typeof weightNames)[number], number>;
  const input = {
    requiredTraining,
    isCriminalRecordsCheckRequired: data.get("dbs-required") === "yes",
    criminalRecordsCheckValidMonths: wholeNumber(
      "criminalRecordsCheckValidMonths",
      "dbs-months",
      "Give the months a DBS check stays current as a whole number.",
    ),
    referencesRequired: wholeNumber("referencesRequired", "references", "Give the number of references, from 0 to 5."),
    agreementValidMonths: wholeNumber(
      "agreementValidMonths",
      "agreement-months",
      "Give the months an agreement lasts as a whole number.",
    ),
    supervisionEveryDays: wholeNumber(
      "supervisionEveryDays",
      "supervision-days",
      "Give the days between supervision sessions as a whole number.",
    ),
    weights,
  };
  if (Object.keys(problems).length > 0) throw new ApiError("VALIDATION", "Please check what you entered.", problems);
  return input;
}
