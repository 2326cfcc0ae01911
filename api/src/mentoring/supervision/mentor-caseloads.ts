// Each mentor's caseload at a glance, for an organisation's coordinators: who
// they support, overdue follow-ups, concerns waiting, supervision due, recent
// sessions. A fixed number of grouped statements however many mentors there are;
// each mentor's read is audited in the same batch.
import { schema } from "@kinship/db";
import { and, asc, count, eq, gte, inArray, isNull, lt, max, ne } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import { addDays, londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { liveStatuses } from "../sessions/match-access";
import { loadMentoringSettings } from "../settings";
import { supervisionDueOn } from "./supervision-due";

export interface MentorCaseload {
  mentorProfileId: string;
  displayName: string;
  capacity: number;
  isTakingBreak: boolean;
  activeCount: number;
  pausedCount: number;
  proposedCount: number;
  overdueFollowUps: number;
  openConcerns: number;
  lastSupervisionOn: string | null;
  supervisionDueOn: string;
  isSupervisionOverdue: boolean;
  sessionsLast30Days: number;
}

export interface CaseloadsRead {
  organisationId: string;
  /** Just this mentor's caseload; every mentor's when left out. */
  mentorProfileId?: string;
  fields: string[];
  via: string;
}

const { mentorProfiles, people, mentoringMatches, followUpActions, supportSessions, supervisionSessions } = schema;

export async function mentorCaseloads(
  ctx: Context,
  viewer: Viewer,
  { organisationId, mentorProfileId, fields, via }: CaseloadsRead,
) {
  const { supervisionEveryDays } = await loadMentoringSettings(ctx, organisationId);
  const today = londonDate(ctx.now());
  const inOrganisation = and(
    eq(mentorProfiles.organisationId, organisationId),
    mentorProfileId ? eq(mentorProfiles.id, mentorProfileId) : undefined,
  );
  const profileOfMatch = eq(mentorProfiles.id, mentoringMatches.mentorProfileId);
  const matchOfSession = eq(mentoringMatches.id, supportSessions.matchId);

  const [, profiles, statusCounts, overdue, concerns, supervision, recent] = await ctx.db.batch([
    recordPeopleRead(
      ctx,
      viewer,
      {
        table: mentorProfiles,
        personId: mentorProfiles.personId,
        where: and(inOrganisation, ne(mentorProfiles.personId, viewer.personId)),
      },
      { organisationId, relationship: "staff of the mentor's organisation", fields, via },
    ),
    ctx.db
      .select({
        id: mentorProfiles.id,
        displayName: people.displayName,
        capacity: mentorProfiles.capacity,
        isTakingBreak: mentorProfiles.isTakingBreak,
        createdAt: mentorProfiles.createdAt,
      })
      .from(mentorProfiles)
      .innerJoin(people, eq(people.id, mentorProfiles.personId))
      .where(inOrganisation)
      .orderBy(asc(people.displayName)),
    ctx.db
      .select({ profileId: mentoringMatches.mentorProfileId, status: mentoringMatches.status, n: count() })
      .from(mentoringMatches)
      .innerJoin(mentorProfiles, profileOfMatch)
      .where(and(inOrganisation, inArray(mentoringMatches.status, ["proposed", ...liveStatuses])))
      .groupBy(mentoringMatches.mentorProfileId, mentoringMatches.status),
    ctx.db
      .select({ profileId: mentoringMatches.mentorProfileId, n: count() })
      .from(followUpActions)
      .innerJoin(mentoringMatches, eq(mentoringMatches.id, followUpActions.matchId))
      .innerJoin(mentorProfiles, profileOfMatch)
      .where(
        and(
          inOrganisation,
          inArray(mentoringMatches.status, [...liveStatuses]),
          isNull(followUpActions.doneAt),
          lt(followUpActions.dueOn, today),
        ),
      )
      .groupBy(mentoringMatches.mentorProfileId),
    ctx.db
      .select({ profileId: mentoringMatches.mentorProfileId, n: count() })
      .from(supportSessions)
      .innerJoin(mentoringMatches, matchOfSession)
      .innerJoin(mentorProfiles, profileOfMatch)
      .where(and(inOrganisation, eq(supportSessions.hasConcern, true), isNull(supportSessions.concernAcknowledgedAt)))
      .groupBy(mentoringMatches.mentorProfileId),
    ctx.db
      .select({ profileId: supervisionSessions.mentorProfileId, lastOn: max(supervisionSessions.heldOn) })
      .from(supervisionSessions)
      .innerJoin(mentorProfiles, eq(mentorProfiles.id, supervisionSessions.mentorProfileId))
      .where(inOrganisation)
      .groupBy(supervisionSessions.mentorProfileId),
    ctx.db
      .select({ profileId: mentoringMatches.mentorProfileId, n: count() })
      .from(supportSessions)
      .innerJoin(mentoringMatches, matchOfSession)
      .innerJoin(mentorProfiles, profileOfMatch)
      .where(and(inOrganisation, gte(supportSessions.heldOn, addDays(today, -29))))
      .groupBy(mentoringMatches.mentorProfileId),
  ]);

  const countsBy = (rows: { profileId: string | null; n: number }[]) =>
    new Map(rows.map((row) => [row.profileId, row.n]));
  const [overdueBy, concernsBy, recentBy] = [countsBy(overdue), countsBy(concerns), countsBy(recent)];
  const supervisionBy = new Map(supervision.map((row) => [row.profileId, row.lastOn]));
  const statusCount = (profileId: string, statuses: readonly string[]) =>
    statusCounts
      .filter((row) => row.profileId === profileId && statuses.includes(row.status))
      .reduce((sum, row) => sum + row.n, 0);
  return profiles.map((profile): MentorCaseload => {
    const lastSupervisionOn = supervisionBy.get(profile.id) ?? null;
    const dueOn = supervisionDueOn(lastSupervisionOn, profile.createdAt, supervisionEveryDays);
    return {
      mentorProfileId: profile.id,
      displayName: profile.displayName,
      capacity: profile.capacity,
      isTakingBreak: profile.isTakingBreak,
      // Accepted matches count as active: the mentor has taken the person on.
      activeCount: statusCount(profile.id, ["accepted", "active"]),
      pausedCount: statusCount(profile.id, ["paused"]),
      proposedCount: statusCount(profile.id, ["proposed"]),
      overdueFollowUps: overdueBy.get(profile.id) ?? 0,
      openConcerns: concernsBy.get(profile.id) ?? 0,
      lastSupervisionOn,
      supervisionDueOn: dueOn,
      isSupervisionOverdue: dueOn < today,
      sessionsLast30Days: recentBy.get(profile.id) ?? 0,
    };
  });
}
