import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
const as: Record<string, TestClient> = {};
const emails: Record<string, string> = {};

const membersOf = (browser: TestClient, slug: string) =>
  browser.gql<{ organisation: { name: string; members: { role: string; person: { displayName: string } }[] | null } }>(
    "query($slug: String!) { organisation(slug: $slug) { name members { role person { displayName } } } }",
    { slug },
  );
const slugOf = (o: { name: string }) => o.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

beforeAll(async () => {
  t = await testApp();
  orgA = await createOrganisation(t.db, { name: "Service A" });
  orgB = await createOrganisation(t.db, { name: "Community B" });
  const people = {
    coordinatorA: await createPerson(t.db, { memberships: [{ organisationId: orgA.id, role: "coordinator" }] }),
    adminB: await createPerson(t.db, { memberships: [{ organisationId: orgB.id, role: "admin" }] }),
    memberA: await createPerson(t.db, { memberships: [{ organisationId: orgA.id, role: "member" }] }),
    mentorA: await createPerson(t.db, { memberships: [{ organisationId: orgA.id, role: "peer_mentor" }] }),
  };
  for (const [name, person] of Object.entries(people)) {
    emails[name] = person.email;
    as[name] = t.client();
    await as[name].signIn(person.email, defaultPassword);
    // Staff reach personal data only after proving a second factor (tested in second-factor.test.ts).
    if (name === "coordinatorA" || name === "adminB") await as[name].enrolTotp();
  }
  as.anonymous = t.client();
});
afterAll(() => t.close());

describe("organisation privacy", () => {
  it("anyone sees an organisation's public details", async () => {
    const result = await as.anonymous!.gql<{ organisations: { name: string }[] }>(
      "{ organisations { name kind town } }",
    );
    expect(result.data?.organisations.map((o) => o.name)).toEqual(["Community B", "Service A"]);
  });

  it("a coordinator sees their own organisation's members", async () => {
    const result = await membersOf(as.coordinatorA!, slugOf(orgA));
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation.members?.map((m) => m.role).sort()).toEqual([
      "COORDINATOR",
      "MEMBER",
      "PEER_MENTOR",
    ]);
  });

  it("staff of organisation B are refused organisation A's members", async () => {
    const result = await membersOf(as.adminB!, slugOf(orgA));
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data?.organisation.members).toBeNull();
  });

  it("members and mentors are refused their own organisation's member list; anonymous visitors are asked to sign in", async () => {
    expect(errorCodes(await membersOf(as.memberA!, slugOf(orgA)))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await membersOf(as.mentorA!, slugOf(orgA)))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await membersOf(as.anonymous!, slugOf(orgA)))).toEqual(["UNAUTHENTICATED"]);
  });

  it("even a coordinator cannot read another member's email, mobile or memberships", async () => {
    const result = await as.coordinatorA!.gql(
      "query($slug: String!) { organisation(slug: $slug) { members { person { displayName email mobile memberships { role } } } } }",
      { slug: slugOf(orgA) },
    );
    const codes = errorCodes(result);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(["FORBIDDEN"]));
    const data = JSON.stringify(result.data);
    expect(data).not.toContain(emails.memberA);
    expect(data).not.toContain(emails.mentorA);
  });
});
