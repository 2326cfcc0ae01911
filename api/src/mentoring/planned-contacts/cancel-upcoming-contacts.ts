// Calling off planned contacts that have not happened yet, with their reminders
// that have not gone: two UPDATEs for the batch of whatever causes it (a new plan
// replacing the old, the mentor cancelling, the match being paused or ended).
// Contacts already in the past are left alone: they happened or were missed, and
// calling them "cancelled" afterwards would rewrite the history.
import { schema } from "@kinship/db";
import { and, eq, gt, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Context } from "../../graphql/context";

export function cancelUpcomingContactsStatements(
  ctx: Pick<Context, "db">,
  { which, now, onlyIf }: { which: SQL; now: Date; onlyIf?: SQL },
) {
  const { plannedContacts, reminderMessages } = schema;
  const upcoming = and(which, isNull(plannedContacts.cancelledAt), gt(plannedContacts.startsAt, now), onlyIf);
  // The reminders first: once the rows are cancelled, `upcoming` no longer finds them.
  // The keys are the ones `reminderKey` writes.
  const keys = sql`(
    select 'planned-contact:' || ${plannedContacts.id} || ':day-before' from ${plannedContacts} where ${upcoming}
    union all
    select 'planned-contact:' || ${plannedContacts.id} || ':on-the-day' from ${plannedContacts} where ${upcoming})`;
  return [
    ctx.db
      .update(reminderMessages)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(reminderMessages.status, "pending"), sql`${reminderMessages.dedupeKey} in ${keys}`)),
    ctx.db.update(plannedContacts).set({ cancelledAt: now }).where(upcoming),
  ] as const;
}

/** Every upcoming contact in the matches a person is in, either side: for erasing their account. */
export function cancelPeoplesContactsStatements(ctx: Pick<Context, "db">, personId: string, now: Date) {
  const { plannedContacts, mentoringMatches: m } = schema;
  const theirMatches = ctx.db
    .select({ id: m.id })
    .from(m)
    .where(or(eq(m.menteePersonId, personId), eq(m.mentorPersonId, personId)));
  return cancelUpcomingContactsStatements(ctx, { which: inArray(plannedContacts.matchId, theirMatches), now });
}
