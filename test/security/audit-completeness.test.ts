// Audit completeness: over random sequences of reads by random viewers, every
// read of another person's record that succeeded has exactly one audit row, and
// refused reads have none.

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
const viewers: TestClient[] = [];
let membersInHome = 0;

beforeAll(async () => {
  t = await testApp();
  const home = await createOrganisation(t.db, { name: "Audit Home" });
  const other = await createOrganisation(t.db, { name: "Audit Other" });
  const roles = [
    [home.id, "coordinator", true],
    [home.id, "admin", true],
    [home.id, "coordinator", false],
    [home.id, "member", false],
    [home.id, "peer_mentor", false],
    [other.id, "admin", true],
  ] as const;
  for (const [organisationId, role, withSecondFactor] of roles) {
    const person = await createPerson(t.db, { memberships: [{ organisationId, role }] });
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    if (withSecondFactor) await client.enrolTotp();
    viewers.push(client);
  }
  viewers.push(t.client());
  membersInHome = roles.filter(([organisationId]) => organisationId === home.id).length;
});
afterAll(() => t.close());

const reads = [
  '{ organisation(slug: "audit-home") { members { role } } }',
  '{ organisation(slug: "audit-home") { members { person { displayName } } } }',
  '{ organisation(slug: "audit-home") { name } }',
  '{ organisation(slug: "audit-other") { members { role } } }',
  "{ me { id } myRecordViews { id } }",
  "{ organisations { name members { role } } }",
];

const auditRows = async () =>
  Number((await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`))[0]?.n);

describe("audit completeness", () => {
  it("writes one audit row per person per successful read, none for refused reads", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ viewer: fc.nat(viewers.length - 1), read: fc.nat(reads.length - 1) }), { maxLength: 12 }),
        async (operations) => {
          for (const { viewer, read } of operations) {
            const before = await auditRows();
            const result = await viewers[viewer]!.gql<{
              organisation?: { members?: unknown[] | null } | null;
              organisations?: { members: unknown[] | null }[];
            }>(reads[read]!);
            const listsRead = [
              result.data?.organisation?.members,
              ...(result.data?.organisations ?? []).map((o) => o.members),
            ].filter((members): members is unknown[] => Array.isArray(members));
            // Every member but the reader themself is one record read.
            const expected = listsRead.reduce((sum, members) => sum + members.length - 1, 0);
            expect(await auditRows()).toBe(before + expected);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(membersInHome).toBeGreaterThan(1);
  });
});
