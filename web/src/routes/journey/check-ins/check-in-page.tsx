// /journey/check-in: a short, private check-in on how things are going, with the
// result in words as soon as it is saved.
import { useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import { CheckInFormQuery } from "../../../graphql/journey-check-ins";
import { useQuery } from "../../../lib/use-query";
import { CheckInForm, type Completed } from "./check-in-form";
import { CheckInResult } from "./check-in-result";
import { nextCheckInWords } from "./check-in-words";

export function CheckInPage() {
  const { state, reload } = useQuery(CheckInFormQuery);
  const [completed, setCompleted] = useState<Completed | null>(null);
  if (state.status === "loading") return <p role="status">Loading your check-in…</p>;
  if (state.status === "failed") {
    return (
      <Page title="Check in">
        <LoadFailed error={state.error} onRetry={reload} />
      </Page>
    );
  }
  const form = state.data.checkInForm;
  return (
    <Page title="Check in" heading="How are things going?">
      {completed ? (
        <CheckInResult completed={completed} />
      ) : (
        <>
          <p>
            {form.instrument.items.length} questions about different parts of your life.{" "}
            {form.instrument.items.length <= 12 ? "It takes about two minutes." : "It takes a few minutes."}{" "}
            {nextCheckInWords(form.nextSuggestedOn, form.today)}
          </p>
          <p className="hint">
            Your answers are yours. Your mentor or your service see them only if you choose to{" "}
            <Link href="/account/privacy">share your journey</Link> with them.
          </p>
          <CheckInForm instrument={form.instrument} today={form.today} onDone={setCompleted} />
          <p className="hint">
            “{form.instrument.name}”: {form.instrument.attribution}
          </p>
        </>
      )}
      <p>
        <Link href="/journey/check-ins">Your check-ins so far</Link>
      </p>
    </Page>
  );
}
