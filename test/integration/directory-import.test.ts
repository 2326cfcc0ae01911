// Importing other directories' feeds: a Meeting Guide feed and BMLT search
// results, run again and again as the source changes, with local edits kept.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createOfflineGeocoder } from "@kinship/api/directory/geocoding/geocoder";
import { runDueImports } from "@kinship/api/directory/imports/run-due-imports";
import { newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const meetingGuideFeed = JSON.parse(fixture("meeting-guide-feed.json")) as Record<string, unknown>[];

let clock = new Date("2026-11-23T09:00:00Z");
let t: TestAppHandle;
let champion: TestClient;
let organisationId: string;

const addSource = `mutation($org: ID!, $input: ImportSourceInput!) { addImportSource(organisationId: $org, input: $input) { id } }`;
const run = `mutation($id: ID!, $feed: String) {
  runImport(sourceId: $id, feed: $feed) {
    records added updated unchanged withdrawn relisted conflicts invalid { record problems } error
  }
}`;
type Report = {
  records: number;
  added: string[];
  updated: string[];
  unchanged: number;
  withdrawn: string[];
  relisted: string[];
  conflicts: string[];
  invalid: { record: string; problems: string[] }[];
  error: string | null;
};
const runWith = async (id: string, feed: unknown) => {
  const result = await champion.gql<{ runImport: Report }>(run, { id, feed: JSON.stringify(feed) });
  expect(result.errors).toBeUndefined();
  return result.data!.runImport;
};
const imported = (sourceId: string) =>
  t.db.select().from(schema.gatherings).where(eq(schema.gatherings.sourceId, sourceId));

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  organisationId = (await createOrganisation(t.db, { name: "Import Home" })).id;
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  champion = t.client();
  await champion.signIn(person.email, defaultPassword);
});
afterAll(() => t.close());

describe("a Meeting Guide feed", () => {
  let sourceId: string;
  beforeAll(async () => {
    const added = await champion.gql<{ addImportSource: { id: string } }>(addSource, {
      org: organisationId,
      input: { name: "Intergroup", format: "MEETING_GUIDE", defaultKind: "ALCOHOLICS_ANONYMOUS" },
    });
    sourceId = added.data!.addImportSource.id;
  });

  it("imports every valid meeting in our terms and reports each record it could not use", async () => {
    const report = await runWith(sourceId, meetingGuideFeed);
    expect(report).toMatchObject({ records: 7, updated: [], withdrawn: [], error: null });
    expect(report.added).toHaveLength(5);
    expect(report.invalid).toEqual([
      { record: "by-appointment", problems: ["It has no weekday, so we can't say when it happens."] },
      { record: "bad-postcode", problems: ["It meets in person but has no valid UK postcode."] },
    ]);
    const rows = new Map((await imported(sourceId)).map((row) => [row.sourceRecordId, row]));
    expect(rows.get("bury-tuesday-lunchtime")).toMatchObject({
      kind: "alcoholics_anonymous",
      attendanceMode: "in_person",
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      startTime: "12:30",
      durationMinutes: 60,
      timezone: "Europe/London",
      tags: ["O", "D"],
      accessibility: ["step_free", "accessible_toilet"],
      postcode: "BL9 0BW",
    });
    expect(rows.get("radcliffe-big-book")).toMatchObject({
      recurrence: "FREQ=WEEKLY;BYDAY=MO,TH",
      durationMinutes: 90,
    });
    expect(rows.get("prestwich-women")).toMatchObject({
      attendanceMode: "hybrid",
      onlineUrl: "https://meet.example.org/prestwich-women",
    });
    expect(rows.get("online-sunday-night")).toMatchObject({
      attendanceMode: "online",
      postcode: null,
      cancelledAt: null,
    });
  });

  it("updates rather than duplicates, withdraws what vanished and brings it back when it returns", async () => {
    clock = new Date("2026-11-24T09:00:00Z");
    expect(await runWith(sourceId, meetingGuideFeed)).toMatchObject({ added: [], updated: [], unchanged: 5 });
    expect(await imported(sourceId)).toHaveLength(5);

    const changed = meetingGuideFeed
      .filter((meeting) => meeting.slug !== "whitefield-saturday")
      .map((meeting) =>
        meeting.slug === "prestwich-women" ? { ...meeting, time: "10:30", end_time: "11:30" } : meeting,
      );
    const report = await runWith(sourceId, changed);
    expect(report).toMatchObject({
      updated: ["Prestwich Women's Meeting"],
      withdrawn: ["Whitefield Saturday Morning"],
      unchanged: 3,
    });
    const rows = new Map((await imported(sourceId)).map((row) => [row.sourceRecordId, row]));
    expect(rows.get("prestwich-women")?.startTime).toBe("10:30");
    expect(rows.get("whitefield-saturday")?.withdrawnAt).not.toBeNull();

    expect(await runWith(sourceId, meetingGuideFeed)).toMatchObject({ relisted: ["Whitefield Saturday Morning"] });
    expect((await imported(sourceId)).every((row) => row.withdrawnAt === null)).toBe(true);
  });

  it("keeps a local edit when the source also changed, and says so", async () => {
    const [row] = (await imported(sourceId)).filter((r) => r.sourceRecordId === "bury-tuesday-lunchtime");
    clock = new Date("2026-11-25T09:00:00Z");
    await t.db
      .update(schema.gatherings)
      .set({ description: "Edited here: now in the back room.", locallyEditedAt: clock })
      .where(eq(schema.gatherings.id, row!.id));
    clock = new Date("2026-11-26T09:00:00Z");
    const sourceChanged = meetingGuideFeed.map((m) =>
      m.slug === "bury-tuesday-lunchtime" ? { ...m, notes: "New notes" } : m,
    );
    expect(await runWith(sourceId, sourceChanged)).toMatchObject({
      conflicts: ["Bury Tuesday Lunchtime"],
      updated: [],
    });
    const [kept] = (await imported(sourceId)).filter((r) => r.sourceRecordId === "bury-tuesday-lunchtime");
    expect(kept?.description).toBe("Edited here: now in the back room.");
  });

  it("changes nothing when the feed is not a list of meetings, or not JSON", async () => {
    const before = await imported(sourceId);
    expect((await runWith(sourceId, { meetings: "nope" })).error).toMatch(/not a list of meetings/);
    const notJson = await champion.gql<{ runImport: Report }>(run, { id: sourceId, feed: "<html>" });
    expect(notJson.data?.runImport.error).toMatch(/not valid JSON/);
    expect(await imported(sourceId)).toEqual(before);
  });

  it("is refused to people who do not promote the organisation", async () => {
    expect(errorCodes(await t.client().gql(run, { id: sourceId, feed: "[]" }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("BMLT search results", () => {
  it("imports NA meetings with the attendance BMLT states and its weekday numbering", async () => {
    const added = await champion.gql<{ addImportSource: { id: string } }>(addSource, {
      org: organisationId,
      input: { name: "NA area", format: "BMLT", defaultKind: "NARCOTICS_ANONYMOUS" },
    });
    const sourceId = added.data!.addImportSource.id;
    const report = await runWith(sourceId, JSON.parse(fixture("bmlt-search-results.json")));
    expect(report).toMatchObject({
      added: ["Just for Today Bury", "NA Online North West", "Rochdale Hybrid"],
      invalid: [],
    });
    const rows = new Map((await imported(sourceId)).map((row) => [row.sourceRecordId, row]));
    expect(rows.get("4101")).toMatchObject({
      kind: "narcotics_anonymous",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      startTime: "19:00",
      durationMinutes: 90,
      accessibility: ["step_free"],
      tags: ["O"],
    });
    expect(rows.get("4102")).toMatchObject({
      attendanceMode: "online",
      recurrence: "FREQ=WEEKLY;BYDAY=TH",
      tags: ["C", "SP"],
    });
    expect(rows.get("4103")).toMatchObject({ attendanceMode: "hybrid", recurrence: "FREQ=WEEKLY;BYDAY=SA" });
  });
});

describe("scheduled imports", () => {
  it("runs a due source once even when two schedulers wake together, fetching it from its address", async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(meetingGuideFeed.slice(0, 2)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
    const id = newId();
    await t.db.insert(schema.importSources).values({
      id,
      organisationId,
      name: "Hourly",
      format: "meeting_guide",
      url,
      defaultKind: "alcoholics_anonymous",
      everyHours: 1,
      createdAt: clock,
    });
    const geocoder = createOfflineGeocoder(t.db);
    const testFetch = { allowPlainHttp: true }; // the local stand-in for a remote feed speaks plain HTTP
    const [first, second] = await Promise.all([
      runDueImports(t.db, geocoder, clock, testFetch),
      runDueImports(t.db, geocoder, clock, testFetch),
    ]);
    const ours = [...first, ...second];
    expect(ours.filter((report) => report.added.length === 2)).toHaveLength(1);
    expect(requests).toHaveLength(1);
    // Not due again until an hour has passed.
    expect(await runDueImports(t.db, geocoder, new Date(clock.getTime() + 30 * 60_000), testFetch)).toEqual([]);
    server.close();
  });
});
