// The planned-contacts part of a person's data download: every contact planned in
// a match where they were supported or were the mentor, cancelled ones included.
import { type Database, schema } from "@kinship/db";
import { asc, eq, inArray, or } from "drizzle-orm";

export async function exportPlannedContacts(db: Database, personId: string) {
  const { mentoringMatches: m, plannedContacts: p } = schema;
  const theirMatches = db
    .select({ id: m.id })
    .from(m)
    .where(or(eq(m.menteePersonId, personId), eq(m.mentorPersonId, personId)));
  return db
    .select({
      matchId: p.matchId,
      kind: p.kind,
      contactMode: p.contactMode,
      startsAt: p.startsAt,
      cancelledAt: p.cancelledAt,
      plannedAt: p.createdAt,
    })
    .from(p)
    .where(or(inArray(p.matchId, theirMatches), eq(p.menteePersonId, personId)))
    .orderBy(asc(p.startsAt));
}
