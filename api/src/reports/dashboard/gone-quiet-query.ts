// Who has gone quiet, worked out in one SQL statement from the organisation's
// matches, sessions, check-ins at its gatherings and memberships: a mentee whose
// match has had no support session (or began) more than 28 days ago, or a member
// active in the last six months and not in the last 42 days. Ids and dates only:
// names are read with their audit rows (gone-quiet.ts).
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { addDays, addMonths } from "../../calendar-dates";

const quietMatchDays = 28;
const quietMemberDays = 42;
const mostQuietListed = 100;

export const quietReasons = ["no_recent_session", "stopped_coming"] as const;
export type QuietReason = (typeof quietReasons)[number];
export const quietActivities = [
  "support_session",
  "mentoring_session",
  "attendance",
  "match_started",
  "match_agreed",
] as const;
export type QuietActivity = (typeof quietActivities)[number];

export interface QuietCandidate {
  personId: string;
  reason: QuietReason;
  lastActivity: QuietActivity;
  lastActivityOn: string;
  /** The gathering's name, when what they last did was come to one. */
  lastActivityPlace: string | null;
  matchId: string | null;
  mentorPersonId: string | null;
  /** How many people are quiet in all (the list stops at `mostQuietListed`). */
  total: number;
}

/** The quiet people, quietest first, at most `mostQuietListed`; `total` counts them all. No names: see gone-quiet.ts. */
export function quietCandidatesQuery(db: Database, organisationId: string, today: string) {
  const since = addMonths(today, -6);
  const matchQuietBefore = addDays(today, -quietMatchDays);
  const memberQuietBefore = addDays(today, -quietMemberDays);
  // Matches that have been agreed and not ended: the mentor is meant to be in touch.
  const current = sql.raw("('accepted', 'active', 'paused')");
  return db.all<QuietCandidate>(sql`
    with match_last as (
      select m.id as match_id, m.mentee_person_id as person_id, m.mentor_person_id,
        coalesce(max(s.held_on), m.started_on, date(m.status_changed_at / 1000, 'unixepoch')) as last_on,
        case when max(s.held_on) is not null then 'support_session'
          when m.started_on is not null then 'match_started' else 'match_agreed' end as last_kind
      from mentoring_matches m left join support_sessions s on s.match_id = m.id
      where m.organisation_id = ${organisationId} and m.status in ${current}
      group by m.id
    ),
    quiet_match as (
      select * from (
        select match_last.*, row_number() over (partition by person_id order by last_on, match_id) as n
        from match_last where last_on < ${matchQuietBefore}
      ) where n = 1
    ),
    activity(person_id, kind, on_date, place) as (
      select mentee_person_id, 'support_session', held_on, null from support_sessions
        where organisation_id = ${organisationId} and held_on between ${since} and ${today}
      union all
      select mentor_person_id, 'mentoring_session', held_on, null from support_sessions
        where organisation_id = ${organisationId} and held_on between ${since} and ${today}
          and mentor_person_id is not null
      union all
      select a.person_id, 'attendance', a.occurrence_on, g.name
        from gatherings g join gathering_attendance a on a.gathering_id = g.id
        where g.organisation_id = ${organisationId} and a.status = 'attended'
          and a.occurrence_on between ${since} and ${today}
      union all
      select mentee_person_id, 'match_started', started_on, null from mentoring_matches
        where organisation_id = ${organisationId} and started_on between ${since} and ${today}
    ),
    -- SQLite takes the bare columns from the row holding the max().
    latest as (select person_id, kind, max(on_date) as last_on, place from activity group by person_id),
    quiet(person_id, reason, last_kind, last_on, place, match_id, mentor_person_id) as (
      select person_id, 'no_recent_session', last_kind, last_on, null, match_id, mentor_person_id from quiet_match
      union all
      select person_id, 'stopped_coming', kind, last_on, place, null, null from latest
      where last_on < ${memberQuietBefore} and person_id not in (select person_id from quiet_match)
    ),
    listed as (
      select quiet.*, count(*) over () as total from quiet
        join memberships ms on ms.person_id = quiet.person_id and ms.organisation_id = ${organisationId}
          and ms.role not in ('coordinator', 'admin')
      order by quiet.last_on, quiet.person_id
      limit ${mostQuietListed}
    )
    -- Only for the people listed: the mentor of someone who stopped coming, if they have one.
    -- (+ keeps SQLite from walking the organisation's matches instead of this person's.)
    select listed.person_id as personId, listed.reason, listed.last_kind as lastActivity,
      listed.last_on as lastActivityOn, listed.place as lastActivityPlace,
      coalesce(listed.match_id, current_match.id) as matchId,
      coalesce(listed.mentor_person_id, current_match.mentor_person_id) as mentorPersonId, listed.total
    from listed
      left join mentoring_matches current_match on listed.match_id is null and current_match.id = (
        select c.id from mentoring_matches c
        where c.mentee_person_id = listed.person_id and +c.organisation_id = ${organisationId}
          and c.status in ${current} order by c.started_on desc limit 1)
    order by listed.last_on, listed.person_id`);
}
