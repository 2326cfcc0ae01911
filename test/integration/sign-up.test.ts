import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, errorCodes, type TestAppHandle, testApp } from "../support/app";

let t: TestAppHandle;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("signing up", () => {
  it("creates the account, signs in on this device, and stores a normalised email and mobile", async () => {
    const browser = t.client();
    const result = await browser.signUp({
      displayName: " Robin ",
      email: " Robin@Example.TEST ",
      mobile: "07700 900123",
    });
    expect(result.errors).toBeUndefined();
    expect(browser.cookie).toMatch(/^kinship_session=[a-z2-9]{24}\.[a-z2-9]{24}$/);
    const me = await browser.gql<{ me: { displayName: string; email: string; mobile: string } }>(
      "{ me { displayName email mobile } }",
    );
    expect(me.data?.me).toEqual({ displayName: "Robin", email: "robin@example.test", mobile: "+447700900123" });
  });

  it("reports every problem at once with field messages, and stores nothing", async () => {
    const before = await countRows(t.db, "people");
    const result = await t.client().signUp({ displayName: "", email: "not-an-email", password: "short" });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    expect(Object.keys(result.errors?.[0]?.extensions?.fields as object).sort()).toEqual([
      "displayName",
      "email",
      "password",
    ]);
    expect(await countRows(t.db, "people")).toBe(before);
  });

  it("refuses the most common passwords, whatever their case", async () => {
    for (const password of ["password123", "Qwertyuiop", "LIVERPOOL1"]) {
      const result = await t.client().signUp({ email: `common-${password}@example.test`, password });
      expect(errorCodes(result)).toEqual(["VALIDATION"]);
      const fields = result.errors?.[0]?.extensions?.fields as Record<string, string[]> | undefined;
      expect(fields?.password?.[0]).toMatch(/most common/);
    }
  });

  it("needs an email or a mobile number to sign in with later", async () => {
    const result = await t.client().signUp({ email: "", mobile: "" });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
  });

  it("refuses a second account with the same email without changing the first", async () => {
    const first = t.client();
    await first.signUp({ email: "taken@example.test", password: "first password here" });
    const before = await countRows(t.db, "people");
    const second = await t.client().signUp({ email: "TAKEN@example.test", password: "second password here" });
    expect(errorCodes(second)).toEqual(["CONFLICT"]);
    expect(await countRows(t.db, "people")).toBe(before);
    const signIn = await t.client().signIn("taken@example.test", "first password here");
    expect(signIn.errors).toBeUndefined();
  });

  it("limits how many accounts one network address can create in an hour", async () => {
    const codes: (string | undefined)[][] = [];
    for (let i = 0; i < 12; i++) {
      const browser = t.client();
      browser.address = "198.51.100.99";
      codes.push(errorCodes(await browser.signUp({ email: `burst${i}@example.test` })));
    }
    expect(codes.slice(0, 10).every((c) => c.length === 0)).toBe(true);
    expect(codes.at(-1)).toEqual(["RATE_LIMITED"]);
    const elsewhere = t.client();
    elsewhere.address = "198.51.100.100";
    expect((await elsewhere.signUp({ email: "calm@example.test" })).errors).toBeUndefined();
  });

  it("answers malformed requests with a typed error, never a stack trace", async () => {
    const response = await t.client().raw('{ "query": "mutation", "password": "hunter2hunter2" ');
    const text = await response.text();
    expect(response.status, text).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
    // The parser's message would quote the body back, password and all.
    expect(text).not.toContain("hunter2");
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules|SQLITE/);
    const unknownField = await t.client().gql("{ nothing }");
    expect(unknownField.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(unknownField)).not.toMatch(/node_modules|\.ts:/);
  });
});
