// Signing up: a code to the address first, the account only once it comes back,
// and nothing in the answer, its headers or its timing that says whether the
// address already has an account (ADR 020).
import { schema } from "@kinship/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";

let t: TestAppHandle;
let clock = new Date("2027-03-01T10:00:00Z");
beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());
// Each test starts an hour or two later, past the hourly sign-up allowances.
const later = () => {
  clock = new Date(clock.getTime() + 2 * 60 * 60_000);
};

const confirm = (client: TestClient, verificationId: string, code: string) =>
  client.gql<{ confirmSignUp: { id: string; displayName: string } }>(
    "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id displayName } }",
    { v: verificationId, c: code },
  );

describe("signing up", () => {
  it("sends a code, and creates the account and signs in only when the code comes back", async () => {
    later();
    const browser = t.client();
    const before = await countRows(t.db, "people");
    const started = await browser.startSignUp({ displayName: " Robin ", email: " Robin@Example.TEST " });
    expect(started.errors).toBeUndefined();
    expect(started.data?.signUp.sentTo).toBe("EMAIL");
    expect(browser.cookie).toBeNull();
    expect(await countRows(t.db, "people")).toBe(before);
    const code = await t.latestCode("robin@example.test");
    expect(code).toMatch(/^\d{6}$/);
    const [outbox] = await t.db.select().from(schema.developmentOutbox).limit(1);
    expect(outbox?.body).not.toMatch(/kinship|recovery|drug|alcohol/i);

    const confirmed = await confirm(
      browser,
      started.data!.signUp.verificationId,
      ` ${code!.slice(0, 3)} ${code!.slice(3)} `,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(browser.cookie).toMatch(/^kinship_session=[a-z2-9]{24}\.[a-z2-9]{24}$/);
    const me = await browser.gql<{ me: { displayName: string; email: string; mobile: string | null } }>(
      "{ me { displayName email mobile } }",
    );
    expect(me.data?.me).toEqual({ displayName: "Robin", email: "robin@example.test", mobile: null });
  });

  it("signs up with a mobile number, stored in international form", async () => {
    later();
    const browser = t.client();
    const result = await browser.signUp({ mobile: "07700 900123" });
    expect(result.errors).toBeUndefined();
    const me = await browser.gql<{ me: { mobile: string } }>("{ me { mobile } }");
    expect(me.data?.me.mobile).toBe("+447700900123");
  });

  it("takes one address, not both: the other is added (and proven) later", async () => {
    later();
    const result = await t.client().startSignUp({ email: "both@example.test", mobile: "07700 900124" });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
  });

  it("reports every problem at once with field messages, and stores nothing", async () => {
    later();
    const before = await countRows(t.db, "people");
    const result = await t.client().startSignUp({ displayName: "", email: "not-an-email", password: "short" });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    expect(Object.keys(result.errors?.[0]?.extensions?.fields as object).sort()).toEqual([
      "displayName",
      "email",
      "password",
    ]);
    expect(await countRows(t.db, "people")).toBe(before);
  });

  it("refuses the most common passwords, whatever their case", async () => {
    later();
    for (const password of ["password123", "Qwertyuiop", "LIVERPOOL1"]) {
      const result = await t.client().startSignUp({ email: `common-${password}@example.test`, password });
      expect(errorCodes(result)).toEqual(["VALIDATION"]);
      const fields = result.errors?.[0]?.extensions?.fields as Record<string, string[]> | undefined;
      expect(fields?.password?.[0]).toMatch(/most common/);
    }
  });

  it("needs an email or a mobile number to sign in with later", async () => {
    later();
    const result = await t.client().startSignUp({ email: "", mobile: "" });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
  });

  it("answers a taken address exactly as a new one, tells its owner, and no code can use it", async () => {
    later();
    await t.client().signUp({ email: "taken@example.test", password: "first password here" });
    later();
    const before = await countRows(t.db, "people");
    const send = (email: string) => {
      const client = t.client();
      client.address = "203.0.113.50";
      return client.startSignUp({ email, password: "second password here" });
    };
    const taken = await send("TAKEN@example.test");
    const fresh = await send("not-taken@example.test");
    const masked = (result: typeof taken) => ({
      status: result.status,
      contentType: result.headers.get("content-type"),
      cacheControl: result.headers.get("cache-control"),
      setCookie: result.headers.get("set-cookie"),
      body: JSON.stringify({ ...result, status: undefined, headers: undefined }).replace(
        /"verificationId":"[^"]+"/,
        '"verificationId":"…"',
      ),
    });
    expect(masked(taken)).toEqual(masked(fresh));
    expect(taken.data?.signUp.verificationId).toMatch(/^[0-9a-f-]{36}$/);

    const notice = await t.db.query.developmentOutbox.findFirst({
      where: { recipient: "taken@example.test" },
      orderBy: { sentAt: "desc" },
    });
    expect(notice?.body).toMatch(/Someone tried to create a.* account with this email address/);
    expect(notice?.body).not.toMatch(/\d{6}/);
    // Whatever code is tried, the answer is the one for a wrong code, and no account appears.
    for (const code of ["000000", "123456", (await t.latestCode("taken@example.test")) ?? "999999"]) {
      const result = await confirm(t.client(), taken.data!.signUp.verificationId, code);
      expect(errorCodes(result)).toEqual(["VALIDATION"]);
      expect(result.errors?.[0]?.extensions?.fields).toEqual({ code: [expect.stringMatching(/isn't right/)] });
    }
    expect(await countRows(t.db, "people")).toBe(before);
    expect((await t.client().signIn("taken@example.test", "first password here")).errors).toBeUndefined();
  });

  it("lets the first of two pending sign-ups for one address win, and tells the second only once its code is proven", async () => {
    later();
    const first = t.client();
    const second = t.client();
    second.address = "203.0.113.51";
    const one = await first.startSignUp({ email: "twice@example.test", displayName: "One" });
    const oneCode = (await t.latestCode("twice@example.test"))!;
    const two = await second.startSignUp({ email: "twice@example.test", displayName: "Two" });
    const twoCode = (await t.latestCode("twice@example.test"))!;
    expect((await confirm(first, one.data!.signUp.verificationId, oneCode)).errors).toBeUndefined();
    const wrong = await confirm(second, two.data!.signUp.verificationId, twoCode === "000000" ? "000001" : "000000");
    expect(errorCodes(wrong)).toEqual(["VALIDATION"]);
    const late = await confirm(second, two.data!.signUp.verificationId, twoCode);
    expect(errorCodes(late)).toEqual(["CONFLICT"]);
    expect(second.cookie).toBeNull();
  });

  it("hashes the password whether or not the address has an account, so both take as long", async () => {
    later();
    await t.client().signUp({ email: "timed@example.test" });
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      later();
      for (const [email, times] of [
        ["timed@example.test", known],
        [`untimed-${i}@example.test`, unknown],
      ] as const) {
        const started = performance.now();
        const result = await t.client().startSignUp({ email });
        times.push(performance.now() - started);
        expect(result.errors).toBeUndefined();
      }
    }
    const ratio = median(known) / median(unknown);
    expect(ratio, `known ${median(known)} ms, unknown ${median(unknown)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    // And both are dominated by the hash (argon2id takes tens of milliseconds at least).
    expect(Math.min(median(known), median(unknown))).toBeGreaterThan(20);
  }, 180_000);

  it("limits sign-ups per network address, and codes per address they go to", async () => {
    later();
    const codes: (string | undefined)[][] = [];
    for (let i = 0; i < 12; i++) {
      const browser = t.client();
      browser.address = "198.51.100.99";
      codes.push(errorCodes(await browser.startSignUp({ email: `burst${i}@example.test` })));
    }
    expect(codes.slice(0, 10).every((c) => c.length === 0)).toBe(true);
    expect(codes.at(-1)).toEqual(["RATE_LIMITED"]);

    later();
    const sent: (string | undefined)[][] = [];
    for (let i = 0; i < 7; i++) {
      const browser = t.client();
      browser.address = `198.51.100.${110 + i}`;
      const result = await browser.startSignUp({ email: "flooded@example.test" });
      sent.push(errorCodes(result));
      if (i === 6) {
        expect(result.status).toBe(429);
        expect(Number(result.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(sent).toEqual([[], [], [], [], [], [], ["RATE_LIMITED"]]);
    const elsewhere = t.client();
    elsewhere.address = "198.51.100.100";
    expect((await elsewhere.startSignUp({ email: "calm@example.test" })).errors).toBeUndefined();
  }, 180_000);

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
