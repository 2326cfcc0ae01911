import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let now = new Date("2026-11-23T10:00:00Z");
const day = 24 * 60 * 60 * 1000;
beforeAll(async () => {
  t = await testApp({ now: () => now });
});
afterAll(() => t.close());

const signedIn = async (email: string) => {
  const browser = t.client();
  const result = await browser.signIn(email, defaultPassword);
  expect(result.errors).toBeUndefined();
  return browser;
};
const meId = async (browser: ReturnType<TestAppHandle["client"]>) =>
  (await browser.gql<{ me: { id: string } | null }>("{ me { id } }")).data?.me?.id ?? null;

describe("sessions", () => {
  it("signing out ends the session on the server, not just in the browser", async () => {
    const person = await createPerson(t.db);
    const browser = await signedIn(person.email);
    const token = browser.cookie;
    expect(await meId(browser)).toBe(person.id);
    const out = await browser.gql<{ signOut: boolean }>("mutation { signOut }");
    expect(out.data?.signOut).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const replay = t.client();
    replay.cookie = token;
    expect(await meId(replay)).toBeNull();
  });

  it("lists active sessions and can end one on another device; others' sessions are not found", async () => {
    const person = await createPerson(t.db);
    const phone = await signedIn(person.email);
    const laptop = await signedIn(person.email);
    const list = await laptop.gql<{ mySessions: { id: string; isCurrent: boolean }[] }>(
      "{ mySessions { id device isCurrent lastUsedAt } }",
    );
    expect(list.data?.mySessions).toHaveLength(2);
    const phoneSession = list.data!.mySessions.find((s) => !s.isCurrent)!;
    const stranger = await signedIn((await createPerson(t.db)).email);
    const refused = await stranger.gql("mutation($id: ID!) { endSession(id: $id) }", { id: phoneSession.id });
    expect(errorCodes(refused)).toEqual(["NOT_FOUND"]);
    expect(await meId(phone)).toBe(person.id);
    await laptop.gql("mutation($id: ID!) { endSession(id: $id) }", { id: phoneSession.id });
    expect(await meId(phone)).toBeNull();
    expect(await meId(laptop)).toBe(person.id);
  });

  it("labels each session with a coarse device name and keeps no user-agent string", async () => {
    const person = await createPerson(t.db);
    const phone = t.client();
    const userAgent = "Mozilla/5.0 (Linux; Android 14; SM-A146B) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";
    await phone.raw(
      {
        query: "mutation($input: SignInInput!) { signIn(input: $input) { id } }",
        variables: { input: { identifier: person.email, password: defaultPassword } },
      },
      { "user-agent": userAgent },
    );
    const rows = await t.db.query.sessions.findMany({ where: { personId: person.id } });
    expect(rows.map((r) => r.device)).toEqual(["Chrome on Android"]);
    expect(JSON.stringify(rows)).not.toContain("SM-A146B");
  });

  it("uses a Secure __Host- cookie over HTTPS", async () => {
    const person = await createPerson(t.db);
    const response = await t.app.request("https://kinship.example/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SignInInput!) { signIn(input: $input) { id } }",
        variables: { input: { identifier: person.email, password: defaultPassword } },
      }),
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-kinship_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  });

  it("signing out everywhere ends every session", async () => {
    const person = await createPerson(t.db);
    const a = await signedIn(person.email);
    const b = await signedIn(person.email);
    await a.gql("mutation { signOutEverywhere }");
    expect(await meId(a)).toBeNull();
    expect(await meId(b)).toBeNull();
  });

  it("expires after 30 days unused, and slides forward while in use", async () => {
    const person = await createPerson(t.db);
    const browser = await signedIn(person.email);
    now = new Date(now.getTime() + 20 * day);
    const refreshed = await browser.gql("{ me { id } }");
    expect(refreshed.headers.get("set-cookie")).toMatch(/Max-Age=2592000/);
    now = new Date(now.getTime() + 25 * day);
    expect(await meId(browser)).toBe(person.id);
    now = new Date(now.getTime() + 31 * day);
    expect(await meId(browser)).toBeNull();
  });

  it("ends after 90 days however active it is", async () => {
    const person = await createPerson(t.db);
    const browser = await signedIn(person.email);
    for (let days = 0; days < 88; days += 8) {
      now = new Date(now.getTime() + 8 * day);
      expect(await meId(browser)).toBe(person.id);
    }
    now = new Date(now.getTime() + 3 * day);
    expect(await meId(browser)).toBeNull();
  });

  it("refuses a forged or malformed token", async () => {
    const person = await createPerson(t.db);
    const browser = await signedIn(person.email);
    const [id] = (browser.cookie ?? "").split("=")[1]!.split(".");
    for (const token of [`${id}.aaaaaaaaaaaaaaaaaaaaaaaa`, "garbage", `${id}.`, ""]) {
      const forged = t.client();
      forged.cookie = `kinship_session=${token}`;
      expect(await meId(forged)).toBeNull();
      expect(errorCodes(await forged.gql("{ mySessions { id } }"))).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("changing the password needs the current one and signs out other devices", async () => {
    const person = await createPerson(t.db);
    const here = await signedIn(person.email);
    const elsewhere = await signedIn(person.email);
    const change = "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }";
    const wrong = await here.gql(change, { input: { currentPassword: "wrong", newPassword: "a brand new password" } });
    expect(errorCodes(wrong)).toEqual(["BAD_CREDENTIALS"]);
    expect(await meId(elsewhere)).toBe(person.id);
    const sessionsBefore = await countRows(t.db, "sessions");
    const ok = await here.gql(change, {
      input: { currentPassword: defaultPassword, newPassword: "a brand new password" },
    });
    expect(ok.data).toEqual({ changePassword: true });
    expect(await countRows(t.db, "sessions")).toBe(sessionsBefore - 1);
    expect(await meId(here)).toBe(person.id);
    expect(await meId(elsewhere)).toBeNull();
    expect(errorCodes(await t.client().signIn(person.email, defaultPassword))).toEqual(["BAD_CREDENTIALS"]);
    expect((await t.client().signIn(person.email, "a brand new password")).errors).toBeUndefined();
  });
});
