// Reading support sessions with their follow-ups, decrypting what was written
// about the mentee under the mentee's own key. A read of someone else's sessions
// carries its audit INSERT in the same batch, so it cannot happen unrecorded.
import { schema } from "@kinship/db";
import type { ContactMode, SignpostTarget, SupportNeed } from "@kinship/db/schema";
import { asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type AccessDescription, recordPeopleRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import type { Context, Viewer } from "../../graphql/context";

export interface FollowUpView {
  id: string;
  matchId: string;
  sessionId: string;
  menteeName: string;
  /** null when the mentee's key is gone or the stored value was tampered with. */
  description: string | null;
  dueOn: string;
  doneAt: Date | null;
  isOverdue: boolean;
}

export interface SupportSessionView {
  id: string;
  matchId: string;
  heldOn: string;
  durationMinutes: number;
  travelMinutes: number;
  contactMode: ContactMode;
  topics: SupportNeed[];
  signposting: SignpostTarget[];
  notes: string | null;
  hasConcern: boolean;
  concern: string | null;
  concernAcknowledgedAt: Date | null;
  concernAcknowledgedByName: string | null;
  concernResponse: string | null;
  confirmedByMenteeAt: Date | null;
  mentorName: string | null;
  menteeName: string;
  createdAt: Date;
  followUps: FollowUpView[];
}

/** An audit to write with the read: who the viewer is, and why they may read. */
export interface SessionsAudit {
  viewer: Viewer;
  access: AccessDescription;
}

const { supportSessions, followUpActions, people } = schema;
const mentor = alias(people, "mentor");
const mentee = alias(people, "mentee");
const acknowledger = alias(people, "acknowledger");

/** Decrypts one stored value about the mentee, bound to its table, column and row. */
async function openAbout(
  ctx: Context,
  menteePersonId: string,
  stored: string | null,
  table: string,
  column: string,
  rowId: string,
) {
  if (stored === null) return null;
  return personCipher(ctx, menteePersonId).decrypt(stored, { table, column, rowId });
}

/** A follow-up as its readers see it: its words opened under the mentee's key, and whether it is overdue. */
export async function followUpView(
  ctx: Context,
  followUp: typeof followUpActions.$inferSelect,
  mentee: { menteePersonId: string; menteeName: string },
  today: string,
): Promise<FollowUpView> {
  return {
    id: followUp.id,
    matchId: followUp.matchId,
    sessionId: followUp.sessionId,
    menteeName: mentee.menteeName,
    description: await openAbout(
      ctx,
      mentee.menteePersonId,
      followUp.descriptionCipher,
      "follow_up_actions",
      "description_cipher",
      followUp.id,
    ),
    dueOn: followUp.dueOn,
    doneAt: followUp.doneAt,
    isOverdue: followUp.doneAt === null && followUp.dueOn < today,
  };
}

/**
 * The sessions `where` selects, newest first, with follow-ups. With an audit,
 * one access row per distinct mentee is written in the same batch as the read.
 */
export async function readSessions(ctx: Context, where: SQL | undefined, audit: SessionsAudit | null) {
  const sessionRows = ctx.db
    .select({
      session: supportSessions,
      mentorName: mentor.displayName,
      menteeName: mentee.displayName,
      acknowledgedByName: acknowledger.displayName,
    })
    .from(supportSessions)
    .innerJoin(mentee, eq(mentee.id, supportSessions.menteePersonId))
    .leftJoin(mentor, eq(mentor.id, supportSessions.mentorPersonId))
    .leftJoin(acknowledger, eq(acknowledger.id, supportSessions.concernAcknowledgedByPersonId))
    .where(where)
    .orderBy(desc(supportSessions.heldOn), desc(supportSessions.createdAt));
  const followUpRows = ctx.db
    .select({ followUp: followUpActions })
    .from(followUpActions)
    .innerJoin(supportSessions, eq(supportSessions.id, followUpActions.sessionId))
    .where(where)
    .orderBy(asc(followUpActions.dueOn), asc(followUpActions.createdAt));
  let sessions: Awaited<typeof sessionRows>;
  let followUps: Awaited<typeof followUpRows>;
  if (audit) {
    const menteesRead = inArray(
      people.id,
      ctx.db.select({ id: supportSessions.menteePersonId }).from(supportSessions).where(where),
    );
    [, sessions, followUps] = await ctx.db.batch([
      recordPeopleRead(ctx, audit.viewer, { table: people, personId: people.id, where: menteesRead }, audit.access),
      sessionRows,
      followUpRows,
    ]);
  } else {
    [sessions, followUps] = await ctx.db.batch([sessionRows, followUpRows]);
  }
  return toViews(
    ctx,
    sessions,
    followUps.map((row) => row.followUp),
  );
}

type SessionRow = {
  session: typeof supportSessions.$inferSelect;
  mentorName: string | null;
  menteeName: string;
  acknowledgedByName: string | null;
};

async function toViews(
  ctx: Context,
  rows: SessionRow[],
  followUps: (typeof followUpActions.$inferSelect)[],
): Promise<SupportSessionView[]> {
  const today = londonDate(ctx.now());
  const bySession = new Map<string, { menteePersonId: string; menteeName: string }>(
    rows.map((row) => [row.session.id, { menteePersonId: row.session.menteePersonId, menteeName: row.menteeName }]),
  );
  const followUpViews = await Promise.all(
    followUps.map((followUp): Promise<FollowUpView> => {
      const owner = bySession.get(followUp.sessionId)!;
      return followUpView(ctx, followUp, owner, today);
    }),
  );
  return Promise.all(
    rows.map(async ({ session, mentorName, menteeName, acknowledgedByName }) => {
      const open = (stored: string | null, column: string) =>
        openAbout(ctx, session.menteePersonId, stored, "support_sessions", column, session.id);
      return {
        id: session.id,
        matchId: session.matchId,
        heldOn: session.heldOn,
        durationMinutes: session.durationMinutes,
        travelMinutes: session.travelMinutes,
        contactMode: session.contactMode,
        topics: session.topics,
        signposting: session.signposting,
        notes: await open(session.notesCipher, "notes_cipher"),
        hasConcern: session.hasConcern,
        concern: await open(session.concernCipher, "concern_cipher"),
        concernAcknowledgedAt: session.concernAcknowledgedAt,
        concernAcknowledgedByName: session.concernAcknowledgedAt
          ? (acknowledgedByName ?? "A former coordinator")
          : null,
        concernResponse: await open(session.concernResponseCipher, "concern_response_cipher"),
        confirmedByMenteeAt: session.confirmedByMenteeAt,
        mentorName: mentorName,
        menteeName,
        createdAt: session.createdAt,
        followUps: followUpViews.filter((followUp) => followUp.sessionId === session.id),
      };
    }),
  );
}
