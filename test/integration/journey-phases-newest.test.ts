// The coordinators' list of members and the phase in force: the newest record per
// member is picked by the database with an index seek per member, and it is the
// same record a person's own phase page calls current.
import { membersWithPhaseQuery } from "@kinship/api/journey/phases/read-organisation-phases";
import { newId, schema } from "@kinship/db";
import type { TreatmentPhase } from "@kinship/db/schema";
import type { InValue } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { createOrganisation, createPerson } from "../support/factories";

let db: Awaited<ReturnType<typeof freshDatabase>>["db"];
let close: () => void | Promise<void>;
let homeId: string;
const ids: Record<string, string> = {};

const phaseRecord = (
  personId: string,
  organisationId: string,
  phase: TreatmentPhase,
  recordedAt: string,
  id = newId(),
) =>
  db.insert(schema.treatmentPhaseRecords).values({
    id,
    personId,
    organisationId,
    phase,
    reviewOn: recordedAt.slice(0, 10),
    recordedAt: new Date(recordedAt),
  });

beforeAll(async () => {
  ({ db, close } = await freshDatabase());
  homeId = (await createOrganisation(db)).id;
  const otherId = (await createOrganisation(db)).id;
  for (const name of ["changed", "tied", "never", "elsewhere"]) {
    ids[name] = (await createPerson(db, { memberships: [{ organisationId: homeId, role: "member" }] })).id;
  }
  await phaseRecord(ids.changed!, homeId, "stabilisation", "2026-01-10T10:00:00Z");
  await phaseRecord(ids.changed!, homeId, "maintenance", "2026-03-10T10:00:00Z");
  await phaseRecord(ids.changed!, homeId, "ready_for_recovery", "2026-02-10T10:00:00Z");
  // Two records in the same millisecond: the larger id wins, as on the person's own page.
  await phaseRecord(ids.tied!, homeId, "stabilisation", "2026-04-01T10:00:00Z", "00000000-0000-4000-8000-000000000001");
  await phaseRecord(ids.tied!, homeId, "maintenance", "2026-04-01T10:00:00Z", "ffffffff-0000-4000-8000-000000000001");
  // A newer record at another organisation is not this organisation's phase.
  await phaseRecord(ids.elsewhere!, homeId, "stabilisation", "2026-01-01T10:00:00Z");
  await phaseRecord(ids.elsewhere!, otherId, "maintenance", "2026-05-01T10:00:00Z");
});
afterAll(() => close());

describe("membersWithPhaseQuery", () => {
  it("gives each member once, with the newest record at this organisation or none", async () => {
    const rows = await membersWithPhaseQuery(db, homeId);
    const phaseOf = Object.fromEntries(rows.map((row) => [row.personId, row.phase]));
    expect(rows).toHaveLength(4);
    expect(phaseOf).toEqual({
      [ids.changed!]: "maintenance",
      [ids.tied!]: "maintenance",
      [ids.never!]: null,
      [ids.elsewhere!]: "stabilisation",
    });
  });

  it("seeks each member's newest record in the person index instead of reading every record", async () => {
    const { sql: text, params } = membersWithPhaseQuery(db, homeId).toSQL();
    const plan = await db.$client.execute({ sql: `explain query plan ${text}`, args: params as InValue[] });
    const details = plan.rows.map((step) => String(step.detail));
    expect(
      details.some((d) => /SEARCH candidate USING (COVERING )?INDEX treatment_phase_records_person_idx/.test(d)),
    ).toBe(true);
    expect(details.some((d) => /^SCAN (candidate|treatment_phase_records)\b/.test(d))).toBe(false);
  });
});
