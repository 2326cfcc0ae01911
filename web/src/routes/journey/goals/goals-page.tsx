// /journey/goals: the person's own goals. Set one with small steps, tick steps
// off (each tick gets a few words in the status region), mark goals achieved or
// set them aside, and, privately, note a lapse without anything being reset.
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import { MyGoalsQuery } from "../../../graphql/journey-goals";
import { useQuery } from "../../../lib/use-query";
import { GoalCard } from "./goal-card";
import { GoalForm } from "./goal-form";
import { byStatus, type Goal } from "./goal-words";
import { LapseSection } from "./lapse-section";

function GoalList({
  goals,
  heading,
  id,
  onChange,
}: {
  goals: Goal[];
  heading: string;
  id: string;
  onChange: (m: string) => void;
}) {
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal} onChange={onChange} />
      ))}
    </section>
  );
}

export function GoalsPage() {
  const { state, reload } = useQuery(MyGoalsQuery);
  const [message, setMessage] = useState("");
  const isReady = state.status === "ready";
  // Arriving at #something-happened (from the journey page) goes straight to it,
  // after the page heading has taken focus.
  useEffect(() => {
    if (!isReady || !window.location.hash) return;
    const target = document.getElementById(window.location.hash.slice(1));
    requestAnimationFrame(() => target?.scrollIntoView({ block: "start" }));
  }, [isReady]);
  if (state.status === "loading") return <p role="status">Loading your goals…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { journeyGoals: goals, lapses } = state.data;
  const say = (text: string) => {
    setMessage(text);
    reload();
  };
  const active = byStatus(goals, "ACTIVE");
  return (
    <Page title="Your goals">
      <p>
        Goals in your own words, broken into small steps. Only you see them, unless you choose to{" "}
        <Link href="/account/privacy">share your journey</Link> with your mentor or your service.
      </p>
      {/* Always on the page, so screen readers hear each new message as it arrives. */}
      <div role="status" className={message ? "notice celebration" : "visually-hidden"}>
        {message && <p>{message}</p>}
      </div>
      {active.length === 0 ? (
        <p>You have no goals on the go at the moment. You could set one below.</p>
      ) : (
        <GoalList goals={active} heading="Goals you're working on" id="goals-active" onChange={say} />
      )}
      <section aria-labelledby="goal-new">
        <h2 id="goal-new">Set a new goal</h2>
        <GoalForm onSet={(title) => say(`Goal set: “${title}”. Tick each step off as you go.`)} />
      </section>
      <GoalList goals={byStatus(goals, "ACHIEVED")} heading="Achieved" id="goals-achieved" onChange={say} />
      <GoalList goals={byStatus(goals, "SET_ASIDE")} heading="Set aside for now" id="goals-aside" onChange={say} />
      <LapseSection lapses={lapses} onRecorded={reload} />
      <p>
        <Link href="/journey">Back to your journey</Link>
      </p>
    </Page>
  );
}
