import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, type TestAppHandle, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const signOut = JSON.stringify({ query: "mutation { signOut }" });

describe("cross-site request forgery", () => {
  it("refuses cookie-carrying requests from another site and keeps the session", async () => {
    const person = await createPerson(t.db);
    const browser = t.client();
    await browser.signIn(person.email, defaultPassword);
    const sessions = await countRows(t.db, "sessions");
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost" },
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "multipart/form-data; boundary=x" },
    ];
    for (const headers of attempts) {
      const response = await browser.raw(signOut, headers);
      expect([403, 415]).toContain(response.status);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("CSRF");
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect(await countRows(t.db, "sessions")).toBe(sessions);
  });

  it("accepts the same request from our own page", async () => {
    const person = await createPerson(t.db);
    const browser = t.client();
    await browser.signIn(person.email, defaultPassword);
    const response = await browser.raw(signOut, { origin: "http://localhost", "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(200);
  });

  it("never changes state over GET", async () => {
    const response = await t.app.request(
      `http://localhost/graphql?query=${encodeURIComponent("mutation { signOut }")}`,
    );
    expect(response.status).toBe(405);
  });

  it("sends security headers and never caches answers", async () => {
    const response = await t.client().raw({ query: "{ me { id } }" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // Plain HTTP on localhost: no HSTS (browsers would ignore it, and it would break local development).
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });
});
