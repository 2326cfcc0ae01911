// A read-only summary of someone's check-ins (trend, each part of life, strengths
// and gaps) for another page to show, such as a mentor's view of the person they
// support. It fetches its own data; the API decides whether the viewer may see it
// and audits the read.
import { LoadFailed } from "../../../components/load-failed";
import { CheckInHistoryQuery } from "../../../graphql/journey-check-ins";
import { useQuery } from "../../../lib/use-query";
import { CheckInHistory } from "./check-in-history";

export function CheckInSummary({ personId }: { personId?: string }) {
  const { state, reload } = useQuery(CheckInHistoryQuery, { personId: personId ?? null });
  const whose = personId ? "Their" : "Your";
  return (
    <section aria-labelledby="check-in-summary" className="check-in-summary">
      <h2 id="check-in-summary">Check-ins</h2>
      {state.status === "loading" && <p role="status">Loading check-ins…</p>}
      {state.status === "failed" &&
        (state.error.code === "FORBIDDEN" ? (
          <p>Check-ins are shown only when the person chooses to share their journey.</p>
        ) : (
          <LoadFailed error={state.error} onRetry={reload} />
        ))}
      {state.status === "ready" &&
        (state.data.recoveryCheckIns.checkIns.length === 0 ? (
          <p>No check-ins yet.</p>
        ) : (
          <CheckInHistory history={state.data.recoveryCheckIns} whose={whose} />
        ))}
    </section>
  );
}
