// Nested GraphQL reads must become a bounded number of SQL statements, however
// many rows they return (no N+1): the drizzle plugin plans one query per root field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

const statements: string[] = [];
let t: TestAppHandle;
let coordinator: TestClient;
let slug: string;

beforeAll(async () => {
  t = await testApp({ onStatement: (statement) => statements.push(statement) });
  const organisation = await createOrganisation(t.db, { name: "Big Service" });
  slug = "big-service";
  const staff = await createPerson(t.db, { memberships: [{ organisationId: organisation.id, role: "coordinator" }] });
  for (let i = 0; i < 25; i++)
    await createPerson(t.db, { memberships: [{ organisationId: organisation.id, role: "member" }] });
  coordinator = t.client();
  await coordinator.signIn(staff.email, defaultPassword);
  await coordinator.enrolTotp();
});
afterAll(() => t.close());

describe("query planning", () => {
  it("reads an organisation, its 26 members, their people and organisations in a fixed number of statements", async () => {
    statements.length = 0;
    const result = await coordinator.gql<{ organisation: { members: unknown[] } }>(
      `query($slug: String!) { organisation(slug: $slug) { name members { role person { displayName } organisation { name } } } }`,
      { slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation.members).toHaveLength(26);
    const reads = statements.filter((s) => /^\s*select/i.test(s));
    // Two load the viewer (session, then roles), one the organisation, one its members
    // with their people and organisations; the audit insert rides in the same batch.
    expect(reads).toHaveLength(4);
    expect(statements.filter((s) => /^\s*insert into .access_audit/i.test(s))).toHaveLength(1);
  });
});
