// The Worker build end to end in workerd with a local D1 database: proves the app,
// the D1 driver, the flat migrations and pure-JS argon2id all work on Workers.
// Slow (wrangler start-up), so it checks the path every feature depends on, not features.
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { hashPassword } from "@kinship/api/auth/password";
import { generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLResult } from "../support/app";
import { startWranglerDev, type WranglerDev } from "./wrangler-dev";

let worker: WranglerDev;
// Wrangler's own output, attached to every assertion so a failure explains itself.
const log = () => `\n--- wrangler log (${worker.logPath}) ---\n${worker.logTail()}`;

// A first run may also install Node 24 and wait up to 120 s for wrangler: more
// than the default hook timeout.
// A coordinator and a member of one organisation, written straight into D1 (the
// Worker has no seeding of its own), so staff features can be checked here too.
const coordinator = { email: "worker-coordinator@example.test", password: "coordinator password" };
async function seedSql() {
  const hash = await hashPassword(coordinator.password);
  return `
    INSERT INTO organisations (id, slug, name, kind, town) VALUES ('org-1', 'worker-service', 'Worker Service', 'treatment_service', 'Bury');
    INSERT INTO people (id, display_name, email, password_hash) VALUES ('person-c', 'Worker Coordinator', '${coordinator.email}', '${hash}');
    INSERT INTO people (id, display_name, email, password_hash) VALUES ('person-m', 'Worker Member', 'worker-member@example.test', '${hash}');
    INSERT INTO memberships (id, person_id, organisation_id, role) VALUES ('m-1', 'person-c', 'org-1', 'coordinator');
    INSERT INTO memberships (id, person_id, organisation_id, role) VALUES ('m-2', 'person-m', 'org-1', 'member');
    INSERT INTO gatherings (id, organisation_id, name, kind, attendance_mode, starts_on, start_time, duration_minutes,
      recurrence, venue_name, address, town, postcode, latitude, longitude, last_confirmed_at)
      VALUES ('g-1', 'org-1', 'Worker Recovery Café', 'recovery_cafe', 'in_person', '2026-01-05', '19:00', 90,
      'FREQ=WEEKLY;BYDAY=MO', 'The Met', 'Market Street', 'Bury', 'BL9 0BW', 53.5925, -2.2979, ${Date.now()});
  `;
}

beforeAll(async () => {
  // Development: sign-up codes go to the development outbox (ADR 020), where the test reads them.
  worker = await startWranglerDev({
    vars: { ENCRYPTION_KEYS: generateKeyEntry("smoke"), ENVIRONMENT: "development" },
    seedSql: await seedSql(),
  });
}, 300_000);
afterAll(async () => {
  await worker?.stop();
});

async function gql<T>(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${worker.url}/graphql`, {
    method: "POST",
    // The Origin a browser on the same site sends, so the CSRF check is exercised.
    headers: { "content-type": "application/json", origin: worker.url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0]!);
  const body = (await response.json()) as GraphQLResult<T>;
  return { status: response.status, body, sessionCookie: cookies.find((c) => c.startsWith("kinship_session=")) };
}

const signUp = "mutation($input: SignUpInput!) { signUp(input: $input) { verificationId sentTo } }";
const confirmSignUp =
  "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id displayName } }";

/** The code sent to this address, from the development outbox page (sent in `waitUntil`, so soon after). */
async function codeSentTo(address: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = await (await fetch(`${worker.url}/dev/outbox`)).text();
    const code = new RegExp(`to ${address.replaceAll(".", "\\.")}[\\s\\S]*?\\b(\\d{6})\\b`).exec(page)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No code for ${address} in the development outbox.`);
}
const signIn = "mutation($input: SignInInput!) { signIn(input: $input) { id displayName } }";
const person = { displayName: "Worker Robin", email: "worker-robin@example.test", password: "a long enough password" };

describe("the Worker", () => {
  it("reaches D1 from /health", async () => {
    const response = await fetch(`${worker.url}/health`);
    expect(await response.json(), log()).toEqual({ status: "ok", database: "reachable" });
  });

  it("signs up, signs in and knows who is asking", async () => {
    const started = await gql<{ signUp: { verificationId: string } }>(signUp, { input: person });
    expect(started.body.errors, log()).toBeUndefined();
    const code = await codeSentTo(person.email);
    const created = await gql<{ confirmSignUp: { id: string } }>(confirmSignUp, {
      v: started.body.data?.signUp.verificationId,
      c: code,
    });
    expect(created.body.errors, log()).toBeUndefined();
    expect(created.sessionCookie, log()).toBeDefined();

    const { email, password } = person;
    const signedIn = await gql<{ signIn: { id: string } }>(signIn, { input: { identifier: email, password } });
    expect(signedIn.body.errors, log()).toBeUndefined();
    expect(signedIn.body.data?.signIn.id, log()).toBe(created.body.data?.confirmSignUp.id);
    expect(signedIn.sessionCookie, log()).toBeDefined();

    const me = await gql<{ me: { id: string; displayName: string; email: string } | null }>(
      "{ me { id displayName email } }",
      {},
      signedIn.sessionCookie,
    );
    expect(me.body, log()).toEqual({
      data: { me: { id: created.body.data?.confirmSignUp.id, displayName: person.displayName, email: person.email } },
    });
  });

  it("serves the public finder, a listing page and its calendar, and hands app paths to the assets", async () => {
    const finder = await fetch(`${worker.url}/find?place=BL9%200BW`);
    expect(finder.status, log()).toBe(200);
    expect(await finder.text()).toContain("Worker Recovery Café");
    const page = await fetch(`${worker.url}/gatherings/g-1`);
    expect(await page.text()).toContain('"@type":"Event"');
    const calendar = await fetch(`${worker.url}/gatherings/g-1/calendar.ics`);
    expect(await calendar.text()).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO");
    const appPage = await fetch(`${worker.url}/gatherings/g-1/suggest`);
    expect(await appPage.text()).toContain("Kinship placeholder");
  });

  it("refuses a wrong password with BAD_CREDENTIALS", async () => {
    const input = { identifier: person.email, password: "not the right password" };
    const refused = await gql(signIn, { input });
    expect(
      refused.body.errors?.map((e) => e.extensions?.code),
      log(),
    ).toEqual(["BAD_CREDENTIALS"]);
    expect(refused.sessionCookie, log()).toBeUndefined();
  });

  it("lets a coordinator prove a second factor and read members, audited, on D1", async () => {
    const { email, password } = coordinator;
    const signedIn = await gql(signIn, { input: { identifier: email, password } });
    const cookie = signedIn.sessionCookie;
    expect(cookie, log()).toBeDefined();
    const members = '{ organisation(slug: "worker-service") { members { role person { displayName } } } }';
    const refused = await gql(members, {}, cookie);
    expect(
      refused.body.errors?.map((e) => e.extensions?.code),
      log(),
    ).toEqual(["SECOND_FACTOR_REQUIRED"]);

    const started = await gql<{ startTotpEnrolment: { secret: string } }>(
      "mutation { startTotpEnrolment { secret } }",
      {},
      cookie,
    );
    const secret = started.body.data?.startTotpEnrolment.secret ?? "";
    const code = totpFor(secret, "").generate();
    const confirmed = await gql("mutation($code: String!) { confirmTotpEnrolment(code: $code) }", { code }, cookie);
    expect(confirmed.body.errors, log()).toBeUndefined();

    const allowed = await gql<{ organisation: { members: { role: string }[] } }>(members, {}, cookie);
    expect(allowed.body.errors, log()).toBeUndefined();
    expect(allowed.body.data?.organisation.members.map((m) => m.role).sort(), log()).toEqual(["COORDINATOR", "MEMBER"]);

    const memberSession = await gql(signIn, { input: { identifier: "worker-member@example.test", password } });
    const views = await gql<{ myRecordViews: { via: string }[] }>(
      "{ myRecordViews { via } }",
      {},
      memberSession.sessionCookie,
    );
    expect(views.body.data?.myRecordViews, log()).toEqual([{ via: "Organisation.members" }]);
  });
});
