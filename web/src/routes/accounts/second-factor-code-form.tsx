// The one-time code form used both when setting up the app and when confirming
// it's you. A wrong code is shown beside the field, where the person is looking.
import type { ReactNode } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { ApiError, toApiError } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";

const fieldIds = { code: "code" };

interface CodeFormProps {
  label: string;
  hint: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  /** Recovery codes contain letters, so the confirm page keeps the full keyboard. */
  isNumericOnly?: boolean;
  onCode: (code: string) => Promise<void>;
}

export function SecondFactorCodeForm({ label, hint, submitLabel, pendingLabel, isNumericOnly, onCode }: CodeFormProps) {
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const code = textOf(data, "code");
    if (code === "") throw new ApiError("VALIDATION", "Enter the code.", { code: ["Enter the code from your app."] });
    await onCode(code).catch((error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.code !== "BAD_CREDENTIALS") throw apiError;
      throw new ApiError(apiError.code, apiError.message, { code: [apiError.message] });
    });
  });
  return (
    <>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="code"
          label={label}
          hint={hint}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          inputMode={isNumericOnly ? "numeric" : "text"}
          className="input-code"
          required
          error={problems.byField.code}
        />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingLabel : submitLabel}
        </button>
      </form>
    </>
  );
}
