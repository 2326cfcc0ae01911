// Clearing closed mentoring cases once their organisation's retention period has
// passed. A case is a request for a mentor with its matches; it is closed when
// the request was withdrawn, or was matched and every match has finished (ended,
// declined or not taken up). Its closing time is the last change to the request
// or any of its matches.
//
// What goes: session notes, concerns and responses (sealed text), the topics and
// services of each session, follow-ups, each match's history of changes and its
// score breakdown, and the request's preferences (shared experience, pathway,
// languages, area, times). What stays: the rows the service counts (a session's
// date, length and way of meeting, whether a concern was raised and answered; a
// match's dates, status and end reason; the request's needs), so past reports do
// not change. Rows are kept and their text emptied, rather than deleted, for that.
//
// A case with a safeguarding concern nobody has acknowledged is never cleared:
// it waits until a coordinator has answered it.
import { type Database, schema } from "@kinship/db";
import { inArray, sql } from "drizzle-orm";
import { closedCaseMonthsByOrganisation, monthsBefore } from "./retention-settings";

const liveMatchStatuses = sql`('offered', 'proposed', 'accepted', 'active', 'paused')`;
// D1 allows 100 bound values in a statement; the marker insert takes three per case.
const casesPerBatch = 25;

/** Closed cases of one organisation, closed before `cutoff`, not yet cleared, oldest first. */
async function casesDue(db: Database, organisationId: string, cutoff: Date, limit: number) {
  const cutoffMs = cutoff.getTime();
  const rows = await db.all<{ id: string }>(sql`
    select r.id as id from mentor_requests r
    where r.organisation_id = ${organisationId}
      and r.status in ('matched', 'withdrawn')
      and r.updated_at < ${cutoffMs}
      and not exists (select 1 from retention_cleared_cases c where c.request_id = r.id)
      and not exists (select 1 from mentoring_matches m where m.request_id = r.id
        and (m.status in ${liveMatchStatuses} or m.status_changed_at >= ${cutoffMs}))
      and not exists (select 1 from support_sessions s join mentoring_matches m on m.id = s.match_id
        where m.request_id = r.id and s.has_concern = 1 and s.concern_acknowledged_at is null)
    order by r.updated_at
    limit ${limit}`);
  return rows.map((row) => row.id);
}

/** The statements that clear some closed cases, for one batch: all of them or none. */
function clearStatements(db: Database, organisationId: string, requestIds: string[], now: Date) {
  const { mentorRequests, mentoringMatches, supportSessions, followUpActions, matchEvents } = schema;
  const matchesOfCases = db
    .select({ id: mentoringMatches.id })
    .from(mentoringMatches)
    .where(inArray(mentoringMatches.requestId, requestIds));
  return [
    db
      .update(supportSessions)
      .set({ notesCipher: null, concernCipher: null, concernResponseCipher: null, topics: [], signposting: [] })
      .where(inArray(supportSessions.matchId, matchesOfCases)),
    db.delete(followUpActions).where(inArray(followUpActions.matchId, matchesOfCases)),
    db.delete(matchEvents).where(inArray(matchEvents.matchId, matchesOfCases)),
    db.update(mentoringMatches).set({ scoreParts: [] }).where(inArray(mentoringMatches.requestId, requestIds)),
    db
      .update(mentorRequests)
      .set({
        languages: [],
        sharedSubstances: [],
        sharedLifeExperiences: [],
        pathway: null,
        genderPreference: "no_preference",
        availability: 0,
        area: null,
        latitude: null,
        longitude: null,
        requestedByPersonId: null,
      })
      .where(inArray(mentorRequests.id, requestIds)),
    db
      .insert(schema.retentionClearedCases)
      .values(requestIds.map((requestId) => ({ requestId, organisationId, clearedAt: now })))
      .onConflictDoNothing(),
  ] as const;
}

/**
 * Clears at most `limit` cases across all organisations (oldest first within
 * each), so one run's work is bounded; the next run carries on. Returns how many.
 */
export async function clearClosedCases(db: Database, now: Date, limit: number) {
  let cleared = 0;
  for (const { organisationId, closedCaseMonths } of await closedCaseMonthsByOrganisation(db)) {
    if (cleared >= limit) break;
    const cutoff = monthsBefore(now, closedCaseMonths);
    let requestIds: string[];
    do {
      requestIds = await casesDue(db, organisationId, cutoff, Math.min(casesPerBatch, limit - cleared));
      if (requestIds.length > 0) await db.batch(clearStatements(db, organisationId, requestIds, now));
      cleared += requestIds.length;
    } while (requestIds.length === casesPerBatch && cleared < limit);
  }
  return cleared;
}
