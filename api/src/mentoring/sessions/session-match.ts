// The match a sessions page is about: who is in it, how the viewer relates to
// it, and whether sessions can be logged now. A mentor's or coordinator's read
// names the mentee, so it is audited with the read.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { recordPeopleRead } from "../../audit/access-record";
import { addDays, londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { auditRelationship, liveStatuses, type MatchRecord, type MatchRelation } from "./match-access";

export interface SessionMatchView {
  match: MatchRecord;
  relation: MatchRelation;
  mentorName: string;
  menteeName: string;
  canLogSessions: boolean;
  earliestSessionOn: string;
}

/** The earliest day a session in the match may be logged for: the day before the match was made. */
export const earliestSessionOn = (match: MatchRecord) => addDays(londonDate(match.createdAt), -1);

export async function readSessionMatch(
  ctx: Context,
  viewer: Viewer,
  match: MatchRecord,
  relation: MatchRelation,
  fields: string[],
): Promise<SessionMatchView> {
  const { mentoringMatches } = schema;
  const mentor = alias(schema.people, "mentor");
  const mentee = alias(schema.people, "mentee");
  const thisMatch = eq(mentoringMatches.id, match.id);
  const names = ctx.db
    .select({ mentorName: mentor.displayName, menteeName: mentee.displayName })
    .from(mentoringMatches)
    .leftJoin(mentor, eq(mentor.id, mentoringMatches.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, mentoringMatches.menteePersonId))
    .where(thisMatch);
  const [row] =
    relation === "mentee"
      ? await names
      : (
          await ctx.db.batch([
            recordPeopleRead(
              ctx,
              viewer,
              { table: mentoringMatches, personId: mentoringMatches.menteePersonId, where: thisMatch },
              {
                organisationId: match.organisationId,
                relationship: auditRelationship[relation],
                fields,
                via: "Query.sessionMatch",
              },
            ),
            names,
          ])
        )[1];
  return {
    match,
    relation,
    mentorName: row?.mentorName ?? "A former mentor",
    menteeName: row?.menteeName ?? "The person",
    canLogSessions: relation === "mentor" && liveStatuses.includes(match.status),
    earliestSessionOn: earliestSessionOn(match),
  };
}
