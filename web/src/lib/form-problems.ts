// Turns an ApiError into what a form shows: a summary list and a message beside
// each field. API field names map to input ids (sign-up's one "contact" input
// answers for both `email` and `mobile`).
import type { ApiError } from "./graphql-client";

export interface Problem {
  message: string;
  /** The input to link to, when the problem belongs to one. */
  fieldId?: string;
}

export interface FormProblems {
  summary: Problem[];
  byField: Record<string, string>;
}

export const noProblems: FormProblems = { summary: [], byField: {} };

export function problemsFrom(error: ApiError, fieldIds: Record<string, string>): FormProblems {
  const byField: Record<string, string> = {};
  const summary: Problem[] = [];
  // In the order the fields appear on the form (fieldIds' order), then any others.
  const apiFields = [...Object.keys(fieldIds), ...Object.keys(error.fields)].filter(
    (field, index, all) => field in error.fields && all.indexOf(field) === index,
  );
  for (const apiField of apiFields) {
    const messages = error.fields[apiField] ?? [];
    const fieldId = fieldIds[apiField];
    const [message] = messages;
    if (!message) continue;
    if (!fieldId) summary.push({ message });
    else if (!byField[fieldId]) {
      byField[fieldId] = message;
      summary.push({ message, fieldId });
    }
  }
  if (summary.length === 0) summary.push({ message: error.message });
  return { summary, byField };
}
