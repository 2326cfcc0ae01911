// Loading requests for a mentor as the person, their organisation's staff
// (audited), or a mentor deciding whether to take them on (audited, and seeing
// only what they need to decide: needs, how and when to meet, languages, area).
import { schema } from "@kinship/db";
import { and, eq, ne, type SQL } from "drizzle-orm";
import { type AccessDescription, recordPeopleRead } from "../../audit/access-record";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import type { RequestRow } from "../load-candidates";

export type RequestAccess = "self" | "staff" | "mentor";
export interface RequestView {
  request: RequestRow;
  displayName: string;
  access: RequestAccess;
}

export async function loadRequestViews(
  ctx: Context,
  where: SQL | undefined,
  access: Exclude<RequestAccess, "mentor">,
  audit?: AccessDescription,
): Promise<RequestView[]> {
  const { mentorRequests, people } = schema;
  const read = ctx.db
    .select({ request: mentorRequests, displayName: people.displayName })
    .from(mentorRequests)
    .innerJoin(people, eq(people.id, mentorRequests.personId))
    .where(where)
    .orderBy(mentorRequests.createdAt, mentorRequests.id);
  let rows: Awaited<typeof read>;
  if (audit) {
    const viewer = requireViewer(ctx);
    const others = and(where, ne(mentorRequests.personId, viewer.personId));
    [, rows] = await ctx.db.batch([
      recordPeopleRead(ctx, viewer, { table: mentorRequests, personId: mentorRequests.personId, where: others }, audit),
      read,
    ]);
  } else {
    rows = await read;
  }
  return rows.map((row) => ({ ...row, access }));
}

export const staffRequestAccess = (organisationId: string, via: string): AccessDescription => ({
  organisationId,
  relationship: "staff of the person's organisation",
  fields: ["mentorRequest"],
  via,
});
