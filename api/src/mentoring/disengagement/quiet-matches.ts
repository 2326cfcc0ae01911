// Which live matches have gone quiet, and since when. A quiet spell is counted
// from the latest of: the last support session logged (a missed contact is not
// contact), the day the match started, and the day it last became active again
// (a resume starts the count afresh, so a pause never turns into an alert).
import { type Database, schema } from "@kinship/db";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { Temporal } from "temporal-polyfill";
import { londonDate } from "../../calendar-dates";
import { defaultAlertAfterDays, defaultNudgeAfterDays } from "./disengagement-settings";

export interface QuietMatch {
  matchId: string;
  organisationId: string;
  organisationSlug: string;
  mentorPersonId: string;
  menteePersonId: string;
  mentorName: string;
  menteeName: string;
  quietSinceOn: string;
  daysQuiet: number;
  nudgeAfterDays: number;
  alertAfterDays: number;
}

/** Whole London calendar days from `from` to `to`. */
export const daysBetween = (from: string, to: string) =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;

/** The latest of the dates that start a quiet spell, none later than today. */
export function quietSince(today: string, dates: (string | null)[]): string | null {
  const known = dates.filter((date): date is string => date !== null && date <= today).sort();
  return known.at(-1) ?? null;
}

/** Every active match whose mentee has been quiet at least the organisation's nudge threshold, longest first. */
export async function quietMatches(db: Database, now: Date): Promise<QuietMatch[]> {
  const today = londonDate(now);
  const { mentoringMatches: m, organisations, people, disengagementSettings: settings } = schema;
  const mentor = alias(people, "mentor");
  const mentee = alias(people, "mentee");
  const rows = await db
    .select({
      matchId: m.id,
      organisationId: m.organisationId,
      organisationSlug: organisations.slug,
      mentorPersonId: m.mentorPersonId,
      menteePersonId: m.menteePersonId,
      mentorName: mentor.displayName,
      menteeName: mentee.displayName,
      startedOn: m.startedOn,
      lastSessionOn: sql<string | null>`(select max(s.held_on) from support_sessions s
        where s.match_id = ${m.id} and s.held_on <= ${today})`,
      lastActiveAt: sql<number | null>`(select max(e.at) from match_events e
        where e.match_id = ${m.id} and e.to_status = 'active')`,
      nudgeAfterDays: sql<number>`coalesce(${settings.nudgeAfterDays}, ${defaultNudgeAfterDays})`,
      alertAfterDays: sql<number>`coalesce(${settings.alertAfterDays}, ${defaultAlertAfterDays})`,
    })
    .from(m)
    .innerJoin(organisations, eq(organisations.id, m.organisationId))
    .innerJoin(mentor, eq(mentor.id, m.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, m.menteePersonId))
    .leftJoin(settings, eq(settings.organisationId, m.organisationId))
    .where(and(eq(m.status, "active"), isNotNull(m.mentorPersonId)));
  const quiet: QuietMatch[] = [];
  for (const row of rows) {
    const resumedOn = row.lastActiveAt === null ? null : londonDate(new Date(row.lastActiveAt));
    const since = quietSince(today, [row.startedOn, row.lastSessionOn, resumedOn]);
    if (since === null) continue;
    const daysQuiet = daysBetween(since, today);
    if (daysQuiet < row.nudgeAfterDays) continue;
    quiet.push({
      matchId: row.matchId,
      organisationId: row.organisationId,
      organisationSlug: row.organisationSlug,
      mentorPersonId: row.mentorPersonId!,
      menteePersonId: row.menteePersonId,
      mentorName: row.mentorName,
      menteeName: row.menteeName,
      quietSinceOn: since,
      daysQuiet,
      nudgeAfterDays: row.nudgeAfterDays,
      alertAfterDays: row.alertAfterDays,
    });
  }
  return quiet.sort((a, b) => a.quietSinceOn.localeCompare(b.quietSinceOn));
}
