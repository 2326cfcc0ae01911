// The support-session part of a person's data download. As the mentee: every
// session about them with its notes, concern, response and follow-ups decrypted.
// As a mentor: what they did (when, how long, how, which topics), but not the
// free text about the person they supported: that is the other person's health
// record (UK GDPR article 15(4)), and a mentor's access to it ends with the match.
import { schema } from "@kinship/db";
import { asc, eq, inArray } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";

type ExportContext = Pick<Context, "db" | "cipher" | "now">;

export async function exportSupportSessions(ctx: ExportContext, personId: string) {
  const { supportSessions, followUpActions, people } = schema;
  const [aboutMe, loggedByMe] = await Promise.all([
    ctx.db
      .select({ session: supportSessions, mentorName: people.displayName })
      .from(supportSessions)
      .leftJoin(people, eq(people.id, supportSessions.mentorPersonId))
      .where(eq(supportSessions.menteePersonId, personId))
      .orderBy(asc(supportSessions.heldOn)),
    ctx.db
      .select()
      .from(supportSessions)
      .where(eq(supportSessions.mentorPersonId, personId))
      .orderBy(asc(supportSessions.heldOn)),
  ]);
  const sessionIds = [...aboutMe.map((row) => row.session.id), ...loggedByMe.map((session) => session.id)];
  const followUps = sessionIds.length
    ? await ctx.db
        .select()
        .from(followUpActions)
        .where(inArray(followUpActions.sessionId, sessionIds))
        .orderBy(asc(followUpActions.dueOn))
    : [];
  const mine = personCipher(ctx, personId);
  const open = (stored: string | null, table: string, column: string, rowId: string) =>
    stored === null ? null : mine.decrypt(stored, { table, column, rowId });
  const sessionText = (stored: string | null, column: string, rowId: string) =>
    open(stored, "support_sessions", column, rowId);
  const doing = (session: typeof supportSessions.$inferSelect) => ({
    heldOn: session.heldOn,
    durationMinutes: session.durationMinutes,
    travelMinutes: session.travelMinutes,
    contactMode: session.contactMode,
    topics: session.topics,
    signposting: session.signposting,
    hasConcern: session.hasConcern,
    concernAcknowledgedAt: session.concernAcknowledgedAt,
    confirmedByMenteeAt: session.confirmedByMenteeAt,
  });

  return {
    sessionsAboutMe: await Promise.all(
      aboutMe.map(async ({ session, mentorName }) => ({
        ...doing(session),
        mentorName,
        notes: await sessionText(session.notesCipher, "notes_cipher", session.id),
        concern: await sessionText(session.concernCipher, "concern_cipher", session.id),
        concernResponse: await sessionText(session.concernResponseCipher, "concern_response_cipher", session.id),
        followUps: await Promise.all(
          followUps
            .filter((followUp) => followUp.sessionId === session.id)
            .map(async (followUp) => ({
              description: await open(
                followUp.descriptionCipher,
                "follow_up_actions",
                "description_cipher",
                followUp.id,
              ),
              dueOn: followUp.dueOn,
              doneAt: followUp.doneAt,
            })),
        ),
      })),
    ),
    sessionsILoggedAsMentor: loggedByMe.map((session) => ({
      ...doing(session),
      followUps: followUps
        .filter((followUp) => followUp.sessionId === session.id)
        .map((followUp) => ({ dueOn: followUp.dueOn, doneAt: followUp.doneAt })),
    })),
  };
}
