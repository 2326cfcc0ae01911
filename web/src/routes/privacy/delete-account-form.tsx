// Deleting the account for good, after the password is entered again. It says
// plainly what goes and what stays, because it cannot be undone.
import { useLocation } from "wouter";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { EraseMyAccountMutation } from "../../graphql/privacy";
import { ApiError, request, toApiError } from "../../lib/graphql-client";
import { passwordOf, useFormSubmit } from "../../lib/use-form-submit";
import { useViewer } from "../../lib/viewer";
import type { SignInNotice } from "../accounts/sign-in-page";

const fieldIds = { password: "erasePassword" };

export function DeleteAccountForm() {
  const { setViewer } = useViewer();
  const [, navigate] = useLocation();
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    await request(EraseMyAccountMutation, { password: passwordOf(data, "erasePassword") }).catch((error: unknown) => {
      // A wrong password belongs beside the password field, not only in the summary.
      const apiError = toApiError(error);
      if (apiError.code !== "BAD_CREDENTIALS") throw apiError;
      throw new ApiError(apiError.code, apiError.message, { password: [apiError.message] });
    });
    // The API has ended the session too; say goodbye on the sign-in page.
    setViewer(null);
    const notice = "Your account has been deleted, with everything we held about you. Take care of yourself.";
    navigate("/sign-in", { state: { notice } satisfies SignInNotice });
  });

  return (
    <section aria-labelledby="delete-account" className="danger-zone">
      <h3 id="delete-account">Delete your account</h3>
      <p>If you delete your account, we delete:</p>
      <ul>
        <li>your name, email address or mobile number, and password</li>
        <li>the organisations you belong to, and what you've agreed to</li>
        <li>your authenticator app and recovery codes, if you set them up</li>
        <li>every device where you're signed in</li>
      </ul>
      <p>
        We keep only a note that an account was deleted, and records of who looked at it that no longer show your name.
      </p>
      <p>
        <strong>This can't be undone.</strong> If you just need a break, you can sign out instead and come back any
        time.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="erasePassword"
          label="Your password"
          hint="To check it's really you."
          type="password"
          autoComplete="current-password"
          required
          error={problems.byField.erasePassword}
        />
        <button type="submit" className="button-danger" disabled={isPending}>
          {isPending ? "Deleting your account…" : "Delete my account"}
        </button>
      </form>
    </section>
  );
}
