// Creating an account with as little as we can: a name, a way to sign in again, a
// password; then the code sent to that email or phone, which proves it is theirs.
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorSummary } from "../../components/error-summary";
import { Page } from "../../components/page";
import { TextField } from "../../components/text-field";
import { ConfirmSignUpMutation, SignUpMutation } from "../../graphql/accounts";
import type { VariablesOf } from "../../graphql/graphql";
import { ApiError, request, toApiError } from "../../lib/graphql-client";
import { passwordOf, textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useViewer } from "../../lib/viewer";
import { CodeForm, type SentTo } from "./code-form";

// One box for email or mobile, so nobody has to decide which field to fill in.
const fieldIds = { displayName: "displayName", email: "contact", mobile: "contact", password: "password" };

const missingContact = "Give an email address or a mobile number, so you can sign in again.";

// The API checks for an email or mobile only once the other fields are valid;
// say it now too, so nobody fixes one problem only to be shown another.
function withMissingContact(error: ApiError) {
  if (error.code !== "VALIDATION" || error.fields.email || error.fields.mobile) return error;
  return new ApiError(error.code, error.message, { ...error.fields, email: [missingContact] });
}

type SignUpInput = VariablesOf<typeof SignUpMutation>["input"];

export function SignUpPage() {
  const { setViewer } = useViewer();
  const [, navigate] = useLocation();
  // The details are kept until the code comes back, so "send a new code" can ask again.
  const [pending, setPending] = useState<{ input: SignUpInput; verificationId: string; sentTo: SentTo } | null>(null);
  const start = async (input: SignUpInput) => {
    const { signUp } = await request(SignUpMutation, { input });
    setPending({ input, ...signUp });
  };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const contact = textOf(data, "contact");
    const isEmail = contact.includes("@");
    const input = {
      displayName: textOf(data, "displayName"),
      email: isEmail ? contact : null,
      mobile: isEmail || contact === "" ? null : contact,
      password: passwordOf(data, "password"),
    };
    await start(input).catch((error: unknown) => {
      throw contact === "" ? withMissingContact(toApiError(error)) : error;
    });
  });

  if (pending) {
    return (
      <Page title="Check your messages">
        <CodeForm
          sentTo={pending.sentTo}
          button="Create account"
          pendingButton="Creating your account…"
          onCode={async (code) => {
            const { confirmSignUp } = await request(ConfirmSignUpMutation, {
              verificationId: pending.verificationId,
              code,
            });
            setViewer(confirmSignUp);
            navigate("/home");
          }}
          onResend={() => start(pending.input)}
        />
        <p>
          Wrong {pending.sentTo === "EMAIL" ? "email address" : "number"}?{" "}
          <button type="button" className="link-button" onClick={() => setPending(null)}>
            Go back and change it
          </button>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Create an account">
      <div className="callout">
        <h2>Why we ask for so little</h2>
        <p>
          You don't need to give your real name. Other people on Kinship only see the name you choose here. Your email
          or mobile number is just for signing in, and we never show it to anyone else.
        </p>
      </div>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="displayName"
          label="What would you like to be called?"
          hint="A first name or a nickname is fine."
          autoComplete="nickname"
          required
          maxLength={60}
          error={problems.byField.displayName}
        />
        <TextField
          id="contact"
          label="Email address or mobile number"
          hint="You'll use this to sign in. We'll send a code to it."
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={problems.byField.contact}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          hint="At least 8 characters. A short phrase you'll remember works well."
          autoComplete="new-password"
          required
          error={problems.byField.password}
        />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Sending you a code…" : "Continue"}
        </button>
      </form>
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </Page>
  );
}
