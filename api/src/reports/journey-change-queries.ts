// The one definition of "how a person's recovery capital and network changed over
// a period", shared by the service dashboard and the commissioner report so the
// two never disagree. Only people who grant include_in_anonymous_reports are in
// these rows (ADR 008); every row is an aggregate, so no person leaves the database.
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { consentedMembers } from "./anonymous-reports-consent";
import type { ReportingPeriod } from "./reporting-period";

// One answer moving one step on one of ten items moves a score by 2 points; a
// change smaller than this is "about the same", not a trend.
export const meaningfulChangePoints = 5;

/**
 * `consented` and `check_in_ends(person_id, first_row, last_row, change)` CTEs: each
 * counted person's first and last check-in in the period, for people with two or
 * more. Two seeks in recovery_check_ins_person_idx per person; same-day check-ins
 * count in the order they were made (rowid, which the index already holds).
 */
export const checkInEnds = (
  organisationId: string,
  { from, to }: ReportingPeriod,
) => sql`${consentedMembers(organisationId)},
  check_in_rows as materialized (
    select
      (select ci.rowid from recovery_check_ins ci where ci.person_id = consented.person_id
        and ci.taken_on between ${from} and ${to} order by ci.taken_on, ci.rowid limit 1) as first_row,
      (select ci.rowid from recovery_check_ins ci where ci.person_id = consented.person_id
        and ci.taken_on between ${from} and ${to} order by ci.taken_on desc, ci.rowid desc limit 1) as last_row
    from consented
  ),
  check_in_ends as (
    select f.person_id, check_in_rows.first_row, check_in_rows.last_row, l.score_percent - f.score_percent as change
    from check_in_rows
      join recovery_check_ins f on f.rowid = check_in_rows.first_row
      join recovery_check_ins l on l.rowid = check_in_rows.last_row
    where check_in_rows.first_row <> check_in_rows.last_row
  )`;

/** Better, about the same or worse by at least meaningfulChangePoints, first check-in against last. */
export const recoveryCapitalChangeQuery = (db: Database, organisationId: string, period: ReportingPeriod) =>
  db.all<{ people: number; improved: number; same: number; worse: number; meanChange: number | null }>(sql`
    with ${checkInEnds(organisationId, period)}
    select count(*) as people,
      coalesce(sum(change >= ${meaningfulChangePoints}), 0) as improved,
      coalesce(sum(abs(change) < ${meaningfulChangePoints}), 0) as same,
      coalesce(sum(change <= ${-meaningfulChangePoints}), 0) as worse,
      avg(change) as meanChange
    from check_in_ends`);

/**
 * The network map as it stood before the period (or its first version in it)
 * against its last version in the period: only people whose map changed in the
 * period. By rowid, so the seeks in network_snapshots_person_day_unique need no lookup.
 */
export const networkChangeQuery = (db: Database, organisationId: string, { from, to }: ReportingPeriod) =>
  db.all<{
    people: number;
    grew: number;
    same: number;
    fell: number;
    startMean: number | null;
    endMean: number | null;
  }>(sql`
    with ${consentedMembers(organisationId)},
    ends as materialized (
      select
        coalesce(
          (select s.rowid from network_snapshots s where s.person_id = consented.person_id and s.taken_on < ${from}
            order by s.taken_on desc limit 1),
          (select s.rowid from network_snapshots s where s.person_id = consented.person_id
            and s.taken_on between ${from} and ${to} order by s.taken_on limit 1)) as start_id,
        (select s.rowid from network_snapshots s where s.person_id = consented.person_id
          and s.taken_on between ${from} and ${to} order by s.taken_on desc limit 1) as end_id
      from consented
    )
    select count(*) as people,
      coalesce(sum(e.supportive_count > s.supportive_count), 0) as grew,
      coalesce(sum(e.supportive_count = s.supportive_count), 0) as same,
      coalesce(sum(e.supportive_count < s.supportive_count), 0) as fell,
      avg(s.recovery_community_count) as startMean, avg(e.recovery_community_count) as endMean
    from ends
      join network_snapshots s on s.rowid = ends.start_id
      join network_snapshots e on e.rowid = ends.end_id
    where ends.start_id <> ends.end_id`);
