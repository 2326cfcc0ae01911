// "Forgotten your password?": a code to the address a person signs in with, then
// a new password. The same answer whether or not there is an account; every
// session ends; nobody is signed in by it (ADR 020).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFromNewAddress, errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let clock = new Date("2027-04-01T09:00:00Z");
beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());
const later = (ms = 2 * 60 * 60_000) => {
  clock = new Date(clock.getTime() + ms);
};
const client = () => clientFromNewAddress(t);

const requestReset = (browser: TestClient, identifier: string) =>
  browser.gql<{ requestPasswordReset: { verificationId: string; sentTo: string } }>(
    "mutation($i: String!) { requestPasswordReset(identifier: $i) { verificationId sentTo } }",
    { i: identifier },
  );
const reset = (browser: TestClient, verificationId: string, code: string, newPassword: string) =>
  browser.gql<{ resetPassword: boolean }>("mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }", {
    input: { verificationId, code, newPassword },
  });

describe("a forgotten password", () => {
  it("answers an unknown address exactly as a known one, and sends a code only to the known one", async () => {
    later();
    const person = await createPerson(t.db, {});
    const known = await requestReset(client(), person.email);
    const unknown = await requestReset(client(), "nobody-here@example.test");
    const masked = (result: typeof known) => ({
      status: result.status,
      contentType: result.headers.get("content-type"),
      setCookie: result.headers.get("set-cookie"),
      body: JSON.stringify(result.data).replace(/"verificationId":"[^"]+"/, '"verificationId":"…"'),
      errors: result.errors,
    });
    expect(masked(known)).toEqual(masked(unknown));
    expect(known.data?.requestPasswordReset.sentTo).toBe("EMAIL");
    expect(await t.latestCode(person.email)).toMatch(/^\d{6}$/);
    expect(await t.latestCode("nobody-here@example.test")).toBeNull();
    // The unknown one's verification exists, but no code can ever prove it.
    for (const code of ["000000", "123456"]) {
      const result = await reset(
        client(),
        unknown.data!.requestPasswordReset.verificationId,
        code,
        "a brand new phrase",
      );
      expect(errorCodes(result)).toEqual(["VALIDATION"]);
    }
  });

  it("sets the new password, ends every session, clears the sign-in throttle, tells the person, and signs nobody in", async () => {
    later();
    const person = await createPerson(t.db, {});
    await t.db.update(schema.people).set({ mobile: "+447700900555" }).where(eq(schema.people.id, person.id));
    const laptop = client();
    expect((await laptop.signIn(person.email, defaultPassword)).errors).toBeUndefined();
    // Someone has been guessing: the account is throttled.
    for (let i = 0; i < 7; i++) await client().signIn(person.email, "a wrong guess here");
    expect(errorCodes(await client().signIn(person.email, defaultPassword))).toEqual(["RATE_LIMITED"]);

    const browser = client();
    const started = await requestReset(browser, person.email);
    const code = (await t.latestCode(person.email))!;
    // The password rules come first, so a weak one does not use the code up.
    const weak = await reset(browser, started.data!.requestPasswordReset.verificationId, code, "password123");
    expect(errorCodes(weak)).toEqual(["VALIDATION"]);
    const done = await reset(browser, started.data!.requestPasswordReset.verificationId, code, "a brand new phrase");
    expect(done.errors).toBeUndefined();
    expect(done.data?.resetPassword).toBe(true);
    expect(browser.cookie).toBeNull();
    expect((await browser.gql<{ me: null }>("{ me { id } }")).data?.me).toBeNull();
    expect((await laptop.gql<{ me: null }>("{ me { id } }")).data?.me).toBeNull();
    expect(await t.db.select().from(schema.sessions).where(eq(schema.sessions.personId, person.id))).toEqual([]);

    expect(errorCodes(await client().signIn(person.email, defaultPassword))).toEqual(["BAD_CREDENTIALS"]);
    expect((await client().signIn(person.email, "a brand new phrase")).errors).toBeUndefined();
    // Told on both addresses, in discreet words.
    for (const to of [person.email, "+447700900555"]) {
      const sent = await t.db.query.developmentOutbox.findMany({ where: { recipient: to } });
      expect(sent.map((message) => message.body)).toContainEqual(expect.stringMatching(/^Your password was changed/));
    }
    // Single use: the same code again is refused.
    const again = await reset(client(), started.data!.requestPasswordReset.verificationId, code, "another new phrase");
    expect(errorCodes(again)).toEqual(["VALIDATION"]);
  });

  it("limits requests per network address, with 429 and Retry-After", async () => {
    later();
    const browser = client();
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await requestReset(browser, `someone-${i}@example.test`));
    expect(results.slice(0, 11).every((result) => result.errors === undefined)).toBe(true);
    expect(errorCodes(results[11]!)).toEqual(["RATE_LIMITED"]);
    expect(results[11]!.status).toBe(429);
    expect(Number(results[11]!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses something that is neither an email address nor a mobile number, whoever asks", async () => {
    later();
    const result = await requestReset(client(), "not an address");
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    expect(result.errors?.[0]?.extensions?.fields).toEqual({ identifier: [expect.any(String)] });
  });
});
