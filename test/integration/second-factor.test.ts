import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let now = new Date("2026-11-23T10:00:00Z");
let slug: string;
let organisationId: string;
beforeAll(async () => {
  t = await testApp({ now: () => now });
  const organisation = await createOrganisation(t.db, { name: "Two Factor Service" });
  organisationId = organisation.id;
  slug = "two-factor-service";
});
afterAll(() => t.close());

const membersQuery = "query($slug: String!) { organisation(slug: $slug) { members { role } } }";
const codeAt = (secret: string, at: Date) => totpFor(secret, "").generate({ timestamp: at.getTime() });
const verify = (browser: TestClient, code: string) =>
  browser.gql("mutation($code: String!) { verifySecondFactor(code: $code) }", { code });

async function signedInCoordinator() {
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "coordinator" }] });
  const browser = t.client();
  await browser.signIn(person.email, defaultPassword);
  return { person, browser };
}

describe("second factor for staff", () => {
  it("keeps a coordinator from personal data until their session proves a second factor", async () => {
    const { browser } = await signedInCoordinator();
    const status = await browser.gql<{ mySecondFactor: Record<string, boolean> }>(
      "{ mySecondFactor { isEnrolled isVerifiedThisSession isRequired } }",
    );
    expect(status.data?.mySecondFactor).toEqual({ isEnrolled: false, isVerifiedThisSession: false, isRequired: true });
    expect(errorCodes(await browser.gql(membersQuery, { slug }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    const { recoveryCodes, errors } = await browser.enrolTotp(now);
    expect(errors).toBeUndefined();
    expect(recoveryCodes).toHaveLength(10);
    expect((await browser.gql(membersQuery, { slug })).errors).toBeUndefined();
  });

  it("asks again in every new session, accepts a fresh code once, and refuses a replay", async () => {
    const { person, browser } = await signedInCoordinator();
    const { secret } = await browser.enrolTotp(now);
    now = new Date(now.getTime() + 90_000);
    const laptop = t.client();
    await laptop.signIn(person.email, defaultPassword);
    expect(errorCodes(await laptop.gql(membersQuery, { slug }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect(errorCodes(await verify(laptop, "000000"))).toEqual(["BAD_CREDENTIALS"]);
    const code = codeAt(secret, now);
    expect((await verify(laptop, code)).errors).toBeUndefined();
    expect((await laptop.gql(membersQuery, { slug })).errors).toBeUndefined();
    const tablet = t.client();
    await tablet.signIn(person.email, defaultPassword);
    expect(errorCodes(await verify(tablet, code))).toEqual(["BAD_CREDENTIALS"]);
  });

  it("asks staff to confirm again after twelve hours on the same session", async () => {
    const { browser } = await signedInCoordinator();
    const { secret } = await browser.enrolTotp(now);
    now = new Date(now.getTime() + 11 * 60 * 60 * 1000);
    expect((await browser.gql(membersQuery, { slug })).errors).toBeUndefined();
    now = new Date(now.getTime() + 60 * 60 * 1000);
    expect(errorCodes(await browser.gql(membersQuery, { slug }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect((await verify(browser, codeAt(secret, now))).errors).toBeUndefined();
    expect((await browser.gql(membersQuery, { slug })).errors).toBeUndefined();
  });

  it("accepts each recovery code once", async () => {
    const { person, browser } = await signedInCoordinator();
    const { recoveryCodes } = await browser.enrolTotp(now);
    const phone = t.client();
    await phone.signIn(person.email, defaultPassword);
    expect((await verify(phone, recoveryCodes[0]!.toUpperCase())).errors).toBeUndefined();
    const other = t.client();
    await other.signIn(person.email, defaultPassword);
    expect(errorCodes(await verify(other, recoveryCodes[0]!))).toEqual(["BAD_CREDENTIALS"]);
  });

  it("throttles guessing", async () => {
    const { browser } = await signedInCoordinator();
    await browser.enrolTotp(now);
    let codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) codes = errorCodes(await verify(browser, String(100000 + i)));
    expect(codes).toEqual(["RATE_LIMITED"]);
  });

  it("stores the app secret encrypted, never as the secret itself", async () => {
    const { person, browser } = await signedInCoordinator();
    const { secret } = await browser.enrolTotp(now);
    const row = await t.db.query.totpCredentials.findFirst({ where: { personId: person.id } });
    expect(row?.encryptedSecret).toMatch(/^v1\./);
    expect(row?.encryptedSecret).not.toContain(secret);
  });

  it("can be reset by an admin of the organisation for someone who lost their phone, visibly", async () => {
    const { person, browser } = await signedInCoordinator();
    await browser.enrolTotp(now);
    const admin = await createPerson(t.db, { memberships: [{ organisationId, role: "admin" }] });
    const adminBrowser = t.client();
    await adminBrowser.signIn(admin.email, defaultPassword);
    await adminBrowser.enrolTotp(now);
    // The admin proves their own password again with the reset (see re-authentication.test.ts).
    const reset = `mutation($org: ID!, $p: ID!) {
      resetSecondFactor(organisationId: $org, personId: $p, currentPassword: "${defaultPassword}") }`;
    const outsider = await createPerson(t.db);
    expect(errorCodes(await adminBrowser.gql(reset, { org: organisationId, p: outsider.id }))).toEqual(["NOT_FOUND"]);
    expect((await adminBrowser.gql(reset, { org: organisationId, p: person.id })).errors).toBeUndefined();
    // Their current session must confirm again, with a newly set-up app.
    expect(errorCodes(await browser.gql(membersQuery, { slug }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    const status = await browser.gql<{ mySecondFactor: { isEnrolled: boolean } }>("{ mySecondFactor { isEnrolled } }");
    expect(status.data?.mySecondFactor.isEnrolled).toBe(false);
    const views = await browser.gql<{ myRecordViews: { via: string }[] }>("{ myRecordViews { via } }");
    expect(views.data?.myRecordViews.map((v) => v.via)).toContain("Second factor reset");
  });

  it("cannot be replaced without the password again", async () => {
    const { browser } = await signedInCoordinator();
    await browser.enrolTotp(now);
    expect(errorCodes(await browser.gql("mutation { startTotpEnrolment { secret } }"))).toEqual([
      "REAUTHENTICATION_REQUIRED",
    ]);
  });
});
