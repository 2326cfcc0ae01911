// The consents in force for a person: the newest record per purpose. Anything
// never asked about counts as not given.
import type { Database } from "@kinship/db";
import { type ConsentPurpose, consentPurposes } from "@kinship/db/schema";

export interface ConsentRecord {
  purpose: ConsentPurpose;
  isGranted: boolean;
  wordingVersion: number | null;
  recordedAt: Date | null;
}

export async function currentConsents(db: Database, personId: string): Promise<ConsentRecord[]> {
  const rows = await db.query.consents.findMany({ where: { personId }, orderBy: { id: "desc" } });
  return consentPurposes.map((purpose) => {
    const newest = rows.find((row) => row.purpose === purpose);
    return {
      purpose,
      isGranted: newest?.isGranted ?? false,
      wordingVersion: newest?.wordingVersion ?? null,
      recordedAt: newest?.recordedAt ?? null,
    };
  });
}

/** Checked at the moment of every read it governs, so a withdrawal takes effect at once. */
export async function hasConsent(db: Database, personId: string, purpose: ConsentPurpose) {
  const newest = await db.query.consents.findFirst({
    columns: { isGranted: true },
    where: { personId, purpose },
    orderBy: { id: "desc" },
  });
  return newest?.isGranted ?? false;
}
