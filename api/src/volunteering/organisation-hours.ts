// An organisation's hours entries for its coordinators, newest first: the queue
// to check (status PENDING) or the record (APPROVED, DECLINED), within dates.
// Reading them reads people's records, so each person listed is audited.
import { schema } from "@kinship/db";
import type { HoursStatus } from "@kinship/db/schema";
import { and, eq, gte, lte } from "drizzle-orm";
import type { Context, Viewer } from "../graphql/context";
import { checkDateRange } from "./local-dates";
import { auditStaffEntriesRead, selectStaffEntries, toStaffEntries } from "./staff-entries";

/** The most one read returns; the queue is worked through from the newest. */
export const mostListed = 500;

export async function organisationHours(
  ctx: Context,
  viewer: Viewer,
  filter: { organisationId: string; status: HoursStatus | null; from: string | null; to: string | null },
) {
  const { from, to } = checkDateRange(filter.from, filter.to);
  const { volunteeringHours } = schema;
  const where = and(
    eq(volunteeringHours.organisationId, filter.organisationId),
    filter.status ? eq(volunteeringHours.status, filter.status) : undefined,
    from ? gte(volunteeringHours.workedOn, from) : undefined,
    to ? lte(volunteeringHours.workedOn, to) : undefined,
  );
  const [, rows] = await ctx.db.batch([
    auditStaffEntriesRead(ctx, viewer, {
      organisationId: filter.organisationId,
      where,
      limit: mostListed,
      via: "Query.organisationHours",
    }),
    selectStaffEntries(ctx, where, mostListed),
  ]);
  return toStaffEntries(rows);
}
