// What changed in people's recovery journeys over a period, for a commissioner:
// recovery capital, the outcome items of check-ins, goals achieved and networks.
// Only members of the organisation who grant include_in_anonymous_reports count,
// filtered inside the very query that aggregates (ADR 008); everything is grouped
// in the database, so no row about a person leaves it.
import type { Database } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import { sql } from "drizzle-orm";
import { consentedMembers } from "../anonymous-reports-consent";
import type { BatchRows } from "../batch-rows";
import { checkInEnds, networkChangeQuery, recoveryCapitalChangeQuery } from "../journey-change-queries";
import type { ReportingPeriod } from "../reporting-period";

/** Needs a goal can be linked to that commissioners ask about, in the order shown. */
export const reportedGoalNeeds = ["housing", "work_education_training", "justice", "health"] as const;
const reportedNeedList = sql`(${sql.join(
  reportedGoalNeeds.map((need) => sql`${need}`),
  sql`, `,
)})`;

/** What the queries below answer, in order. */
export type JourneyRows = BatchRows<ReturnType<typeof journeyQueries>>;
interface OutcomeChange {
  outcome: string;
  improved: number;
  same: number;
  worse: number;
}
export function journeyQueries(db: Database, organisationId: string, period: ReportingPeriod) {
  const { from, to, fromMs, toExclusiveMs } = period;
  return [
    recoveryCapitalChangeQuery(db, organisationId, period),
    // Per outcome area, the person's answers on the items tagged with it (turned
    // round where agreeing means less recovery capital), first against last. Only
    // when both check-ins used the same instrument, so the items are the same.
    db.all<OutcomeChange>(sql`
      with ${checkInEnds(organisationId, period)},
      answers as (
        select ends.person_id, json_extract(item.value, '$.outcome') as outcome,
          json_extract(item.value, '$.isReversed') as is_reversed,
          json_extract(i.definition, '$.scale.min') + json_extract(i.definition, '$.scale.max') as turned_round,
          json_extract(f.answers, '$."' || json_extract(item.value, '$.code') || '"') as first_value,
          json_extract(l.answers, '$."' || json_extract(item.value, '$.code') || '"') as last_value
        from check_in_ends ends
          join recovery_check_ins f on f.rowid = ends.first_row
          join recovery_check_ins l on l.rowid = ends.last_row and l.instrument_id = f.instrument_id
          join recovery_instruments i on i.id = f.instrument_id
          join json_each(i.definition, '$.items') item
        where json_extract(item.value, '$.outcome') is not null
      ),
      by_person as (
        select person_id, outcome,
          sum(case when is_reversed then turned_round - first_value else first_value end) as first_sum,
          sum(case when is_reversed then turned_round - last_value else last_value end) as last_sum
        from answers where first_value is not null and last_value is not null
        group by person_id, outcome
      )
      select outcome, coalesce(sum(last_sum > first_sum), 0) as improved,
        coalesce(sum(last_sum = first_sum), 0) as same, coalesce(sum(last_sum < first_sum), 0) as worse
      from by_person group by outcome`),
    // The outcome areas the instruments in use ask about at all (to say which the data cannot speak to).
    db.all<{ outcome: string }>(sql`
      with ${consentedMembers(organisationId)}
      select distinct json_extract(item.value, '$.outcome') as outcome
      from recovery_instruments i join json_each(i.definition, '$.items') item
      where json_extract(item.value, '$.outcome') is not null and (
        i.id in (select ci.instrument_id from consented join recovery_check_ins ci on ci.person_id = consented.person_id
          where ci.taken_on between ${from} and ${to})
        or i.id = coalesce((select s.instrument_id from journey_settings s where s.organisation_id = ${organisationId}),
          ${builtInInstrumentId}))`),
    db.all<{ need: string; goals: number; people: number }>(sql`
      with ${consentedMembers(organisationId)}
      select need.value as need, count(*) as goals, count(distinct g.person_id) as people
      from consented join journey_goals g on g.person_id = consented.person_id
        join json_each(g.needs) need
      where g.status = 'achieved' and g.achieved_at >= ${fromMs} and g.achieved_at < ${toExclusiveMs}
        and need.value in ${reportedNeedList}
      group by need.value`),
    db.all<{ people: number }>(sql`
      with ${consentedMembers(organisationId)}
      select count(distinct g.person_id) as people
      from consented join journey_goals g on g.person_id = consented.person_id
      where g.status = 'achieved' and g.achieved_at >= ${fromMs} and g.achieved_at < ${toExclusiveMs}
        and exists (select 1 from json_each(g.needs) need where need.value in ${reportedNeedList})`),
    networkChangeQuery(db, organisationId, period),
  ] as const;
}
