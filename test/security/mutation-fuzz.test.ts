// Property-based fuzzing of every mutation with arbitrary variables: whatever is
// sent, the answer is a typed error or a success, never a 5xx, a stack trace, a
// file path or SQL, and the database stays consistent. The seed is printed so a
// failure can be replayed with FUZZ_SEED=<seed>.

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

const runs = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const leaks = /\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|\bselect\b.+\bfrom\b|\binsert into\b/i;

const mutations: { document: string; variables: Record<string, "input" | "string" | "id" | "boolean" | "purpose"> }[] =
  [
    { document: "mutation($input: SignUpInput!) { signUp(input: $input) { id } }", variables: { input: "input" } },
    { document: "mutation($input: SignInInput!) { signIn(input: $input) { id } }", variables: { input: "input" } },
    {
      document: "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }",
      variables: { input: "input" },
    },
    { document: "mutation($id: ID!) { endSession(id: $id) }", variables: { id: "id" } },
    {
      document: "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }",
      variables: { p: "purpose", g: "boolean" },
    },
    { document: "mutation($c: String!) { verifySecondFactor(code: $c) }", variables: { c: "string" } },
    { document: "mutation($c: String!) { confirmTotpEnrolment(code: $c) }", variables: { c: "string" } },
    { document: "mutation { startTotpEnrolment { secret } }", variables: {} },
    {
      document: "mutation($o: ID!, $p: ID!) { resetSecondFactor(organisationId: $o, personId: $p) }",
      variables: { o: "id", p: "id" },
    },
    { document: "mutation($p: String!) { eraseMyAccount(password: $p) }", variables: { p: "string" } },
  ];

const inputFields = ["displayName", "email", "mobile", "password", "identifier", "currentPassword", "newPassword"];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("", " ", "07700 900123", "+447700900999", "a@b.co", "'; drop table people; --", "\u0000", "%00"),
  fc.string({ minLength: 200, maxLength: 5000 }),
);
const anything: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), text, { maxKeys: 3 }),
);
const byKind = {
  input: fc.oneof(fc.dictionary(fc.constantFrom(...inputFields), fc.oneof(text, anything), { maxKeys: 5 }), anything),
  string: fc.oneof(text, anything),
  id: fc.oneof(text, fc.uuid(), anything),
  boolean: fc.oneof(fc.boolean(), anything),
  purpose: fc.oneof(fc.constantFrom("REMINDERS_BY_SMS", "SHARE_JOURNEY_WITH_MENTOR"), text, anything),
};
const call = fc.constantFrom(...mutations).chain((mutation) =>
  fc
    .record(Object.fromEntries(Object.entries(mutation.variables).map(([name, kind]) => [name, byKind[kind]])), {
      requiredKeys: [],
    })
    .map((variables) => ({ document: mutation.document, variables })),
);

let t: TestAppHandle;
let signedIn: TestClient;
beforeAll(async () => {
  t = await testApp();
  const person = await createPerson(t.db);
  signedIn = t.client();
  await signedIn.signIn(person.email, defaultPassword);
});
afterAll(() => t.close());

describe("mutation fuzzing", () => {
  it(`${runs} arbitrary mutation calls: typed errors only, nothing leaked, database consistent`, async () => {
    console.info(`mutation fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
    const anonymous = t.client();
    await fc.assert(
      fc.asyncProperty(call, fc.boolean(), async ({ document, variables }, asSignedIn) => {
        const response = await (asSignedIn ? signedIn : anonymous).raw({ query: document, variables });
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(body).not.toMatch(leaks);
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of parsed.errors ?? []) expect(error.extensions?.code).toBeTruthy();
      }),
      { numRuns: runs, seed },
    );
    const [integrity] = await t.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(integrity?.integrity_check).toBe("ok");
    expect(await t.db.all(sql`pragma foreign_key_check`)).toEqual([]);
    // A person row is never stored without what it needs to sign in.
    const [incomplete] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from people where password_hash = '' or (email is null and mobile is null)`,
    );
    expect(incomplete?.n).toBe(0);
  }, 300_000);
});
