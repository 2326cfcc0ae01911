// Signing in with an email address or mobile number and a password.
import { Link, useLocation } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";
import { ErrorSummary } from "../../components/error-summary";
import { Page } from "../../components/page";
import { TextField } from "../../components/text-field";
import { SignInMutation } from "../../graphql/accounts";
import { request } from "../../lib/graphql-client";
import { passwordOf, textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useViewer } from "../../lib/viewer";
import { IdentifierField } from "./identifier-field";

/** Set as history state by whoever sends a person here, e.g. after signing out. */
export interface SignInNotice {
  notice?: string;
}

const fieldIds = { identifier: "identifier", password: "password" };

export function SignInPage() {
  const { setViewer } = useViewer();
  const [, navigate] = useLocation();
  const notice = useHistoryState<SignInNotice | null>()?.notice;
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const input = { identifier: textOf(data, "identifier"), password: passwordOf(data, "password") };
    const { signIn } = await request(SignInMutation, { input });
    setViewer(signIn);
    navigate("/home");
  });

  return (
    <Page title="Sign in">
      {notice && problems.summary.length === 0 && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <IdentifierField error={problems.byField.identifier} />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={problems.byField.password}
        />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p>
        <Link href="/forgotten-password">Forgotten your password?</Link>
      </p>
      <p>
        New to Kinship? <Link href="/sign-up">Create an account</Link>
      </p>
    </Page>
  );
}
