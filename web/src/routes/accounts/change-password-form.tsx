// Changing a password. The API then signs out every other device, so the
// session list is refreshed afterwards.
import { useRef, useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { ChangePasswordMutation } from "../../graphql/accounts";
import { request } from "../../lib/graphql-client";
import { passwordOf, useFormSubmit } from "../../lib/use-form-submit";

const fieldIds = { currentPassword: "currentPassword", newPassword: "newPassword" };

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [isChanged, setIsChanged] = useState(false);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    setIsChanged(false);
    const input = {
      currentPassword: passwordOf(data, "currentPassword"),
      newPassword: passwordOf(data, "newPassword"),
    };
    await request(ChangePasswordMutation, { input });
    formRef.current?.reset();
    setIsChanged(true);
    onChanged();
  });

  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      {isChanged && (
        <p className="notice" role="status">
          Your password has been changed. Any other devices have been signed out.
        </p>
      )}
      <ErrorSummary problems={problems.summary} />
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <TextField
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          error={problems.byField.currentPassword}
        />
        <TextField
          id="newPassword"
          label="New password"
          type="password"
          hint="At least 8 characters. A short phrase you'll remember works well."
          autoComplete="new-password"
          required
          error={problems.byField.newPassword}
        />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Changing your password…" : "Change password"}
        </button>
      </form>
    </section>
  );
}
