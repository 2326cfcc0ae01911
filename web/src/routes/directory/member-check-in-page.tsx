// /check-in/:code: a signed-in person who scanned the organiser's QR code says
// they're here, with a button press (opening the link alone changes nothing).
// /check-in: the same, typing the code for anyone who couldn't scan it.
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorSummary } from "../../components/error-summary";
import { Page } from "../../components/page";
import { TextField } from "../../components/text-field";
import { CheckInMutation } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { ApiError, request, toApiError } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { SignInFirst } from "./sign-in-first";

type CheckedIn = ResultOf<typeof CheckInMutation>["checkIn"];

const signInReason = (
  <p>
    To check in, you need to be signed in, so it's saved to your account. Sign in or create an account, then scan the QR
    code again.
  </p>
);

export function MemberCheckInPage({ code }: { code: string }) {
  return (
    <SignInFirst title="Sign in to check in" reason={signInReason}>
      {() => <CheckIn code={code} />}
    </SignInFirst>
  );
}

function CheckIn({ code }: { code: string }) {
  const [checkedIn, setCheckedIn] = useState<CheckedIn | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [isPending, setIsPending] = useState(false);
  const checkIn = async () => {
    setProblem(null);
    setIsPending(true);
    try {
      setCheckedIn((await request(CheckInMutation, { code })).checkIn);
    } catch (error) {
      setProblem(toApiError(error));
    } finally {
      setIsPending(false);
    }
  };
  if (checkedIn) {
    return (
      <Page title="You're checked in">
        <p className="lead">You're checked in at {checkedIn.gathering.name}. Well done for coming.</p>
        <p>Only you and the organisation's coordinators can see that you were here.</p>
        <p>
          <Link href="/account/gatherings">Your gatherings</Link>
        </p>
      </Page>
    );
  }
  if (problem?.code === "NOT_FOUND") {
    return (
      <Page title="That code isn't working">
        <p>
          The check-in code may have run out, or a letter may be different. That's not your fault. Ask the organiser to
          show the QR code again, and scan the new one.
        </p>
        <p>
          <Link href="/check-in">Type a code instead</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Check in">
      <p>Press the button to let the organisers know you're here.</p>
      <p className="hint">Only you and the organisation's coordinators can see it.</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="button" className="button" disabled={isPending} onClick={checkIn}>
        {isPending ? "Checking you in…" : "Check in"}
      </button>
    </Page>
  );
}

const fieldIds = { code: "code" };

export function CheckInCodePage() {
  const [, navigate] = useLocation();
  const { onSubmit, problems } = useFormSubmit(fieldIds, async (data) => {
    // Shown in groups of four to be read easily; the spaces are not part of it.
    const code = textOf(data, "code").replace(/\s+/g, "").toLowerCase();
    if (!code) {
      throw new ApiError("VALIDATION", "Enter the code.", { code: ["Enter the code the organiser is showing."] });
    }
    navigate(`/check-in/${encodeURIComponent(code)}`);
  });
  return (
    <Page title="Check in with a code">
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="code"
          label="Check-in code"
          hint="It's under the QR code the organiser is showing. Spaces don't matter."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={problems.byField.code}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </Page>
  );
}
