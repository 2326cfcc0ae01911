import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let organisationId: string;
beforeAll(async () => {
  t = await testApp();
  organisationId = (await createOrganisation(t.db, { name: "Data Service" })).id;
});
afterAll(() => t.close());

const download = (browser: TestClient) =>
  t.app.request("http://localhost/api/my-data", { headers: browser.cookie ? { cookie: browser.cookie } : {} });

async function memberWithHistory() {
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
  const browser = t.client();
  await browser.signIn(person.email, defaultPassword);
  await browser.gql("mutation { setConsent(purpose: REMINDERS_BY_EMAIL, isGranted: true) { purpose } }");
  const coordinator = await createPerson(t.db, { memberships: [{ organisationId, role: "coordinator" }] });
  const staff = t.client();
  await staff.signIn(coordinator.email, defaultPassword);
  await staff.enrolTotp();
  await staff.gql(`{ organisation(slug: "data-service") { members { person { displayName } } } }`);
  return { person, browser };
}

const countFor = async (table: string, column: string, id: string) =>
  Number(
    (await t.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table} where ${column} = '${id}'`)))[0]?.n,
  );

describe("your data", () => {
  it("downloads everything held about the person, and no secrets", async () => {
    const { person, browser } = await memberWithHistory();
    const response = await download(browser);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="kinship-my-data-\d{4}-\d\d-\d\d\.json"/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const data = (await response.json()) as {
      person: { memberships: unknown[]; sessions: unknown[]; consents: unknown[] };
      viewsOfMyRecord: unknown[];
    };
    expect(data.person).toMatchObject({ id: person.id, email: person.email });
    expect(data.person.memberships).toEqual([
      expect.objectContaining({ role: "member", organisation: { name: "Data Service", town: "Bury" } }),
    ]);
    expect(data.person.sessions).toHaveLength(1);
    expect(data.person.consents).toEqual([expect.objectContaining({ purpose: "reminders_by_email", isGranted: true })]);
    expect(data.viewsOfMyRecord).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain("argon2");
    expect(text).not.toMatch(/secretHash|passwordHash|encryptedSecret|codeHash/);
  });

  it("refuses a download without a session", async () => {
    const response = await download(t.client());
    expect(response.status).toBe(401);
  });

  it("erases the account after checking the password, leaving only audit tombstones", async () => {
    const { person, browser } = await memberWithHistory();
    const erase = "mutation($p: String!) { eraseMyAccount(password: $p) }";
    expect(errorCodes(await browser.gql(erase, { p: "not my password" }))).toEqual(["BAD_CREDENTIALS"]);
    expect(await countFor("people", "id", person.id)).toBe(1);

    const erased = await browser.gql(erase, { p: defaultPassword });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    expect(erased.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    for (const [table, column] of [
      ["people", "id"],
      ["memberships", "person_id"],
      ["sessions", "person_id"],
      ["consents", "person_id"],
    ] as const) {
      expect(await countFor(table, column, person.id), table).toBe(0);
    }
    const tombstones = await t.db.query.accessAudit.findMany({ where: { subjectPersonId: person.id } });
    expect(tombstones.map((r) => r.via).sort()).toEqual(["Account erased", "Organisation.members"]);
    expect(JSON.stringify(tombstones)).not.toContain(person.email);
    expect(errorCodes(await t.client().signIn(person.email, defaultPassword))).toEqual(["BAD_CREDENTIALS"]);
    expect((await download(browser)).status).toBe(401);
    const integrity = await t.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(integrity[0]?.integrity_check).toBe("ok");
    const foreignKeys = await t.db.all(sql`pragma foreign_key_check`);
    expect(foreignKeys).toEqual([]);
  });
});
