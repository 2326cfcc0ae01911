// Follow-ups on their own, for a mentor's to-do list across the people they
// support: decrypted under each mentee's key, audited with the read.
import { schema } from "@kinship/db";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { liveStatuses } from "./match-access";
import { followUpView } from "./read-sessions";

const { followUpActions, mentoringMatches, people } = schema;

/** The open follow-ups of the matches a mentor is working in now. */
export const openFollowUpsOf = (viewer: Viewer) =>
  and(
    eq(mentoringMatches.mentorPersonId, viewer.personId),
    inArray(mentoringMatches.status, [...liveStatuses]),
    isNull(followUpActions.doneAt),
  );

/** Who read the follow-ups, and why: one audit per organisation the matches belong to. */
export interface FollowUpsAudit {
  viewer: Viewer;
  relationship: string;
  fields: string[];
  via: string;
}

export async function readFollowUps(ctx: Context, where: SQL | undefined, audit: FollowUpsAudit | null) {
  const select = (these: SQL | undefined) =>
    ctx.db
      .select({
        followUp: followUpActions,
        menteePersonId: mentoringMatches.menteePersonId,
        menteeName: people.displayName,
      })
      .from(followUpActions)
      .innerJoin(mentoringMatches, eq(mentoringMatches.id, followUpActions.matchId))
      .innerJoin(people, eq(people.id, mentoringMatches.menteePersonId))
      .where(these)
      .orderBy(asc(followUpActions.dueOn), asc(followUpActions.createdAt));
  let found: Awaited<ReturnType<typeof select>>;
  if (audit) {
    // Only the organisations audited are read, even if a follow-up appears meanwhile.
    const organisationIds = await organisationsOf(ctx, where);
    const audited = and(where, inArray(mentoringMatches.organisationId, organisationIds));
    [found] = await ctx.db.batch([
      select(audited),
      ...organisationIds.map((organisationId) =>
        auditFor(ctx, and(where, eq(mentoringMatches.organisationId, organisationId)), organisationId, audit),
      ),
    ]);
  } else {
    found = await select(where);
  }
  const today = londonDate(ctx.now());
  return Promise.all(found.map(({ followUp, ...mentee }) => followUpView(ctx, followUp, mentee, today)));
}

// A mentor may work for several organisations: each organisation's audit log
// gets the reads made through its own matches.
async function organisationsOf(ctx: Context, where: SQL | undefined) {
  const rows = await ctx.db
    .selectDistinct({ id: mentoringMatches.organisationId })
    .from(followUpActions)
    .innerJoin(mentoringMatches, eq(mentoringMatches.id, followUpActions.matchId))
    .where(where);
  return rows.map((row) => row.id);
}

function auditFor(ctx: Context, where: SQL | undefined, organisationId: string, audit: FollowUpsAudit) {
  const menteesRead = ctx.db
    .select({ id: mentoringMatches.menteePersonId })
    .from(followUpActions)
    .innerJoin(mentoringMatches, eq(mentoringMatches.id, followUpActions.matchId))
    .where(where);
  return recordPeopleRead(
    ctx,
    audit.viewer,
    { table: people, personId: people.id, where: inArray(people.id, menteesRead) },
    { organisationId, relationship: audit.relationship, fields: audit.fields, via: audit.via },
  );
}
