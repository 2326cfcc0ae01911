// /journey: the person's recovery journey at a glance, for anyone signed in.
// Short summaries of check-ins, goals, the network map and milestones, each
// with a link to its page; a private way to note that something happened; and
// who can see the journey, with a link to change it.
import type { ReactNode } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import type { ResultOf } from "../../graphql/graphql";
import { JourneyHubQuery } from "../../graphql/journey-goals";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate } from "../directory/dates";

type Hub = ResultOf<typeof JourneyHubQuery>;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Summary({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

function CheckIns({ data }: { data: Hub["recoveryCheckIns"] }) {
  return (
    <Summary id="hub-check-ins" heading="Check-ins">
      <p>
        {data.lastTakenOn
          ? `${count(data.checkIns.length, "check-in", "check-ins")} so far, the last on ${formatLocalDate(data.lastTakenOn)}.`
          : "A few questions about ten parts of life, to see how things change over time."}
        {data.nextSuggestedOn && ` The next one is due around ${formatLocalDate(data.nextSuggestedOn)}.`}
      </p>
      <ul className="inline-links">
        <li>
          <Link href="/journey/check-in">Check in now</Link>
        </li>
        <li>
          <Link href="/journey/check-ins">Your check-ins</Link>
        </li>
      </ul>
    </Summary>
  );
}

function Goals({ goals }: { goals: Hub["journeyGoals"] }) {
  const active = goals.filter((goal) => goal.status === "ACTIVE");
  const achieved = goals.filter((goal) => goal.status === "ACHIEVED").length;
  const steps = goals.reduce((sum, goal) => sum + goal.stepsDone, 0);
  return (
    <Summary id="hub-goals" heading="Goals">
      <p>
        {goals.length === 0
          ? "Set a goal in your own words and break it into small steps."
          : `${count(active.length, "goal", "goals")} on the go, ${count(steps, "step", "steps")} done so far${achieved ? `, ${count(achieved, "goal", "goals")} achieved` : ""}.`}
      </p>
      <p>
        <Link href="/journey/goals">Your goals</Link>
      </p>
    </Summary>
  );
}

function Network({ counts }: { counts: Hub["networkMap"]["counts"] }) {
  return (
    <Summary id="hub-network" heading="Your network">
      <p>
        {counts.connectionCount === 0
          ? "A map of the people and groups in your life, and how they are for your recovery."
          : `${count(counts.connectionCount, "person or group", "people and groups")} on your map, ${counts.supportiveCount} of them on your side.`}
      </p>
      <p>
        <Link href="/journey/network">Your network map</Link>
      </p>
    </Summary>
  );
}

function Milestones({ data }: { data: Hub["journeyMilestones"] }) {
  const latest = [...data.milestones].reverse().slice(0, 3);
  return (
    <Summary id="hub-milestones" heading="Milestones">
      {latest.length === 0 ? (
        <p>Your first milestone comes with your first check-in, step or goal.</p>
      ) : (
        <ul className="plain-list">
          {latest.map((milestone) => (
            <li key={`${milestone.kind}-${milestone.count}`}>
              {milestone.title} <span className="meta">({formatLocalDate(milestone.reachedOn)})</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/journey/milestones">All your milestones</Link>
      </p>
    </Summary>
  );
}

function WhoCanSee({ consents }: { consents: Hub["myConsents"] }) {
  const isShared = (purpose: string) => consents.some((c) => c.purpose === purpose && c.isGranted);
  return (
    <Summary id="hub-sharing" heading="Who can see your journey">
      <ul className="plain-list">
        <li>
          Your mentor: {isShared("SHARE_JOURNEY_WITH_MENTOR") ? "yes, you share it with them" : "no, not at the moment"}
        </li>
        <li>
          Your service's coordinators:{" "}
          {isShared("SHARE_JOURNEY_WITH_SERVICE") ? "yes, you share it with them" : "no, not at the moment"}
        </li>
      </ul>
      <p className="hint">
        Nobody else can see it. Anonymous totals for reports never show who anyone is, and never include lapses.
      </p>
      <p>
        <Link href="/account/privacy">Choose who can see your journey</Link>
      </p>
    </Summary>
  );
}

export function JourneyHubPage() {
  const { state, reload } = useQuery(JourneyHubQuery);
  if (state.status === "loading") return <p role="status">Loading your journey…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const data = state.data;
  return (
    <Page title="Your recovery journey">
      <p className="lead">
        {data.journeyMilestones.buildingSentence ?? "This is your space to see how things are going, in your own way."}
      </p>
      <CheckIns data={data.recoveryCheckIns} />
      <Goals goals={data.journeyGoals} />
      <Network counts={data.networkMap.counts} />
      <Milestones data={data.journeyMilestones} />
      <Summary id="hub-something-happened" heading="Something happened?">
        <p>If you used, or things went off track, you can note it privately. It doesn't reset anything.</p>
        <p>
          <Link href="/journey/goals#something-happened">Note that something happened</Link>
        </p>
      </Summary>
      <WhoCanSee consents={data.myConsents} />
    </Page>
  );
}
