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
import { type Cell, smallestPublishedCount, suppressCount, suppressTable } from "../suppression";
import type { DashboardPeriod } from "./dashboard-period";

// One answer moving one step on one of ten items moves a score by 2 points; a
// change smaller than this is "about the same", not a trend. The commissioner
// report uses the same threshold.
export const meaningfulChangePoints = 5;

export function journeyChangeQueries(db: Database, organisationId: string, period: DashboardPeriod) {
  const { from, to, fromMs, toExclusiveMs } = period;
  return [
    // First and last check-in in the period for each person with at least two: two
    // seeks in recovery_check_ins_person_idx per person. Same-day check-ins count in
    // the order they were made (rowid), which the index already holds.
    db.all<{ people: number; meanChange: number | null; improved: number; same: number; worse: number }>(sql`
      with ${consentedMembers(organisationId)},
      ends as materialized (
        select
          (select ci.rowid from recovery_check_ins ci where ci.person_id = consented.person_id
            and ci.taken_on between ${from} and ${to} order by ci.taken_on, ci.rowid limit 1) as first_row,
          (select ci.rowid from recovery_check_ins ci where ci.person_id = consented.person_id
            and ci.taken_on between ${from} and ${to} order by ci.taken_on desc, ci.rowid desc limit 1) as last_row
        from consented
      ),
      changes as (
        select l.score_percent - f.score_percent as change
        from ends join recovery_check_ins f on f.rowid = ends.first_row join recovery_check_ins l on l.rowid = ends.last_row
        where ends.first_row <> ends.last_row
      )
      select count(*) as people, avg(change) as meanChange,
        coalesce(sum(change >= ${meaningfulChangePoints}), 0) as improved,
        coalesce(sum(abs(change) < ${meaningfulChangePoints}), 0) as same,
        coalesce(sum(change <= ${-meaningfulChangePoints}), 0) as worse
      from changes`),
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
    // The map as it stood before the period (or its first version in it) against
    // its last version in the period: only people whose map changed in the period.
    // By rowid, so the seeks in network_snapshots_person_day_unique need no lookup.
    db.all<{ people: number; grew: number; startMean: number | null; endMean: number | null }>(sql`
      with ${consentedMembers(organisationId)},
      ends as materialized (
        select consented.person_id,
          coalesce(
            (select s.rowid from network_snapshots s where s.person_id = consented.person_id and s.taken_on < ${from}
              order by s.taken_on desc limit 1),
            (select s.rowid from network_snapshots s where s.person_id = consented.person_id
              and s.taken_on between ${from} and ${to} order by s.taken_on limit 1)) as start_id,
          (select s.rowid from network_snapshots s where s.person_id = consented.person_id
            and s.taken_on between ${from} and ${to} order by s.taken_on desc limit 1) as end_id
        from consented
      )
      select count(*) as people, coalesce(sum(e.supportive_count > s.supportive_count), 0) as grew,
        avg(s.recovery_community_count) as startMean, avg(e.recovery_community_count) as endMean
      from ends
        join network_snapshots s on s.rowid = ends.start_id
        join network_snapshots e on e.rowid = ends.end_id
      where ends.start_id <> ends.end_id`),
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
