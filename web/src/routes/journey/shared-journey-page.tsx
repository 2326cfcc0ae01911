// /journey/people/:personId: someone else's journey, read-only, for their mentor
// or their service when the person has chosen to share it. Check-ins, goals and
// milestones, and the network map; lapses for the mentor only. When it is not
// shared, a plain page says so. Every read is checked and audited by the API.
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { RefusalPage } from "../../components/refusal-page";
import { SharedJourneyQuery, TheirLapsesQuery } from "../../graphql/journey-goals";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate } from "../directory/dates";
import { CheckInSummary } from "./check-ins/check-in-summary";
import { GoalsSummary } from "./goals/goals-summary";
import { NetworkSummary } from "./network/network-summary";

const notShared = {
  whySecondFactor:
    "Journeys are private, so we ask for a code from your authenticator app before showing you anyone's.",
  forbiddenTitle: "This journey isn't shared with you",
  forbidden:
    "People choose for themselves whether their mentor or their service can see their journey, and they can change their mind at any time. This person hasn't chosen to share theirs with you, so there's nothing to show.",
};

function TheirLapses({ personId, name }: { personId: string; name: string }) {
  const { state, reload } = useQuery(TheirLapsesQuery, { personId });
  return (
    <section aria-labelledby="their-lapses">
      <h2 id="their-lapses">Things that happened</h2>
      <p className="hint">
        Lapses {name} noted. Only you, as their mentor, can see these; they are a prompt to re-plan together, not a
        score.
      </p>
      {state.status === "loading" && <p role="status">Loading…</p>}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.lapses.length === 0 ? (
          <p>Nothing noted.</p>
        ) : (
          <ul className="plain-list">
            {state.data.lapses.map((lapse) => (
              <li key={lapse.id}>
                <strong>{formatLocalDate(lapse.happenedOn)}</strong>
                {lapse.note && `: ${lapse.note}`}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

export function SharedJourneyPage({ personId }: { personId: string }) {
  const { state, reload } = useQuery(SharedJourneyQuery, { personId });
  if (state.status === "loading") return <p role="status">Loading their journey…</p>;
  if (state.status === "failed") {
    return <RefusalPage error={state.error} onRetry={reload} what="this journey" words={notShared} />;
  }
  const { displayName, relationship, canSeeLapses } = state.data.sharedJourney;
  if (relationship === "SELF") {
    return (
      <Page title="This is your journey">
        <p>
          <Link href="/journey">Go to your journey</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`${displayName}'s journey`}>
      <p className="hint">
        {displayName} shares their journey with {relationship === "MENTOR" ? "you as their mentor" : "your service"}.
        You can look but not change anything. Opening this page is recorded, and {displayName} can see that you looked.
      </p>
      <CheckInSummary personId={personId} />
      <GoalsSummary personId={personId} />
      <section aria-labelledby="their-network">
        <h2 id="their-network">Network</h2>
        <NetworkSummary personId={personId} />
      </section>
      {canSeeLapses && <TheirLapses personId={personId} name={displayName} />}
      <p>
        <Link href={relationship === "MENTOR" ? "/mentoring" : "/home"}>
          {relationship === "MENTOR" ? "Back to your mentoring" : "Back to your home page"}
        </Link>
      </p>
    </Page>
  );
}
