// "Forgotten your password?": the email address or mobile number a person signs
// in with, then the code sent to it and a new password. Every device is signed
// out, and the person signs in again (with their second factor, if they have one).
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorSummary } from "../../components/error-summary";
import { Page } from "../../components/page";
import { TextField } from "../../components/text-field";
import { RequestPasswordResetMutation, ResetPasswordMutation } from "../../graphql/accounts";
import { request } from "../../lib/graphql-client";
import { passwordOf, textOf, useFormSubmit } from "../../lib/use-form-submit";
import { CodeForm, type SentTo } from "./code-form";
import { IdentifierField } from "./identifier-field";
import type { SignInNotice } from "./sign-in-page";

export function ForgottenPasswordPage() {
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<{ identifier: string; verificationId: string; sentTo: SentTo } | null>(null);
  const start = async (identifier: string) => {
    const { requestPasswordReset } = await request(RequestPasswordResetMutation, { identifier });
    setPending({ identifier, ...requestPasswordReset });
  };
  const { onSubmit, problems, isPending } = useFormSubmit({ identifier: "identifier" }, (data) =>
    start(textOf(data, "identifier")),
  );

  if (pending) {
    return (
      <Page title="Choose a new password">
        <p>If there's an account for {pending.identifier}, we've sent it a code.</p>
        <CodeForm
          sentTo={pending.sentTo}
          button="Save new password"
          pendingButton="Saving your new password…"
          fieldIds={{ newPassword: "newPassword" }}
          onCode={async (code, data) => {
            const input = {
              verificationId: pending.verificationId,
              code,
              newPassword: passwordOf(data, "newPassword"),
            };
            await request(ResetPasswordMutation, { input });
            const notice =
              "Your password has been changed and every device signed out. Sign in with your new password.";
            navigate("/sign-in", { state: { notice } satisfies SignInNotice });
          }}
          onResend={() => start(pending.identifier)}
        >
          {(byField) => (
            <TextField
              id="newPassword"
              label="New password"
              type="password"
              hint="At least 8 characters. A short phrase you'll remember works well."
              autoComplete="new-password"
              required
              error={byField.newPassword}
            />
          )}
        </CodeForm>
      </Page>
    );
  }

  return (
    <Page title="Forgotten your password?">
      <p>
        Tell us the email address or mobile number you sign in with. We'll send a code to it, so you can choose a new
        password.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <IdentifierField error={problems.byField.identifier} />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Sending you a code…" : "Send me a code"}
        </button>
      </form>
      <p>
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </Page>
  );
}
