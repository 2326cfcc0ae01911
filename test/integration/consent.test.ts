import { hasConsent } from "@kinship/api/consent/consent-state";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let now = new Date("2026-11-23T10:00:00Z");
beforeAll(async () => {
  t = await testApp({ now: () => now });
});
afterAll(() => t.close());

type Consents = { purpose: string; isGranted: boolean; recordedAt: string | null; title: string }[];
const setConsent = (browser: TestClient, purpose: string, isGranted: boolean) =>
  browser.gql<{ setConsent: Consents }>(
    "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose isGranted recordedAt title } }",
    { p: purpose, g: isGranted },
  );

async function signedInPerson() {
  const person = await createPerson(t.db);
  const browser = t.client();
  await browser.signIn(person.email, defaultPassword);
  return { person, browser };
}

describe("consent", () => {
  it("starts with nothing given, each purpose asked separately", async () => {
    const { browser } = await signedInPerson();
    const result = await browser.gql<{ myConsents: Consents }>("{ myConsents { purpose isGranted title wording } }");
    expect(result.data?.myConsents.map((c) => c.purpose)).toEqual([
      "SHARE_JOURNEY_WITH_MENTOR",
      "SHARE_JOURNEY_WITH_SERVICE",
      "INCLUDE_IN_ANONYMOUS_REPORTS",
      "REMINDERS_BY_SMS",
      "REMINDERS_BY_EMAIL",
      "REMINDERS_BY_PUSH",
    ]);
    expect(result.data?.myConsents.every((c) => !c.isGranted)).toBe(true);
  });

  it("is given and withdrawn with immediate effect, keeping the history with times and wording", async () => {
    const { person, browser } = await signedInPerson();
    const given = await setConsent(browser, "SHARE_JOURNEY_WITH_MENTOR", true);
    expect(given.data?.setConsent.find((c) => c.purpose === "SHARE_JOURNEY_WITH_MENTOR")).toMatchObject({
      isGranted: true,
      recordedAt: now.toISOString(),
    });
    expect(await hasConsent(t.db, person.id, "share_journey_with_mentor")).toBe(true);
    expect(await hasConsent(t.db, person.id, "share_journey_with_service")).toBe(false);
    now = new Date(now.getTime() + 60_000);
    await setConsent(browser, "SHARE_JOURNEY_WITH_MENTOR", false);
    expect(await hasConsent(t.db, person.id, "share_journey_with_mentor")).toBe(false);
    await setConsent(browser, "SHARE_JOURNEY_WITH_MENTOR", false);
    const history = await t.db.query.consents.findMany({ where: { personId: person.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.isGranted, h.wordingVersion])).toEqual([
      [true, 1],
      [false, 1],
    ]);
  });

  it("belongs to the person alone", async () => {
    const { person } = await signedInPerson();
    const other = await signedInPerson();
    await setConsent(other.browser, "REMINDERS_BY_SMS", true);
    expect(await hasConsent(t.db, person.id, "reminders_by_sms")).toBe(false);
    expect(errorCodes(await t.client().gql("{ myConsents { purpose } }"))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await setConsent(t.client(), "REMINDERS_BY_SMS", true))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses an unknown purpose with a typed error", async () => {
    const { browser } = await signedInPerson();
    expect(errorCodes(await setConsent(browser, "SELL_MY_DATA", true))).toEqual(["BAD_USER_INPUT"]);
  });
});
