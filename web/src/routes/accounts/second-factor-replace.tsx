// Replacing an authenticator app, say on a new phone. It changes how the person
// signs in, so the password comes first; the new app's set-up follows.
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { ReplaceTotpMutation } from "../../graphql/account-changes";
import { ApiError, request, toApiError } from "../../lib/graphql-client";
import { passwordOf, useFormSubmit } from "../../lib/use-form-submit";
import type { Enrolment } from "./second-factor-setup";

const passwordId = "replaceCurrentPassword";

export function SecondFactorReplace({ onStarted }: { onStarted: (enrolment: Enrolment) => void }) {
  const { onSubmit, problems, isPending } = useFormSubmit({ currentPassword: passwordId }, async (data) => {
    try {
      const result = await request(ReplaceTotpMutation, { currentPassword: passwordOf(data, passwordId) });
      onStarted(result.startTotpEnrolment);
    } catch (error) {
      const problem = toApiError(error);
      // A wrong password belongs beside the password box.
      if (problem.code === "BAD_CREDENTIALS") {
        throw new ApiError(problem.code, problem.message, { currentPassword: [problem.message] });
      }
      throw problem;
    }
  });
  return (
    <section aria-labelledby="replace-app">
      <h2 id="replace-app">Replace your authenticator app</h2>
      <p>
        Got a new phone? Set the app up again on it here. As soon as you start, your old app and your recovery codes
        stop working, and you're signed out on your other devices.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={passwordId}
          label="Your password"
          hint="We ask for it again before changing how you sign in, to keep your account safe."
          type="password"
          autoComplete="current-password"
          required
          error={problems.byField[passwordId]}
        />
        <button type="submit" className="button-secondary" disabled={isPending}>
          {isPending ? "Checking…" : "Replace my app"}
        </button>
      </form>
    </section>
  );
}
