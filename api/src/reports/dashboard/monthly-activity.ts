// The service's own activity month by month: matches, support sessions,
// volunteering hours and check-ins at its gatherings. These are operational
// records the organisation already keeps, so they are counted in full (no
// consent filter). Each figure is one grouped SQL statement; months with nothing
// in them come back as zeros.
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import type { BatchRows } from "../batch-rows";
import type { DashboardPeriod, MonthSpan } from "./dashboard-period";

export interface MonthlyActivity {
  month: string;
  /** Matches running at any time in the month (started on or before its end, not ended before its start). */
  activeMatches: number;
  newMatches: number;
  sessionsHeld: number;
  supportMinutes: number;
  verifiedVolunteeringMinutes: number;
  pendingVolunteeringMinutes: number;
  /** Check-ins at the organisation's gatherings. */
  attendance: number;
}

type MonthCount = { month: string; n: number };

const monthsTable = (months: MonthSpan[]) =>
  sql`with months(month, starts_on, ends_on) as (values ${sql.join(
    months.map((m) => sql`(${m.month}, ${m.from}, ${m.to})`),
    sql`, `,
  )})`;

/** The statements, to run in one batch with the rest of the dashboard. */
export function monthlyActivityQueries(db: Database, organisationId: string, period: DashboardPeriod) {
  const { from, to } = period;
  return [
    db.all<MonthCount>(sql`${monthsTable(period.months)}
      select months.month as month, count(m.id) as n
      from months left join mentoring_matches m
        on m.organisation_id = ${organisationId} and m.started_on is not null
        and m.started_on <= months.ends_on and (m.ended_on is null or m.ended_on >= months.starts_on)
      group by months.month`),
    db.all<MonthCount>(sql`
      select substr(started_on, 1, 7) as month, count(*) as n from mentoring_matches
      where organisation_id = ${organisationId} and started_on between ${from} and ${to}
      group by 1`),
    db.all<MonthCount & { minutes: number }>(sql`
      select substr(held_on, 1, 7) as month, count(*) as n, coalesce(sum(duration_minutes), 0) as minutes
      from support_sessions
      where organisation_id = ${organisationId} and held_on between ${from} and ${to}
      group by 1`),
    db.all<{ month: string; verified: number; pending: number }>(sql`
      select substr(worked_on, 1, 7) as month,
        coalesce(sum(case when status = 'approved' then minutes end), 0) as verified,
        coalesce(sum(case when status = 'pending' then minutes end), 0) as pending
      from volunteering_hours
      where organisation_id = ${organisationId} and status in ('approved', 'pending')
        and worked_on between ${from} and ${to}
      group by 1`),
    db.all<MonthCount>(sql`
      select substr(a.occurrence_on, 1, 7) as month, count(*) as n
      from gatherings g join gathering_attendance a on a.gathering_id = g.id
      where g.organisation_id = ${organisationId} and a.status = 'attended'
        and a.occurrence_on between ${from} and ${to}
      group by 1`),
  ] as const;
}

/** One row per month of the period, from the statements' results. */
export function monthlyActivity(
  period: DashboardPeriod,
  [active, started, sessions, hours, attendance]: BatchRows<ReturnType<typeof monthlyActivityQueries>>,
): MonthlyActivity[] {
  const byMonth = <T extends { month: string }>(rows: T[]) => new Map(rows.map((row) => [row.month, row]));
  const [activeBy, startedBy, sessionsBy, hoursBy, attendanceBy] = [
    byMonth(active),
    byMonth(started),
    byMonth(sessions),
    byMonth(hours),
    byMonth(attendance),
  ];
  return period.months.map(({ month }) => ({
    month,
    activeMatches: Number(activeBy.get(month)?.n ?? 0),
    newMatches: Number(startedBy.get(month)?.n ?? 0),
    sessionsHeld: Number(sessionsBy.get(month)?.n ?? 0),
    supportMinutes: Number(sessionsBy.get(month)?.minutes ?? 0),
    verifiedVolunteeringMinutes: Number(hoursBy.get(month)?.verified ?? 0),
    pendingVolunteeringMinutes: Number(hoursBy.get(month)?.pending ?? 0),
    attendance: Number(attendanceBy.get(month)?.n ?? 0),
  }));
}
