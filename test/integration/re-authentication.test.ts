// Re-authentication before changing how a person signs in: a new email or
// mobile, or a new authenticator app (and an admin removing someone's). The
// password comes with the change, or was proven in the last five minutes on this
// session; a wrong one is counted by the sign-in throttle; other sessions end.

import { reauthenticationWindowMs } from "@kinship/api/accounts/re-authentication";
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let clock = new Date("2026-11-23T10:00:00Z");
let t: TestAppHandle;
let organisationId: string;
let network = 0;
beforeAll(async () => {
  t = await testApp({ now: () => clock });
  organisationId = (await createOrganisation(t.db, { name: "Reauth Service" })).id;
});
afterAll(() => t.close());

const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const changeEmail = `mutation($e: String!, $p: String) {
  changeEmail(newEmail: $e, currentPassword: $p) { verificationId person { id email mobile } } }`;
const changeMobile = `mutation($m: String!, $p: String) {
  changeMobile(newMobile: $m, currentPassword: $p) { verificationId person { id email mobile } } }`;
type Contact = { id: string; email: string | null; mobile: string | null };

/**
 * A change as a person makes it: the mutation, then (for a new address) the code
 * from the message sent to it (account-messages.test.ts tests that step itself).
 * Answers `{ data: { changeEmail: person } }` as the change did in one step.
 */
async function changeWithCode(client: TestClient, document: string, variables: { e?: string; m?: string; p?: string }) {
  const field = document === changeEmail ? "changeEmail" : "changeMobile";
  const started = await client.gql<Record<string, { verificationId: string | null; person: Contact }>>(
    document,
    variables,
  );
  const step = started.data?.[field];
  if (!step) return { ...started, data: started.data as null | undefined };
  if (!step.verificationId) return { ...started, data: { [field]: step.person } };
  const code = await t.latestCode(variables.e ?? variables.m ?? "");
  const confirmed = await client.gql<{ confirmContactChange: Contact }>(
    "mutation($v: ID!, $c: String!) { confirmContactChange(verificationId: $v, code: $c) { id email mobile } }",
    { v: step.verificationId, c: code ?? "000000" },
  );
  return { ...confirmed, data: confirmed.data ? { [field]: confirmed.data.confirmContactChange } : confirmed.data };
}
const reauthenticate = "mutation($p: String!) { reauthenticate(password: $p) }";
const me = async (client: TestClient) =>
  (
    await client.gql<{ me: { id: string; email: string | null; mobile: string | null } | null }>(
      "{ me { id email mobile } }",
    )
  ).data?.me ?? null;
const contactOf = async (id: string) =>
  t.db.query.people.findFirst({ columns: { email: true, mobile: true }, where: { id } });

/** A person signed in on their own network (so throttles of one test don't touch another). */
async function signedIn(memberships: { organisationId: string; role: "member" | "coordinator" | "admin" }[] = []) {
  const person = await createPerson(t.db, { memberships });
  const address = `198.51.100.${++network}`;
  const device = async () => {
    const client = t.client();
    client.address = address;
    await client.signIn(person.email, defaultPassword);
    return client;
  };
  return { person, address, device, client: await device() };
}

describe("changing the email address", () => {
  it("needs the password, stores the address as sign-up would, and signs out every other device", async () => {
    const { person, client, device } = await signedIn();
    const phone = await device();
    const changed = await changeWithCode(client, changeEmail, {
      e: "  New.Address@Example.TEST ",
      p: defaultPassword,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changeEmail).toEqual({ id: person.id, email: "new.address@example.test", mobile: null });
    expect((await me(client))?.email).toBe("new.address@example.test");
    expect(await me(phone)).toBeNull();
    expect(errorCodes(await t.client().signIn(person.email, defaultPassword))).toEqual(["BAD_CREDENTIALS"]);
    expect((await t.client().signIn("new.address@example.test", defaultPassword)).errors).toBeUndefined();
  });

  it("refuses a wrong password, changing nothing and ending no session", async () => {
    const { person, client, device } = await signedIn();
    const phone = await device();
    const result = await changeWithCode(client, changeEmail, { e: "other@example.test", p: "not my password" });
    expect(errorCodes(result)).toEqual(["BAD_CREDENTIALS"]);
    expect(await contactOf(person.id)).toEqual({ email: person.email, mobile: null });
    expect((await me(phone))?.id).toBe(person.id);
  });

  it("asks for the password again when none is given and none was proven lately", async () => {
    const { person, client } = await signedIn();
    expect(errorCodes(await changeWithCode(client, changeEmail, { e: "fresh@example.test" }))).toEqual([
      "REAUTHENTICATION_REQUIRED",
    ]);
    expect((await contactOf(person.id))?.email).toBe(person.email);
  });

  it("refuses an address in use without saying so before the password is proven, then with one generic answer", async () => {
    const { person, client } = await signedIn();
    const other = await createPerson(t.db);
    // Before re-authentication, a taken address and a free one get the very same answer.
    const taken = await changeWithCode(client, changeEmail, { e: other.email, p: "wrong password" });
    const free = await changeWithCode(client, changeEmail, { e: "nobody-has-this@example.test", p: "wrong password" });
    expect(errorCodes(taken)).toEqual(["BAD_CREDENTIALS"]);
    expect(taken.errors?.[0]?.message).toBe(free.errors?.[0]?.message);
    expect(taken.errors?.[0]?.extensions).toEqual(free.errors?.[0]?.extensions);
    // After it, CONFLICT in words that name no one, and nothing changes for either person.
    const conflict = await changeWithCode(client, changeEmail, { e: other.email.toUpperCase(), p: defaultPassword });
    expect(errorCodes(conflict)).toEqual(["CONFLICT"]);
    expect(conflict.errors?.[0]?.message).toBe(
      "We couldn't use that email address for your account. Nothing was changed.",
    );
    expect((await contactOf(person.id))?.email).toBe(person.email);
    expect((await contactOf(other.id))?.email).toBe(other.email);
  });

  it("counts every try of a new address against the sign-up allowance of the network, so addresses cannot be trawled", async () => {
    const { client } = await signedIn();
    await client.gql(reauthenticate, { p: defaultPassword });
    const codes: string[] = [];
    for (let i = 0; i < 14 && !codes.includes("RATE_LIMITED"); i++) {
      const result = await changeWithCode(client, changeEmail, { e: `probe-${i}@example.test` });
      codes.push(String(errorCodes(result)[0] ?? "ok"));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill("ok"));
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    expect(codes.length).toBeLessThanOrEqual(12);
  });
});

describe("changing the mobile number, and keeping one way to sign in", () => {
  it("stores UK numbers in E.164, refuses one in use whichever way it is written, and never removes the last detail", async () => {
    const { person, client } = await signedIn();
    const added = await changeWithCode(client, changeMobile, {
      m: "07700 900123",
      p: defaultPassword,
    });
    expect(added.data?.changeMobile?.mobile).toBe("+447700900123");
    const other = await signedIn();
    await changeWithCode(other.client, changeMobile, { m: "+447700900999", p: defaultPassword });
    expect(errorCodes(await changeWithCode(client, changeMobile, { m: "07700 900999" }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await changeWithCode(client, changeMobile, { m: "not a number" }))).toEqual(["VALIDATION"]);
    // The email can go while the mobile stays; then the mobile cannot go.
    expect((await changeWithCode(client, changeEmail, { e: "" })).data).toEqual({
      changeEmail: { id: person.id, email: null, mobile: "+447700900123" },
    });
    const last = await changeWithCode(client, changeMobile, { m: "   " });
    expect(errorCodes(last)).toEqual(["VALIDATION"]);
    expect(last.errors?.[0]?.extensions?.fields).toEqual({
      mobile: ["You need an email address or a mobile number to sign in. Add an email address first."],
    });
    expect(await contactOf(person.id)).toEqual({ email: null, mobile: "+447700900123" });
    expect((await t.client().signIn("07700 900123", defaultPassword)).errors).toBeUndefined();
  });

  it("changes only the signed-in person's own details: knowing my password from another account does nothing", async () => {
    const mine = await createPerson(t.db, { password: "my very own passphrase" });
    const theirs = await signedIn();
    // Their session with my password: it is checked against their own account, and fails.
    const withMine = await changeWithCode(theirs.client, changeEmail, {
      e: "stolen@example.test",
      p: "my very own passphrase",
    });
    expect(errorCodes(withMine)).toEqual(["BAD_CREDENTIALS"]);
    // With their own password they change their own address, never mine: there is no way to name another account.
    const changed = await changeWithCode(theirs.client, changeEmail, {
      e: "theirs-new@example.test",
      p: defaultPassword,
    });
    expect(changed.data?.changeEmail?.id).toBe(theirs.person.id);
    expect((await contactOf(mine.id))?.email).toBe(mine.email);
    expect(
      errorCodes(await changeWithCode(t.client(), changeEmail, { e: "x@example.test", p: "my very own passphrase" })),
    ).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("the re-authentication window", () => {
  it("lets changes through without the password for five minutes on this session only, then asks again", async () => {
    const { person, client, device } = await signedIn();
    const laptop = await device();
    const proven = await client.gql<{ reauthenticate: string }>(reauthenticate, { p: defaultPassword });
    expect(proven.data?.reauthenticate).toBe(new Date(clock.getTime() + reauthenticationWindowMs).toISOString());
    // Another session of the same person has proven nothing.
    expect(errorCodes(await changeWithCode(laptop, changeMobile, { m: "07700 900200" }))).toEqual([
      "REAUTHENTICATION_REQUIRED",
    ]);
    later(reauthenticationWindowMs - 1000);
    expect((await changeWithCode(client, changeMobile, { m: "07700 900201" })).errors).toBeUndefined();
    later(1000);
    expect(errorCodes(await changeWithCode(client, changeMobile, { m: "07700 900202" }))).toEqual([
      "REAUTHENTICATION_REQUIRED",
    ]);
    expect((await contactOf(person.id))?.mobile).toBe("+447700900201");
    // The download shows when the session last proved the password.
    const download = await t.app.request("http://localhost/api/my-data", { headers: { cookie: client.cookie! } });
    const data = (await download.json()) as { person: { sessions: { reauthenticatedAt: string | null }[] } };
    expect(data.person.sessions.map((s) => s.reauthenticatedAt)).toEqual([
      new Date(clock.getTime() - reauthenticationWindowMs).toISOString(),
    ]);
  });

  it("counts wrong passwords with failed sign-ins, so re-authentication cannot be used to guess one", async () => {
    const { person, client } = await signedIn();
    for (let i = 0; i < 6; i++) {
      expect(errorCodes(await client.gql(reauthenticate, { p: `guess ${i}` }))).toEqual(["BAD_CREDENTIALS"]);
    }
    // The account is now held back everywhere, even with the right password, from any network.
    expect(errorCodes(await client.gql(reauthenticate, { p: defaultPassword }))).toEqual(["RATE_LIMITED"]);
    const elsewhere = t.client();
    elsewhere.address = "203.0.113.77";
    expect(errorCodes(await elsewhere.signIn(person.email, defaultPassword))).toEqual(["RATE_LIMITED"]);
    // Changing the password is counted the same way.
    const changePassword = "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }";
    const input = { currentPassword: defaultPassword, newPassword: "another long password" };
    expect(errorCodes(await client.gql(changePassword, { input }))).toEqual(["RATE_LIMITED"]);
    // The waits are short: the real person gets back in.
    later(60_000);
    expect((await client.gql(reauthenticate, { p: defaultPassword })).errors).toBeUndefined();
    expect((await elsewhere.signIn(person.email, defaultPassword)).errors).toBeUndefined();
  });
});

describe("second factors", () => {
  const codeAt = (secret: string) => totpFor(secret, "").generate({ timestamp: clock.getTime() });
  const verify = (client: TestClient, code: string) =>
    client.gql("mutation($c: String!) { verifySecondFactor(code: $c) }", { c: code });

  it("replacing an authenticator app needs the password; the old app and codes stop working and other sessions end", async () => {
    const { client, device } = await signedIn([{ organisationId, role: "coordinator" }]);
    const old = await client.enrolTotp(clock);
    const tablet = await device();
    const start = "mutation($p: String) { startTotpEnrolment(currentPassword: $p) { secret } }";
    expect(errorCodes(await client.gql(start))).toEqual(["REAUTHENTICATION_REQUIRED"]);
    expect(errorCodes(await client.gql(start, { p: "wrong" }))).toEqual(["BAD_CREDENTIALS"]);
    const started = await client.gql<{ startTotpEnrolment: { secret: string } }>(start, { p: defaultPassword });
    const secret = started.data!.startTotpEnrolment.secret;
    expect(secret).not.toBe(old.secret);
    expect(await me(tablet)).toBeNull();
    later(60_000);
    const confirmed = await client.gql<{ confirmTotpEnrolment: string[] }>(
      "mutation($c: String!) { confirmTotpEnrolment(code: $c) }",
      { c: codeAt(secret) },
    );
    expect(confirmed.data?.confirmTotpEnrolment).toHaveLength(10);
    later(60_000);
    const laptop = await device();
    expect(errorCodes(await verify(laptop, codeAt(old.secret)))).toEqual(["BAD_CREDENTIALS"]);
    expect(errorCodes(await verify(laptop, old.recoveryCodes[0]!))).toEqual(["BAD_CREDENTIALS"]);
    expect((await verify(laptop, codeAt(secret))).errors).toBeUndefined();
  });

  it("the password alone cannot swap in another app: this session must have proved the current one first", async () => {
    const { client, device } = await signedIn([{ organisationId, role: "coordinator" }]);
    const { secret, recoveryCodes } = await client.enrolTotp(clock);
    const attacker = await device();
    const start = "mutation($p: String) { startTotpEnrolment(currentPassword: $p) { secret } }";
    expect(errorCodes(await attacker.gql(start, { p: defaultPassword }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    const credential = await t.db.query.totpCredentials.findFirst({ where: { personId: (await me(client))!.id } });
    expect(credential?.confirmedAt).not.toBeNull();
    // Someone who lost their phone proves it with a recovery code, then replaces the app.
    expect((await verify(attacker, recoveryCodes[0]!)).errors).toBeUndefined();
    const replaced = await attacker.gql<{ startTotpEnrolment: { secret: string } }>(start, { p: defaultPassword });
    expect(replaced.data?.startTotpEnrolment.secret).not.toBe(secret);
  });

  it("setting up a first app needs no password (nothing is being replaced)", async () => {
    const { client } = await signedIn([{ organisationId, role: "coordinator" }]);
    const { recoveryCodes, errors } = await client.enrolTotp(clock);
    expect(errors).toBeUndefined();
    expect(recoveryCodes).toHaveLength(10);
  });

  it("an admin removing someone's app proves their own password first, with the reset or just before", async () => {
    const admin = await signedIn([{ organisationId, role: "admin" }]);
    await admin.client.enrolTotp(clock);
    const staff = await signedIn([{ organisationId, role: "coordinator" }]);
    await staff.client.enrolTotp(clock);
    const reset = `mutation($org: ID!, $p: ID!, $c: String) {
      resetSecondFactor(organisationId: $org, personId: $p, currentPassword: $c) }`;
    const variables = { org: organisationId, p: staff.person.id };
    const isEnrolled = async () =>
      Boolean((await t.db.query.totpCredentials.findFirst({ where: { personId: staff.person.id } }))?.confirmedAt);
    expect(errorCodes(await admin.client.gql(reset, variables))).toEqual(["REAUTHENTICATION_REQUIRED"]);
    expect(errorCodes(await admin.client.gql(reset, { ...variables, c: "wrong" }))).toEqual(["BAD_CREDENTIALS"]);
    expect(await isEnrolled()).toBe(true);
    expect((await admin.client.gql(reauthenticate, { p: defaultPassword })).errors).toBeUndefined();
    expect((await admin.client.gql(reset, variables)).data).toEqual({ resetSecondFactor: true });
    expect(await isEnrolled()).toBe(false);
    // Re-authenticating is no way round the scope: a coordinator still cannot reset anyone.
    await staff.client.enrolTotp(clock);
    const byCoordinator = await staff.client.gql(reset, { ...variables, c: defaultPassword });
    expect(errorCodes(byCoordinator)).toEqual(["FORBIDDEN"]);
  });
});
