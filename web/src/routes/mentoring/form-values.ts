// Reading mentoring's forms: only known codes get through, so a tampered form
// sends nothing the API would not expect, and empty answers become null.
import { textOf } from "../../lib/use-form-submit";

/** The ticked values of a checkbox group that are among the known codes. */
export function checkedOf<T extends string>(data: FormData, name: string, labels: Record<T, string>): T[] {
  return data.getAll(name).filter((value): value is T => typeof value === "string" && value in labels);
}

/** One chosen value among the known codes, or null when none (or an unknown one) was chosen. */
export function chosenOf<T extends string>(data: FormData, name: string, labels: Record<T, string>): T | null {
  const value = data.get(name);
  return typeof value === "string" && value in labels ? (value as T) : null;
}

/** A text answer without surrounding spaces, or null when left empty. */
export const textOrNull = (data: FormData, name: string) => textOf(data, name) || null;

/** A whole number typed into a field, or null when left empty (the API explains a wrong one). */
export function numberOrNull(data: FormData, name: string) {
  const text = textOf(data, name);
  return text === "" ? null : Number(text);
}
