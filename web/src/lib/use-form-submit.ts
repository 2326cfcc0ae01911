// Submitting a form to the API: one request at a time, and any failure shown as
// form problems instead of being lost.
import { type FormEvent, useState } from "react";
import { type FormProblems, noProblems, problemsFrom } from "./form-problems";
import { toApiError } from "./graphql-client";

export function useFormSubmit(fieldIds: Record<string, string>, action: (data: FormData) => Promise<void>) {
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  const [isPending, setIsPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const data = new FormData(event.currentTarget);
    setIsPending(true);
    try {
      await action(data);
      setProblems(noProblems);
    } catch (error) {
      setProblems(problemsFrom(toApiError(error), fieldIds));
    } finally {
      setIsPending(false);
    }
  };
  return { onSubmit, problems, isPending };
}

/** A form value as a string ("" when missing), without surrounding spaces. */
export const textOf = (data: FormData, name: string) => String(data.get(name) ?? "").trim();

/** A password exactly as typed: spaces may be part of it. */
export const passwordOf = (data: FormData, name: string) => String(data.get(name) ?? "");
