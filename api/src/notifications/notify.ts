// Telling people things inside Kinship. Each notice is an INSERT statement the
// caller adds to the same batch as the change it reports, so a safeguarding
// concern and its alert to the coordinators are written together or not at all.
import { newId, schema } from "@kinship/db";
import type { NotificationKind } from "@kinship/db/schema";
import { and, eq, inArray } from "drizzle-orm";
import type { Context } from "../graphql/context";
import { staffRoles } from "../graphql/context";

export interface Notice {
  kind: NotificationKind;
  /** Plain words, with no sensitive detail: the link leads to it behind the usual checks. */
  message: string;
  link: string;
  /** The same key for the same person is stored once, so sweeps can repeat safely. */
  dedupeKey?: string;
}

export function notifyStatement(ctx: Pick<Context, "db" | "now">, personIds: readonly string[], notice: Notice) {
  return ctx.db
    .insert(schema.notifications)
    .values(
      personIds.map((personId) => ({
        id: newId(),
        personId,
        kind: notice.kind,
        message: notice.message,
        link: notice.link,
        dedupeKey: notice.dedupeKey ?? null,
        createdAt: ctx.now(),
      })),
    )
    .onConflictDoNothing();
}

/** The coordinators and admins of an organisation: who is told about concerns and lapses. */
export async function staffOf(ctx: Pick<Context, "db">, organisationId: string) {
  const { memberships } = schema;
  const rows = await ctx.db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...staffRoles])));
  return rows.map((row) => row.personId);
}
