// /journey/check-ins: a person's own check-ins over time, with a way to check in
// again when it is time.
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import { CheckInHistoryQuery } from "../../../graphql/journey-check-ins";
import { useQuery } from "../../../lib/use-query";
import { todayInLondon } from "../../directory/dates";
import { CheckInHistory } from "./check-in-history";
import { nextCheckInWords } from "./check-in-words";

export function CheckInsPage() {
  const { state, reload } = useQuery(CheckInHistoryQuery, {});
  if (state.status === "loading") return <p role="status">Loading your check-ins…</p>;
  if (state.status === "failed") {
    return (
      <Page title="Your check-ins">
        <LoadFailed error={state.error} onRetry={reload} />
      </Page>
    );
  }
  const history = state.data.recoveryCheckIns;
  return (
    <Page title="Your check-ins">
      <p>{nextCheckInWords(history.nextSuggestedOn, todayInLondon())}</p>
      <p>
        <Link href="/journey/check-in" className="button">
          Check in
        </Link>
      </p>
      {history.checkIns.length === 0 ? (
        <p>You haven't checked in yet. Once you have, you'll see here how things change over time.</p>
      ) : (
        <>
          <h2>How things have changed</h2>
          <CheckInHistory history={history} whose="Your" />
        </>
      )}
      <p>
        <Link href="/journey">Your journey</Link>
      </p>
    </Page>
  );
}
