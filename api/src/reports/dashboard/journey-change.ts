// What changed in the journeys of an organisation's members over a period:
// recovery capital, goals and networks. Only people who grant
// include_in_anonymous_reports are counted, filtered in the aggregating query
// (ADR 008), and every figure goes through small-number suppression: the staff
// reading it see their own service, but these numbers are drawn from journeys
// people did not necessarily share with the service, so no figure may be one
// that a reader could trace to a person.
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { consentedMembers } from "../anonymous-reports-consent";
import type { BatchRows } from "../batch-rows";
import { networkChangeQuery, recoveryCapitalChangeQuery } from "../journey-change-queries";
import { type Cell, smallestPublishedCount, suppressCount, suppressTable } from "../suppression";
import type { DashboardPeriod } from "./dashboard-period";

export function journeyChangeQueries(db: Database, organisationId: string, period: DashboardPeriod) {
  const { fromMs, toExclusiveMs } = period;
  return [
    recoveryCapitalChangeQuery(db, organisationId, period),
    db.all<{ people: number; goalsSet: number; goalsAchieved: number; stepsDone: number }>(sql`
      with ${consentedMembers(organisationId)},
      events(person_id, is_set, is_achieved, is_step) as (
        select g.person_id, 1, 0, 0 from consented join journey_goals g on g.person_id = consented.person_id
          where g.created_at >= ${fromMs} and g.created_at < ${toExclusiveMs}
        union all
        select g.person_id, 0, 1, 0 from consented join journey_goals g on g.person_id = consented.person_id
          where g.achieved_at >= ${fromMs} and g.achieved_at < ${toExclusiveMs}
        union all
        select s.person_id, 0, 0, 1 from consented join goal_steps s on s.person_id = consented.person_id
          where s.done_at >= ${fromMs} and s.done_at < ${toExclusiveMs}
      )
      select count(distinct person_id) as people, coalesce(sum(is_set), 0) as goalsSet,
        coalesce(sum(is_achieved), 0) as goalsAchieved, coalesce(sum(is_step), 0) as stepsDone
      from events`),
    networkChangeQuery(db, organisationId, period),
  ] as const;
}

export interface RecoveryCapitalChange {
  peopleCounted: Cell;
  improved: Cell;
  same: Cell;
  worse: Cell;
  /** Mean change in score points (0–100 scale), shown only when the people counted are shown. */
  meanChange: number | null;
}
export interface GoalCompletion {
  peopleCounted: Cell;
  goalsSet: Cell;
  goalsAchieved: Cell;
  stepsDone: Cell;
}
export interface NetworkGrowth {
  peopleCounted: Cell;
  supportiveGrew: Cell;
  supportiveDidNotGrow: Cell;
  meanRecoveryCommunityAtStart: number | null;
  meanRecoveryCommunityAtEnd: number | null;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
// Fewer than five people behind a figure: nothing drawn from them is shown, not even a sum of goals.
const isEnoughPeople = (people: number) => people >= smallestPublishedCount;

export function journeyChange([capitalRows, goalRows, networkRows]: BatchRows<
  ReturnType<typeof journeyChangeQueries>
>) {
  const capital = capitalRows[0] ?? { people: 0, meanChange: null, improved: 0, same: 0, worse: 0 };
  // One row, three columns and their total: secondary suppression keeps a hidden column from being worked out.
  const outcomes = suppressTable({
    rows: ["people"],
    columns: ["improved", "same", "worse"],
    counts: [[Number(capital.improved), Number(capital.same), Number(capital.worse)]],
  });
  const recoveryCapital: RecoveryCapitalChange = {
    peopleCounted: outcomes.total,
    improved: outcomes.cells[0]![0]!,
    same: outcomes.cells[0]![1]!,
    worse: outcomes.cells[0]![2]!,
    meanChange: outcomes.total !== null && outcomes.total > 0 ? oneDecimal(capital.meanChange) : null,
  };

  const goals = goalRows[0] ?? { people: 0, goalsSet: 0, goalsAchieved: 0, stepsDone: 0 };
  const goalPeople = Number(goals.people);
  const goalFigure = (count: number) => (goalPeople === 0 || isEnoughPeople(goalPeople) ? suppressCount(count) : null);
  const goalCompletion: GoalCompletion = {
    peopleCounted: suppressCount(goalPeople),
    goalsSet: goalFigure(Number(goals.goalsSet)),
    goalsAchieved: goalFigure(Number(goals.goalsAchieved)),
    stepsDone: goalFigure(Number(goals.stepsDone)),
  };

  const network = networkRows[0] ?? { people: 0, grew: 0, startMean: null, endMean: null };
  const networkPeople = Number(network.people);
  const growth = suppressTable({
    rows: ["people"],
    columns: ["grew", "did not grow"],
    counts: [[Number(network.grew), networkPeople - Number(network.grew)]],
  });
  const isNetworkShown = growth.total !== null && growth.total > 0;
  const networkGrowth: NetworkGrowth = {
    peopleCounted: growth.total,
    supportiveGrew: growth.cells[0]![0]!,
    supportiveDidNotGrow: growth.cells[0]![1]!,
    meanRecoveryCommunityAtStart: isNetworkShown ? oneDecimal(network.startMean) : null,
    meanRecoveryCommunityAtEnd: isNetworkShown ? oneDecimal(network.endMean) : null,
  };
  return { recoveryCapital, goalCompletion, networkGrowth };
}
