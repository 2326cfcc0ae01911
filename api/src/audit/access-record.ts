// Writing audit rows. Each read of other people's records is paired with an
// INSERT … SELECT over the same rows, run in one batch (one transaction on
// libSQL and on D1), so a read without its audit row cannot happen.
import { schema } from "@kinship/db";
import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Context, Viewer } from "../graphql/context";

export interface AccessDescription {
  organisationId: string | null;
  relationship: string;
  fields: string[];
  via: string;
}

/** An INSERT recording that `viewer` read the person of every membership `membershipsWhere` selects. */
export function recordMembersRead(
  ctx: Context,
  viewer: Viewer,
  membershipsWhere: SQL | undefined,
  access: AccessDescription,
) {
  const { memberships } = schema;
  return recordPeopleRead(
    ctx,
    viewer,
    { table: memberships, personId: memberships.personId, where: membershipsWhere },
    access,
  );
}

/**
 * An INSERT recording that `viewer` read the person of every row `where` selects
 * from `table`: the same rows the paired read returns, counted in the same batch.
 */
export function recordPeopleRead(
  ctx: Context,
  viewer: Viewer,
  rows: { table: SQLiteTable; personId: SQLiteColumn; where: SQL | undefined },
  access: AccessDescription,
) {
  const role = access.organisationId ? (viewer.roles.get(access.organisationId) ?? "none") : "none";
  return ctx.db.insert(schema.accessAudit).select(
    ctx.db
      .select({
        at: sql<number>`${ctx.now().getTime()}`.as("at"),
        viewerPersonId: sql<string>`${viewer.personId}`.as("viewer_person_id"),
        subjectPersonId: sql<string>`${rows.personId}`.as("subject_person_id"),
        organisationId: sql<string | null>`${access.organisationId}`.as("organisation_id"),
        viewerRole: sql<string>`${role}`.as("viewer_role"),
        relationship: sql<string>`${access.relationship}`.as("relationship"),
        fields: sql<string>`${access.fields.join(",")}`.as("fields"),
        via: sql<string>`${access.via}`.as("via"),
      })
      .from(rows.table)
      .where(rows.where),
  );
}
