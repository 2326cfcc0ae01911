// The retention part of a person's data download: which of their closed
// requests for a mentor have had their detail cleared, and when.
import { type Database, schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";

export function exportRetention(db: Database, personId: string) {
  const { retentionClearedCases: cleared, mentorRequests, organisations } = schema;
  return db
    .select({ organisation: organisations.name, requestMadeAt: mentorRequests.createdAt, clearedAt: cleared.clearedAt })
    .from(cleared)
    .innerJoin(mentorRequests, eq(mentorRequests.id, cleared.requestId))
    .innerJoin(organisations, eq(organisations.id, cleared.organisationId))
    .where(eq(mentorRequests.personId, personId))
    .orderBy(asc(cleared.clearedAt));
}
