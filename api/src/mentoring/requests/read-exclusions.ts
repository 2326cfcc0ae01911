// Who the person behind a request must never be matched with, for the
// coordinators deciding their match: people they blocked, people who blocked
// them, and people recorded as knowing them. Only the organisation's own members
// are shown, so nothing is said about anyone elsewhere. Every person named is
// audited in the same batch as the read.
import { schema } from "@kinship/db";
import type { ExclusionReason } from "@kinship/db/schema";
import { and, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import { type AccessDescription, recordPeopleRead } from "../../audit/access-record";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";

export interface ExclusionView {
  id: string;
  otherPersonId: string;
  otherPersonName: string;
  reason: ExclusionReason;
  recordedAt: Date;
}

export interface RequestExclusions {
  requestId: string;
  personId: string;
  displayName: string;
  exclusions: ExclusionView[];
}

/** The organisation a request belongs to, for the staff scope; NOT_FOUND when it is gone. */
export async function requestOrganisation(ctx: Pick<Context, "db">, requestId: string) {
  const [request] = await ctx.db
    .select({ organisationId: schema.mentorRequests.organisationId })
    .from(schema.mentorRequests)
    .where(eq(schema.mentorRequests.id, requestId));
  if (!request) throw new AppError("NOT_FOUND", "That request for a mentor no longer exists.");
  return request.organisationId;
}

export async function readRequestExclusions(
  ctx: Context,
  viewer: Viewer,
  requestId: string,
  via: string,
): Promise<RequestExclusions> {
  const { mentorRequests, mentoringExclusions: x, memberships, people } = schema;
  const [request] = await ctx.db
    .select({ personId: mentorRequests.personId, organisationId: mentorRequests.organisationId })
    .from(mentorRequests)
    .where(eq(mentorRequests.id, requestId));
  if (!request) throw new AppError("NOT_FOUND", "That request for a mentor no longer exists.");
  const { personId, organisationId } = request;
  const members = ctx.db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId));
  const theirs = and(eq(x.personId, personId), inArray(x.excludedPersonId, members));
  const towardThem = and(eq(x.excludedPersonId, personId), inArray(x.personId, members));
  const other: SQL<string> = sql`case when ${x.personId} = ${personId} then ${x.excludedPersonId} else ${x.personId} end`;
  const access: AccessDescription = {
    organisationId,
    relationship: "staff of the person's organisation",
    fields: ["mentoringExclusions"],
    via,
  };
  const [, , , [person], rows] = await ctx.db.batch([
    recordPeopleRead(
      ctx,
      viewer,
      {
        table: mentorRequests,
        personId: mentorRequests.personId,
        where: and(eq(mentorRequests.id, requestId), ne(mentorRequests.personId, viewer.personId)),
      },
      access,
    ),
    recordPeopleRead(
      ctx,
      viewer,
      { table: x, personId: x.excludedPersonId, where: and(theirs, ne(x.excludedPersonId, viewer.personId)) },
      access,
    ),
    recordPeopleRead(
      ctx,
      viewer,
      { table: x, personId: x.personId, where: and(towardThem, ne(x.personId, viewer.personId)) },
      access,
    ),
    ctx.db.select({ displayName: people.displayName }).from(people).where(eq(people.id, personId)),
    ctx.db
      .select({
        id: x.id,
        otherPersonId: other,
        otherPersonName: people.displayName,
        reason: x.reason,
        recordedAt: x.createdAt,
      })
      .from(x)
      .innerJoin(people, eq(people.id, other))
      .where(or(theirs, towardThem))
      .orderBy(people.displayName, x.createdAt),
  ]);
  return { requestId, personId, displayName: person?.displayName ?? "", exclusions: rows };
}
