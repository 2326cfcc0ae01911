import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let now = new Date("2026-11-23T10:00:00Z");
beforeAll(async () => {
  t = await testApp({ now: () => now });
});
afterAll(() => t.close());

describe("signing in", () => {
  it("works with an email or a mobile number, and starts a new session each time", async () => {
    const person = await createPerson(t.db);
    const browser = t.client();
    expect((await browser.signIn(person.email.toUpperCase(), defaultPassword)).errors).toBeUndefined();
    const firstCookie = browser.cookie;
    expect((await browser.signIn(person.email, defaultPassword)).errors).toBeUndefined();
    expect(browser.cookie).not.toEqual(firstCookie);
    // The session the browser carried before signing in again is gone (no fixation).
    const stale = t.client();
    stale.cookie = firstCookie;
    expect((await stale.gql<{ me: null }>("{ me { id } }")).data?.me).toBeNull();
  });

  it("gives the same answer for a wrong password and an unknown account, and changes nothing", async () => {
    const person = await createPerson(t.db);
    const wrongPassword = await t.client().signIn(person.email, "not the password");
    const unknown = await t.client().signIn("nobody@example.test", "not the password");
    expect(errorCodes(wrongPassword)).toEqual(["BAD_CREDENTIALS"]);
    expect(wrongPassword.errors?.[0]?.message).toEqual(unknown.errors?.[0]?.message);
    expect(wrongPassword.status).toEqual(unknown.status);
    expect(wrongPassword.headers.get("set-cookie")).toBeNull();
  });

  it("slows an account down after repeated failures, then lets the real person back in", async () => {
    const person = await createPerson(t.db);
    const attacker = t.client();
    attacker.address = "198.51.100.7";
    for (let i = 0; i < 5; i++)
      expect(errorCodes(await attacker.signIn(person.email, "guess"))).toEqual(["BAD_CREDENTIALS"]);
    await attacker.signIn(person.email, "guess");
    const limited = await attacker.signIn(person.email, defaultPassword);
    expect(errorCodes(limited)).toEqual(["RATE_LIMITED"]);
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The wait is short and capped: a minute later the person gets in.
    now = new Date(now.getTime() + 60_000);
    const owner = t.client();
    expect((await owner.signIn(person.email, defaultPassword)).errors).toBeUndefined();
  });

  it("counts every guess sent as aliases in one request, and refuses batched operations", async () => {
    const person = await createPerson(t.db);
    const attacker = t.client();
    attacker.address = "198.51.100.20";
    const guesses = Array.from(
      { length: 8 },
      (_, i) => `g${i}: signIn(input: { identifier: "${person.email}", password: "guess ${i}" }) { id }`,
    );
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) codes.push(...errorCodes(await attacker.gql(`mutation { ${guesses.join(" ")} }`)));
    // 64 guesses sent, but a failed guess stops the rest of its request, and after
    // five free failures the account waits: aliases buy no extra tries.
    expect(codes.filter((c) => c === "BAD_CREDENTIALS").length).toBeLessThanOrEqual(6);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    const batch = await attacker.raw([
      { query: `mutation { signIn(input: { identifier: "${person.email}", password: "x1" }) { id } }` },
      { query: `mutation { signIn(input: { identifier: "${person.email}", password: "x2" }) { id } }` },
    ]);
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(batch.status).toBeLessThan(500);
    now = new Date(now.getTime() + 15 * 60_000);
    expect((await t.client().signIn(person.email, defaultPassword)).errors).toBeUndefined();
  });

  it("throttles one network address trying many accounts, and only that address", async () => {
    const attacker = t.client();
    attacker.address = "203.0.113.9";
    let codes: (string | undefined)[] = [];
    for (let i = 0; i < 32; i++) codes = errorCodes(await attacker.signIn(`nobody${i}@example.test`, "guess"));
    expect(codes).toEqual(["RATE_LIMITED"]);
    const person = await createPerson(t.db);
    const neighbour = t.client();
    neighbour.address = "203.0.113.10";
    expect((await neighbour.signIn(person.email, defaultPassword)).errors).toBeUndefined();
  });
});
