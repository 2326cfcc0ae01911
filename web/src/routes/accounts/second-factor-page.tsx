// /second-factor: set up an authenticator app, or confirm it's you with it,
// depending on where this person is. Staff arrive here from the home page banner.
// Once confirmed, the app can be replaced (with the password again).
import { useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { MySecondFactorQuery } from "../../graphql/second-factor";
import { useQuery } from "../../lib/use-query";
import { SecondFactorConfirm } from "./second-factor-confirm";
import { SecondFactorReplace } from "./second-factor-replace";
import { type Enrolment, SecondFactorSetup } from "./second-factor-setup";

export function SecondFactorPage() {
  const { state, reload } = useQuery(MySecondFactorQuery);
  const [replacement, setReplacement] = useState<Enrolment | null>(null);
  if (replacement) return <SecondFactorSetup started={replacement} />;
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  const { isEnrolled, isVerifiedThisSession } = state.data.mySecondFactor;
  if (!isEnrolled) return <SecondFactorSetup />;
  if (!isVerifiedThisSession) return <SecondFactorConfirm />;
  return (
    <Page title="You've confirmed it's you">
      <p>Your authenticator app is set up, and you've confirmed it's you on this device.</p>
      <p>
        <Link href="/home">Go to your home page</Link>
      </p>
      <SecondFactorReplace onStarted={setReplacement} />
    </Page>
  );
}
