// Property-based fuzzing of every mutation with arbitrary variables: whatever is
// sent, the answer is a typed error or a success, never a 5xx, a stack trace, a
// file path or SQL, and the database stays consistent. The seed is printed so a
// failure can be replayed with FUZZ_SEED=<seed>.

import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";

const runs = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const leaks = /\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|\bselect\b.+\bfrom\b|\binsert into\b/i;

type VariableKind =
  | "input"
  | "string"
  | "id"
  | "boolean"
  | "purpose"
  | "listing"
  | "organisation"
  | "gathering"
  | "suggestion"
  | "importSource"
  | "feed";
const mutations: { document: string; variables: Record<string, VariableKind> }[] = [
  { document: "mutation($input: SignUpInput!) { signUp(input: $input) { id } }", variables: { input: "input" } },
  { document: "mutation($input: SignInInput!) { signIn(input: $input) { id } }", variables: { input: "input" } },
  {
    document: "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }",
    variables: { input: "input" },
  },
  { document: "mutation($id: ID!) { endSession(id: $id) }", variables: { id: "id" } },
  {
    document: "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }",
    variables: { p: "purpose", g: "boolean" },
  },
  { document: "mutation($c: String!) { verifySecondFactor(code: $c) }", variables: { c: "string" } },
  { document: "mutation($c: String!) { confirmTotpEnrolment(code: $c) }", variables: { c: "string" } },
  { document: "mutation { startTotpEnrolment { secret } }", variables: {} },
  {
    document: "mutation($o: ID!, $p: ID!) { resetSecondFactor(organisationId: $o, personId: $p) }",
    variables: { o: "id", p: "id" },
  },
  { document: "mutation($p: String!) { eraseMyAccount(password: $p) }", variables: { p: "string" } },
  {
    document: "mutation($o: ID!, $i: GatheringInput!) { createGathering(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "listing" },
  },
  {
    document: "mutation($g: ID!, $i: GatheringInput!) { updateGathering(id: $g, input: $i) { id } }",
    variables: { g: "gathering", i: "listing" },
  },
  {
    document: "mutation($g: ID!, $c: ListingStatusChange!) { changeListingStatus(id: $g, change: $c) { id } }",
    variables: { g: "gathering", c: "string" },
  },
  {
    document: "mutation($g: ID!, $i: OccurrenceChangeInput!) { changeOccurrence(id: $g, input: $i) { id } }",
    variables: { g: "gathering", i: "input" },
  },
];

const inputFields = [
  "displayName",
  "email",
  "mobile",
  "password",
  "identifier",
  "currentPassword",
  "newPassword",
  "occurrenceOn",
  "change",
  "movedToOn",
  "movedToTime",
  "note",
];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("", " ", "07700 900123", "+447700900999", "a@b.co", "'; drop table people; --", "\u0000", "%00"),
  fc.string({ minLength: 200, maxLength: 5000 }),
);
const anything: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), text, { maxKeys: 3 }),
);
// Listings close enough to valid that most calls get past the outer checks and
// exercise the schedule, place and online rules.
const listing = fc.record(
  {
    name: fc.oneof(fc.constant("Fuzz café"), text),
    kind: fc.oneof(fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "TRAINING"), text),
    description: text,
    attendanceMode: fc.oneof(fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"), text),
    schedule: fc.oneof(
      fc.record(
        {
          repeat: fc.oneof(fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"), text),
          startsOn: fc.oneof(fc.constantFrom("2026-12-07", "2026-02-30", "2027-03-28"), text),
          startTime: fc.oneof(fc.constantFrom("19:00", "01:30", "24:00"), text),
          durationMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), anything),
          timezone: fc.oneof(fc.constantFrom("Europe/London", "Mars/Olympus", "America/New_York"), text),
          weekdays: fc.oneof(fc.subarray(["MO", "TU", "WE", "FR", "SU"]), anything),
          everyWeeks: fc.oneof(fc.integer({ min: -1, max: 10 }), anything),
          weeksOfMonth: fc.oneof(fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 3 }), anything),
          endsOn: fc.oneof(fc.constantFrom("2026-01-01", "2027-12-31"), text),
        },
        { requiredKeys: ["repeat", "startsOn", "startTime", "durationMinutes"] },
      ),
      anything,
    ),
    place: fc.oneof(
      fc.record({
        venueName: text,
        address: text,
        town: text,
        postcode: fc.oneof(fc.constantFrom("BL9 0BW", "M1 1AE", "ZZ9 9ZZ"), text),
        latitude: fc.oneof(fc.double({ min: 40, max: 70, noNaN: true }), anything),
        longitude: fc.oneof(fc.double({ min: -10, max: 5, noNaN: true }), anything),
      }),
      anything,
    ),
    online: fc.oneof(
      fc.record({ url: fc.oneof(fc.constantFrom("https://meet.example.org/x", "javascript:alert(1)"), text) }),
      anything,
    ),
    tags: fc.oneof(fc.subarray(["O", "C", "free-food", "nonsense"]), anything),
    accessibility: fc.oneof(fc.subarray(["STEP_FREE", "HEARING_LOOP"]), anything),
  },
  { requiredKeys: [] },
);
// And listings that are valid but vary, so the success path (and what it stores) is fuzzed too.
const validListing = fc.record({
  name: fc.string({ minLength: 1, maxLength: 100 }).filter((name) => name.trim().length > 0),
  kind: fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "RECOVERY_WALK"),
  description: fc.string({ maxLength: 200 }),
  attendanceMode: fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"),
  schedule: fc.record({
    repeat: fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"),
    startsOn: fc.constantFrom("2026-12-07", "2027-03-28", "2027-10-31"),
    startTime: fc.constantFrom("00:30", "01:30", "19:00", "23:45"),
    durationMinutes: fc.integer({ min: 5, max: 1440 }),
    weekdays: fc.constantFrom(["MO"], ["SU"]),
    everyWeeks: fc.integer({ min: 1, max: 8 }),
    weeksOfMonth: fc.constantFrom([1], [-1], [2, 4]),
  }),
  place: fc.constant({ venueName: "Hall", address: "1 Street", town: "Bury", postcode: "BL9 0BW" }),
  online: fc.constant({ url: "https://meet.example.org/fuzz" }),
  tags: fc.subarray(["O", "C", "free-food"]),
});
const byKind = {
  input: fc.oneof(fc.dictionary(fc.constantFrom(...inputFields), fc.oneof(text, anything), { maxKeys: 5 }), anything),
  string: fc.oneof(text, anything),
  id: fc.oneof(text, fc.uuid(), anything),
  boolean: fc.oneof(fc.boolean(), anything),
  purpose: fc.oneof(fc.constantFrom("REMINDERS_BY_SMS", "SHARE_JOURNEY_WITH_MENTOR"), text, anything),
  listing: fc.oneof(validListing, listing, anything),
  importSource: fc.oneof(fc.constant("home source"), fc.uuid(), anything),
  // Feeds: arbitrary JSON, arrays of half-right meetings, and junk.
  feed: fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc
      .array(
        fc.record(
          {
            slug: text,
            name: text,
            day: anything,
            time: text,
            postal_code: text,
            types: anything,
            conference_url: text,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      )
      .map((meetings) => JSON.stringify(meetings)),
    text,
  ),
  suggestion: fc.oneof(
    fc.record(
      {
        gatheringId: fc.oneof(fc.constant("home gathering"), fc.uuid(), anything),
        organisationId: fc.oneof(fc.constant("home organisation"), anything),
        changes: fc.oneof(
          fc.dictionary(fc.constantFrom("name", "postcode", "onlineUrl", "description", "nonsense"), text, {
            maxKeys: 3,
          }),
          anything,
        ),
        message: fc.oneof(text, fc.constant("see https://a.example and https://b.example")),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  organisation: fc.oneof(fc.constant("home organisation"), fc.uuid(), anything),
  gathering: fc.oneof(fc.constant("home gathering"), fc.uuid(), anything),
};
// The real ids exist only once the database does; stand-ins are swapped in per call.
const withRealIds = (value: unknown): unknown => {
  if (value === "home organisation") return organisationId;
  if (value === "home gathering") return gatheringId;
  if (value === "home source") return importSourceId;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withRealIds(inner)]));
  }
  return value;
};
let organisationId = "";
let gatheringId = "";
let importSourceId = "";
const call = fc.constantFrom(...mutations).chain((mutation) =>
  fc
    .record(Object.fromEntries(Object.entries(mutation.variables).map(([name, kind]) => [name, byKind[kind]])), {
      requiredKeys: [],
    })
    .map((variables) => ({ document: mutation.document, variables })),
);

let t: TestAppHandle;
let signedIn: TestClient;
beforeAll(async () => {
  t = await testApp();
  // A recovery champion, so listing mutations get past the scope check and into validation.
  organisationId = (await createOrganisation(t.db, { name: "Fuzz Home" })).id;
  gatheringId = (await createGathering(t.db, organisationId)).id;
  importSourceId = newId();
  await t.db.insert(schema.importSources).values({
    id: importSourceId,
    organisationId,
    name: "Fuzz feed",
    format: "meeting_guide",
    defaultKind: "alcoholics_anonymous",
    createdAt: new Date(),
  });
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  signedIn = t.client();
  await signedIn.signIn(person.email, defaultPassword);
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
    // A person row is never stored without what it needs to sign in.
    const [incomplete] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from people where password_hash = '' or (email is null and mobile is null)`,
    );
    expect(incomplete?.n).toBe(0);
    // Every stored listing can still be scheduled and shown.
    const [unschedulable] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from gatherings where duration_minutes < 5 or start_time not glob '[0-2][0-9]:[0-5][0-9]'
        or (attendance_mode != 'online' and (postcode is null or latitude is null))
        or (attendance_mode != 'in_person' and online_url is null and online_phone is null)`,
    );
    expect(unschedulable?.n).toBe(0);
    const [listings] = await t.db.all<{ n: number }>(sql`select count(*) as n from gatherings`);
    console.info(`listings stored by valid fuzz inputs: ${(listings?.n ?? 1) - 1}`);
  }, 300_000);
});
