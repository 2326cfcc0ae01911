// The treatment-phase part of a person's data download: every phase recorded
// for them, at which organisation, with its review date.
import type { Database } from "@kinship/db";
import { schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";

export async function exportTreatmentPhases(db: Database, personId: string) {
  const { treatmentPhaseRecords: records, organisations } = schema;
  return db
    .select({
      organisation: organisations.name,
      phase: records.phase,
      reviewOn: records.reviewOn,
      recordedAt: records.recordedAt,
    })
    .from(records)
    .innerJoin(organisations, eq(organisations.id, records.organisationId))
    .where(eq(records.personId, personId))
    .orderBy(asc(records.recordedAt));
}
