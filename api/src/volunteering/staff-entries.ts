// Reading an organisation's hours entries as staff: each entry with the name of
// the person who logged it, and the audit rows for that read, built to go in
// the same batch. The coordinator's own entries are listed but not audited.
import { schema } from "@kinship/db";
import { and, desc, eq, inArray, ne, type SQL } from "drizzle-orm";
import { recordPeopleRead } from "../audit/access-record";
import type { Context, Viewer } from "../graphql/context";

export type StaffEntry = typeof schema.volunteeringHours.$inferSelect & { personName: string | null };

const { people, volunteeringHours } = schema;
const newestFirst = [desc(volunteeringHours.workedOn), desc(volunteeringHours.createdAt), desc(volunteeringHours.id)];

export function selectStaffEntries(ctx: Context, where: SQL | undefined, limit: number) {
  return ctx.db
    .select({ entry: volunteeringHours, personName: people.displayName })
    .from(volunteeringHours)
    .leftJoin(people, eq(people.id, volunteeringHours.personId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit);
}

export const toStaffEntries = (rows: { entry: typeof volunteeringHours.$inferSelect; personName: string | null }[]) =>
  rows.map(({ entry, personName }): StaffEntry => ({ ...entry, personName }));

/** One audit row per person whose entries `where` (within `limit`, newest first) selects in `organisationId`. */
export function auditStaffEntriesRead(
  ctx: Context,
  viewer: Viewer,
  { organisationId, where, limit, via }: { organisationId: string; where: SQL | undefined; limit: number; via: string },
) {
  const listed = ctx.db
    .select({ personId: volunteeringHours.personId })
    .from(volunteeringHours)
    .where(and(where, eq(volunteeringHours.organisationId, organisationId)))
    .orderBy(...newestFirst)
    .limit(limit);
  return recordPeopleRead(
    ctx,
    viewer,
    { table: people, personId: people.id, where: and(inArray(people.id, listed), ne(people.id, viewer.personId)) },
    {
      organisationId,
      relationship: "staff of the organisation the hours were given to",
      fields: ["displayName", "volunteeringHours"],
      via,
    },
  );
}
