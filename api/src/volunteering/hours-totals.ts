// An organisation's volunteering in numbers, for its coordinators: verified
// (approved) minutes per person, per activity and per month, and overall, within
// dates. Each total is one grouped SQL statement; all of them and the audit of
// the people named run in one batch. Erased people's hours still count, under
// one nameless row.
import { schema } from "@kinship/db";
import { and, asc, count, desc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import { recordPeopleRead } from "../audit/access-record";
import type { Context, Viewer } from "../graphql/context";
import { checkDateRange } from "./local-dates";

const { people, volunteeringHours: hours } = schema;
const minutesWhen = (status: "approved" | "pending") =>
  sql<number>`coalesce(sum(case when ${hours.status} = ${status} then ${hours.minutes} end), 0)`.mapWith(Number);
const totalMinutes = sql<number>`coalesce(sum(${hours.minutes}), 0)`.mapWith(Number);
const month = sql<string>`substr(${hours.workedOn}, 1, 7)`;

export async function hoursTotals(
  ctx: Context,
  viewer: Viewer,
  filter: { organisationId: string; from: string | null; to: string | null },
) {
  const { from, to } = checkDateRange(filter.from, filter.to);
  const inRange = and(
    eq(hours.organisationId, filter.organisationId),
    from ? gte(hours.workedOn, from) : undefined,
    to ? lte(hours.workedOn, to) : undefined,
  );
  const approved = and(inRange, eq(hours.status, "approved"));
  const namedPeople = ctx.db.select({ personId: hours.personId }).from(hours).where(approved);
  const [, overall, byPerson, byActivity, byMonth] = await ctx.db.batch([
    recordPeopleRead(
      ctx,
      viewer,
      {
        table: people,
        personId: people.id,
        where: and(inArray(people.id, namedPeople), ne(people.id, viewer.personId)),
      },
      {
        organisationId: filter.organisationId,
        relationship: "staff of the organisation the hours were given to",
        fields: ["displayName", "volunteeringHoursTotal"],
        via: "Query.hoursTotals",
      },
    ),
    ctx.db
      .select({ approvedMinutes: minutesWhen("approved"), pendingMinutes: minutesWhen("pending") })
      .from(hours)
      .where(inRange),
    ctx.db
      .select({ personName: people.displayName, approvedMinutes: totalMinutes, entryCount: count() })
      .from(hours)
      .leftJoin(people, eq(people.id, hours.personId))
      .where(approved)
      .groupBy(hours.personId)
      .orderBy(desc(totalMinutes), asc(people.displayName)),
    ctx.db
      .select({ activity: hours.activity, approvedMinutes: totalMinutes })
      .from(hours)
      .where(approved)
      .groupBy(hours.activity)
      .orderBy(desc(totalMinutes), asc(hours.activity)),
    ctx.db
      .select({ month, approvedMinutes: totalMinutes })
      .from(hours)
      .where(approved)
      .groupBy(month)
      .orderBy(asc(month)),
  ]);
  return {
    from,
    to,
    approvedMinutes: overall[0]?.approvedMinutes ?? 0,
    pendingMinutes: overall[0]?.pendingMinutes ?? 0,
    byPerson,
    byActivity,
    byMonth,
  };
}
export type HoursTotals = Awaited<ReturnType<typeof hoursTotals>>;
