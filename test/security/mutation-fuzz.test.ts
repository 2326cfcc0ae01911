// Property-based fuzzing of every mutation with arbitrary variables: whatever is
// sent, the answer is a typed error or a success, never a 5xx, a stack trace, a
// file path or SQL, and the database stays consistent. The seed is printed so a
// failure can be replayed with FUZZ_SEED=<seed>. Each feature's mutations, the
// records they act on and the rows they must leave sound are in fuzz-<feature>.ts.

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { accountFuzz } from "./fuzz-account";
import { directoryFuzz } from "./fuzz-directory";
import { disengagementFuzz } from "./fuzz-disengagement";
import { journeyFuzz } from "./fuzz-journey";
import { mentoringMatchingFuzz } from "./fuzz-mentoring-matching";
import { mentoringSessionsFuzz } from "./fuzz-mentoring-sessions";
import { networkFuzz } from "./fuzz-network";
import { remindersFuzz } from "./fuzz-reminders";
import { retentionFuzz } from "./fuzz-retention";
import type { FuzzFeature } from "./fuzz-values";
import { volunteeringFuzz } from "./fuzz-volunteering";

const runs = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const leaks = /\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|\bselect\b.+\bfrom\b|\binsert into\b/i;

const features: FuzzFeature[] = [
  accountFuzz,
  retentionFuzz,
  disengagementFuzz,
  directoryFuzz,
  volunteeringFuzz,
  mentoringSessionsFuzz,
  mentoringMatchingFuzz,
  journeyFuzz,
  networkFuzz,
  remindersFuzz,
];
const call = fc
  .constantFrom(...features.flatMap((feature) => feature.mutations))
  .chain((mutation) =>
    fc
      .record(mutation.variables, { requiredKeys: [] })
      .map((variables) => ({ document: mutation.document, variables })),
  );
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
beforeAll(async () => {
  t = await testApp();
  const organisationId = (await createOrganisation(t.db, { name: "Fuzz Home" })).id;
  realIds.set("home organisation", organisationId);
  // A recovery champion, so listing mutations get past the scope check and into validation.
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  signedIn = t.client();
  await signedIn.signIn(person.email, defaultPassword);
  for (const feature of features) {
    const made = await feature.setUp?.({ t, signedIn, personId: person.id, organisationId });
    for (const [standIn, id] of Object.entries(made ?? {})) realIds.set(standIn, id);
  }
});
afterAll(() => t.close());

describe("mutation fuzzing", () => {
  it(`${runs} arbitrary mutation calls: typed errors only, nothing leaked, database consistent`, async () => {
    console.info(`mutation fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
    const anonymous = t.client();
    await fc.assert(
      fc.asyncProperty(call, fc.boolean(), async ({ document, variables }, asSignedIn) => {
        const real = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, withRealIds(value)]));
        const response = await (asSignedIn ? signedIn : anonymous).raw({ query: document, variables: real });
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(body).not.toMatch(leaks);
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of parsed.errors ?? []) expect(error.extensions?.code).toBeTruthy();
      }),
      { numRuns: runs, seed },
    );
    const [integrity] = await t.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(integrity?.integrity_check).toBe("ok");
    expect(await t.db.all(sql`pragma foreign_key_check`)).toEqual([]);
    for (const feature of features) await feature.checkDatabase?.(t.db, realIds);
  }, 300_000);
});
