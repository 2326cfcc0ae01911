// /journey/milestones: everything the person has reached, newest first, with
// the rule in plain words: milestones count what you've done and never go back.
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { MilestonesQuery } from "../../graphql/journey-goals";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate } from "../directory/dates";
import { buildingWords } from "./goals/goal-words";

export function MilestonesPage() {
  const { state, reload } = useQuery(MilestonesQuery);
  if (state.status === "loading") return <p role="status">Loading your milestones…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { weeksBuilding, milestones } = state.data.journeyMilestones;
  return (
    <Page title="Your milestones">
      {weeksBuilding !== null && <p className="lead">{buildingWords(weeksBuilding, true)}</p>}
      <p>
        Milestones count what you've done: steps, goals, check-ins, weeks, and people on your side. They never go back,
        whatever happens, and a lapse doesn't change them.
      </p>
      {milestones.length === 0 ? (
        <p>
          No milestones yet. Your first comes with your first <Link href="/journey/check-in">check-in</Link> or{" "}
          <Link href="/journey/goals">step</Link>.
        </p>
      ) : (
        <ul className="plain-list milestone-list">
          {[...milestones].reverse().map((milestone) => (
            <li key={`${milestone.kind}-${milestone.count}`}>
              <strong>{milestone.title}</strong> <span className="meta">{formatLocalDate(milestone.reachedOn)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/journey">Back to your journey</Link>
      </p>
    </Page>
  );
}
