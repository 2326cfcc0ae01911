// A read-only view of someone's goals and milestones, for another page to show
// (the shared-journey page, or the person's own pages). It fetches its own data;
// the API decides whether the viewer may see it, and audits the read.
import { LoadFailed } from "../../../components/load-failed";
import { GoalsSummaryQuery } from "../../../graphql/journey-goals";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate, formatLondonDay } from "../../directory/dates";
import { buildingWords, byStatus, type Goal, goalMeta } from "./goal-words";

function GoalSteps({ goal }: { goal: Goal }) {
  return (
    <li>
      <strong>{goal.title ?? "A goal"}</strong>
      <p className="meta">{goalMeta(goal)}</p>
      <ul className="step-list">
        {goal.steps.map((step) => (
          <li key={step.id}>
            <span className="step-state">{step.doneAt ? "Done:" : "To do:"}</span> {step.title ?? "A step"}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function GoalsSummary({ personId }: { personId?: string }) {
  const { state, reload } = useQuery(GoalsSummaryQuery, { personId: personId ?? null });
  const whose = personId ? "They have" : "You have";
  return (
    <section aria-labelledby="goals-summary" className="goals-summary">
      <h2 id="goals-summary">Goals and milestones</h2>
      {state.status === "loading" && <p role="status">Loading goals…</p>}
      {state.status === "failed" &&
        (state.error.code === "FORBIDDEN" ? (
          <p>Goals are shown only when the person chooses to share their journey.</p>
        ) : (
          <LoadFailed error={state.error} onRetry={reload} />
        ))}
      {state.status === "ready" && (
        <>
          {state.data.journeyMilestones.weeksBuilding !== null && (
            <p>{buildingWords(state.data.journeyMilestones.weeksBuilding, !personId)}</p>
          )}
          {byStatus(state.data.journeyGoals, "ACTIVE").length === 0 ? (
            <p>{whose} no goals on the go at the moment.</p>
          ) : (
            <>
              <h3>Working on</h3>
              <ul className="plain-list">
                {byStatus(state.data.journeyGoals, "ACTIVE").map((goal) => (
                  <GoalSteps key={goal.id} goal={goal} />
                ))}
              </ul>
            </>
          )}
          {byStatus(state.data.journeyGoals, "ACHIEVED").length > 0 && (
            <>
              <h3>Achieved</h3>
              <ul className="plain-list">
                {byStatus(state.data.journeyGoals, "ACHIEVED").map((goal) => (
                  <li key={goal.id}>
                    {goal.title ?? "A goal"}
                    {goal.achievedAt && ` (${formatLondonDay(goal.achievedAt)})`}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Milestones</h3>
          {state.data.journeyMilestones.milestones.length === 0 ? (
            <p>No milestones yet. They come with the first check-in, step or goal.</p>
          ) : (
            <ul className="plain-list">
              {[...state.data.journeyMilestones.milestones].reverse().map((milestone) => (
                <li key={`${milestone.kind}-${milestone.count}`}>
                  {milestone.title} <span className="meta">({formatLocalDate(milestone.reachedOn)})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
