// The service's own activity in a period, counted in the database (GROUP BY, no
// rows brought back per person): matches, support sessions, verified volunteering,
// check-ins at its gatherings and role progression. These are the organisation's
// operational records, counted in full; every figure is suppressed before it is
// published (commissioner-report.ts).
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import type { BatchRows } from "../batch-rows";
import type { ReportingPeriod } from "../reporting-period";

/** Roles in the order people grow through them; a move up this list is progression. */
const progressionRoles = ["member", "volunteer", "peer_mentor", "recovery_champion"] as const;

export interface EndedByReason {
  reason: string;
  matches: number;
  people: number;
}
export interface CheckInsByKind {
  kind: string;
  checkIns: number;
  people: number;
}

/** What the queries below answer, in order. */
export type ActivityRows = BatchRows<ReturnType<typeof activityQueries>>;

export function activityQueries(db: Database, organisationId: string, period: ReportingPeriod) {
  const { from, to, fromMs, toExclusiveMs } = period;
  return [
    // People mentored: in a match that had started and not yet ended at some time in the period.
    db.all<{ mentees: number; started: number }>(sql`
      select count(distinct case when ended_on is null or ended_on >= ${from} then mentee_person_id end) as mentees,
        coalesce(sum(started_on >= ${from}), 0) as started
      from mentoring_matches
      where organisation_id = ${organisationId} and status in ('active', 'paused', 'ended')
        and started_on is not null and started_on <= ${to}`),
    db.all<EndedByReason>(sql`
      select coalesce(end_reason, 'other') as reason, count(*) as matches,
        count(distinct mentee_person_id) as people
      from mentoring_matches
      where organisation_id = ${organisationId} and status = 'ended' and ended_on between ${from} and ${to}
      group by coalesce(end_reason, 'other')`),
    db.all<{ mentees: number }>(sql`
      select count(distinct mentee_person_id) as mentees from mentoring_matches
      where organisation_id = ${organisationId} and status = 'ended' and ended_on between ${from} and ${to}`),
    // Reads support_sessions_organisation_held_idx (organisation_id, held_on).
    db.all<{ sessions: number; minutes: number; mentees: number }>(sql`
      select count(*) as sessions, coalesce(sum(duration_minutes), 0) as minutes,
        count(distinct mentee_person_id) as mentees
      from support_sessions
      where organisation_id = ${organisationId} and held_on between ${from} and ${to}`),
    db.all<{ minutes: number; volunteers: number }>(sql`
      select coalesce(sum(minutes), 0) as minutes, count(distinct person_id) as volunteers
      from volunteering_hours
      where organisation_id = ${organisationId} and status = 'approved' and worked_on between ${from} and ${to}`),
    db.all<CheckInsByKind>(sql`
      select g.kind as kind, count(*) as checkIns, count(distinct a.person_id) as people
      from gatherings g join gathering_attendance a on a.gathering_id = g.id
      where g.organisation_id = ${organisationId} and a.status = 'attended'
        and a.occurrence_on between ${from} and ${to}
      group by g.kind`),
    db.all<{ people: number }>(sql`
      select count(distinct a.person_id) as people
      from gatherings g join gathering_attendance a on a.gathering_id = g.id
      where g.organisation_id = ${organisationId} and a.status = 'attended'
        and a.occurrence_on between ${from} and ${to}`),
    // One step up (or several at once) counts under the role reached.
    db.all<{ role: string; people: number }>(sql`
      select to_role as role, count(distinct person_id) as people
      from role_changes
      where organisation_id = ${organisationId} and changed_at >= ${fromMs} and changed_at < ${toExclusiveMs}
        and to_role in ('volunteer', 'peer_mentor', 'recovery_champion')
        and ${roleRank(sql.raw("from_role"))} < ${roleRank(sql.raw("to_role"))}
      group by to_role`),
  ] as const;
}

const roleRank = (column: ReturnType<typeof sql.raw>) =>
  sql`(case ${column} ${sql.join(
    progressionRoles.map((role, rank) => sql`when ${role} then ${rank}`),
    sql` `,
  )} else 99 end)`;
