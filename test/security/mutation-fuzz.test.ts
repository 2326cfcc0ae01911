// Property-based fuzzing of every mutation with arbitrary variables: whatever is
// sent, the answer is a typed error or a success, never a 5xx, a stack trace, a
// file path or SQL, and the database stays consistent. The seed is printed so a
// failure can be replayed with FUZZ_SEED=<seed>. Each feature's mutations, the
// records they act on and the rows they must leave sound are in fuzz-<feature>.ts.
// Besides junk, a share of calls are valid by construction: the run fails unless
// they succeed (and store rows) wherever success is possible, and every mutation
// in the schema must have an entry here, so a new one cannot escape the fuzz.

import { sessionCookieName } from "@kinship/api/auth/cookie";
import { createSession } from "@kinship/api/auth/sessions";
import { schema as graphqlSchema } from "@kinship/api/graphql/schema";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { accountFuzz } from "./fuzz-account";
import { attendanceFuzz } from "./fuzz-attendance";
import { directoryFuzz } from "./fuzz-directory";
import { directoryImportsFuzz } from "./fuzz-directory-imports";
import { disengagementFuzz } from "./fuzz-disengagement";
import { journeyFuzz } from "./fuzz-journey";
import { mentoringMatchingFuzz } from "./fuzz-mentoring-matching";
import { mentoringSessionsFuzz } from "./fuzz-mentoring-sessions";
import { networkFuzz } from "./fuzz-network";
import { notificationsFuzz } from "./fuzz-notifications";
import { FuzzOutcomes, mutationFieldOf } from "./fuzz-outcomes";
import { plannedContactsFuzz } from "./fuzz-planned-contacts";
import { remindersFuzz } from "./fuzz-reminders";
import { retentionFuzz } from "./fuzz-retention";
import { sessionsFuzz } from "./fuzz-sessions";
import { suggestionsFuzz } from "./fuzz-suggestions";
import type { FuzzFeature, FuzzMutation } from "./fuzz-values";
import { volunteeringFuzz } from "./fuzz-volunteering";

const runs = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const leaks = /\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|\bselect\b.+\bfrom\b|\binsert into\b/i;

const features: FuzzFeature[] = [
  accountFuzz,
  retentionFuzz,
  disengagementFuzz,
  plannedContactsFuzz,
  directoryFuzz,
  volunteeringFuzz,
  mentoringSessionsFuzz,
  mentoringMatchingFuzz,
  journeyFuzz,
  networkFuzz,
  remindersFuzz,
  directoryImportsFuzz,
  suggestionsFuzz,
  attendanceFuzz,
  notificationsFuzz,
  sessionsFuzz,
];
// Mutations with no fuzz entry, each with the reason it cannot be fuzzed meaningfully (none today).
const notFuzzed: Record<string, string> = {};

const mutations = features.flatMap((feature) => feature.mutations);
const junkCall = fc
  .constantFrom(...mutations)
  .chain((mutation) =>
    fc.record(mutation.variables, { requiredKeys: [] }).map((variables) => ({ mutation, variables, isValid: false })),
  );
const validCall = fc
  .constantFrom(...mutations.filter((mutation) => mutation.valid))
  .chain((mutation) => mutation.valid!.map((variables) => ({ mutation, variables, isValid: true })));
// One call in six is valid by construction (about 25 per mutation); the rest are junk and near misses.
const call = fc.oneof({ arbitrary: junkCall, weight: 5 }, { arbitrary: validCall, weight: 1 });
// The real ids exist only once the database does; stand-ins ("home match") are swapped in per call.
const realIds = new Map<string, string>();
const withRealIds = (value: unknown): unknown => {
  if (typeof value === "string") return realIds.get(value) ?? value;
  if (Array.isArray(value)) return value.map(withRealIds);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withRealIds(inner)]));
  }
  return value;
};

let t: TestAppHandle;
let signedIn: TestClient;
let ownSessionPersonId: string;
// A fresh session of a second person's for one call, so signing out ends nobody else's session.
async function ownSession() {
  const client = t.client();
  const { token } = await createSession(t.db, ownSessionPersonId, "mutation fuzz");
  client.cookie = `${sessionCookieName(false)}=${token}`;
  return client;
}
beforeAll(async () => {
  t = await testApp();
  const organisationId = (await createOrganisation(t.db, { name: "Fuzz Home" })).id;
  realIds.set("home organisation", organisationId);
  // A recovery champion, so listing mutations get past the scope check and into validation.
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  signedIn = t.client();
  await signedIn.signIn(person.email, defaultPassword);
  ownSessionPersonId = (await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] })).id;
  realIds.set("own-session person", ownSessionPersonId);
  for (const feature of features) {
    const made = await feature.setUp?.({ t, signedIn, personId: person.id, organisationId });
    for (const [standIn, id] of Object.entries(made ?? {})) realIds.set(standIn, id);
  }
});
afterAll(() => t.close());

describe("mutation fuzzing", () => {
  it("has an entry for every mutation in the schema, or says why one cannot be fuzzed", () => {
    const inSchema = Object.keys(graphqlSchema.getMutationType()?.getFields() ?? {});
    const fuzzed = new Set(mutations.map((mutation) => mutationFieldOf(mutation.document)));
    expect(inSchema.filter((field) => !fuzzed.has(field) && !(field in notFuzzed))).toEqual([]);
    // An excuse outlives its reason when the mutation is gone or has since been fuzzed.
    expect(Object.keys(notFuzzed).filter((field) => fuzzed.has(field) || !inSchema.includes(field))).toEqual([]);
  });

  it(`${runs} arbitrary mutation calls: typed errors only, nothing leaked, valid ones succeed, database consistent`, async () => {
    console.info(`mutation fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
    const anonymous = t.client();
    const outcomes = new FuzzOutcomes();
    const callerFor = (mutation: FuzzMutation, isSignedIn: boolean) =>
      !isSignedIn ? anonymous : mutation.needsOwnSession ? ownSession() : signedIn;
    await fc.assert(
      fc.asyncProperty(call, fc.boolean(), async ({ mutation, variables, isValid }, asSignedIn) => {
        const real = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, withRealIds(value)]));
        const startedAt = performance.now();
        const caller = await callerFor(mutation, isValid || asSignedIn);
        const response = await caller.raw({ query: mutation.document, variables: real });
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(body).not.toMatch(leaks);
        const parsed = JSON.parse(body) as { data?: object | null; errors?: { extensions?: { code?: string } }[] };
        for (const error of parsed.errors ?? []) expect(error.extensions?.code).toBeTruthy();
        const hasSucceeded = !parsed.errors?.length && Object.values(parsed.data ?? {}).every((v) => v !== null);
        const milliseconds = performance.now() - startedAt;
        outcomes.record(mutationFieldOf(mutation.document), { isValid, hasSucceeded, milliseconds });
      }),
      { numRuns: runs, seed },
    );
    console.info(`mutation fuzz outcomes:\n${outcomes.summary()}`);
    const unchecked = FuzzOutcomes.unchecked(mutations);
    if (unchecked.length)
      console.info(`successes not yet checked (no valid inputs, no reason): ${unchecked.join(", ")}`);
    outcomes.expectEachAsDeclared(mutations);
    const [integrity] = await t.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(integrity?.integrity_check).toBe("ok");
    expect(await t.db.all(sql`pragma foreign_key_check`)).toEqual([]);
    for (const feature of features) await feature.checkDatabase?.(t.db, realIds);
    // Sign-outs ended only their own sessions: the signed-in person is still signed in.
    const me = await signedIn.gql<{ me: { id: string } | null }>("{ me { id } }");
    expect(me.data?.me?.id).toBeTruthy();
  }, 300_000);
});
