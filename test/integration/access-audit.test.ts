import { schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let organisationId: string;
let otherOrganisationId: string;
const people: Record<string, { id: string; email: string }> = {};
const as: Record<string, TestClient> = {};
const membersQuery = `{ organisation(slug: "audited-service") { members { role person { displayName } } } }`;

type Views = { myRecordViews: { viewerName: string; viewerRole: string; fields: string[]; via: string }[] };
const myViews = (browser: TestClient) =>
  browser.gql<Views>("{ myRecordViews { viewerName viewerRole relationship fields via at organisation { name } } }");

beforeAll(async () => {
  t = await testApp();
  organisationId = (await createOrganisation(t.db, { name: "Audited Service" })).id;
  otherOrganisationId = (await createOrganisation(t.db, { name: "Elsewhere" })).id;
  const roles = {
    coordinator: [{ organisationId, role: "coordinator" as const }],
    admin: [{ organisationId, role: "admin" as const }],
    otherAdmin: [{ organisationId: otherOrganisationId, role: "admin" as const }],
    member: [{ organisationId, role: "member" as const }],
    mentor: [{ organisationId, role: "peer_mentor" as const }],
  };
  for (const [name, memberships] of Object.entries(roles)) {
    people[name] = await createPerson(t.db, { memberships });
    as[name] = t.client();
    await as[name].signIn(people[name].email, defaultPassword);
    if (name.toLowerCase().includes("admin") || name === "coordinator") await as[name].enrolTotp();
  }
});
afterAll(() => t.close());

describe("access audit", () => {
  it("records exactly one row per person each time a coordinator reads the member list", async () => {
    const before = await myViews(as.member!);
    expect(before.data?.myRecordViews).toEqual([]);
    await as.coordinator!.gql(membersQuery);
    await as.coordinator!.gql(membersQuery);
    const views = (await myViews(as.member!)).data?.myRecordViews ?? [];
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({
      viewerRole: "coordinator",
      fields: ["person.displayName", "role"],
      via: "Organisation.members",
    });
    // Each read audits every other member once, and never the reader themself.
    const rows = await t.db.select().from(schema.accessAudit);
    const subjects = rows.map((r) => r.subjectPersonId);
    expect(subjects.filter((id) => id === people.mentor!.id)).toHaveLength(2);
    expect(subjects).not.toContain(people.coordinator!.id);
  });

  it("writes no audit row when the read is refused", async () => {
    const [before] = await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`);
    expect(errorCodes(await as.member!.gql(membersQuery))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.otherAdmin!.gql(membersQuery))).toEqual(["FORBIDDEN"]);
    const [after] = await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`);
    expect(after?.n).toBe(before?.n);
  });

  it("cannot be changed or deleted, even by the application", async () => {
    await expect(t.db.run(sql`update access_audit set viewer_role = 'nobody'`)).rejects.toThrow();
    await expect(t.db.run(sql`delete from access_audit`)).rejects.toThrow();
  });

  it("lets an organisation's admin search its log, and nobody else", async () => {
    const log = `query($org: ID!, $subject: ID) { organisationAccessLog(organisationId: $org, subjectPersonId: $subject) { viewerName fields } }`;
    const found = await as.admin!.gql<{ organisationAccessLog: unknown[] }>(log, {
      org: organisationId,
      subject: people.member!.id,
    });
    expect(found.errors).toBeUndefined();
    expect(found.data?.organisationAccessLog).toHaveLength(2);
    expect(errorCodes(await as.coordinator!.gql(log, { org: organisationId }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.otherAdmin!.gql(log, { org: organisationId }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.member!.gql(log, { org: organisationId }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await t.client().gql(log, { org: organisationId }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("shows people only their own record's views", async () => {
    const mentorViews = (await myViews(as.mentor!)).data?.myRecordViews ?? [];
    const memberViews = (await myViews(as.member!)).data?.myRecordViews ?? [];
    expect(mentorViews.length).toBeGreaterThan(0);
    expect(errorCodes(await t.client().gql("{ myRecordViews { id } }"))).toEqual(["UNAUTHENTICATED"]);
    expect(memberViews.length).toBe(mentorViews.length);
  });
});
