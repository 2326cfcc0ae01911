// Mutation fuzz of directory imports (see fuzz-values.ts): the signed-in person, a
// recovery champion, adds import sources and runs imports from a file's contents
// (the fixture feeds, a random part of them each time, some names changed so runs
// add, update and withdraw). Sources the fuzz adds are never run, and the two it
// runs have no address, so the fuzz reaches no network.
import { readFileSync } from "node:fs";
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { anyInput, anyString, anything, type FuzzFeature, homeOrganisation, realOrRandomId, text } from "./fuzz-values";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Record<string, unknown>[];
const meetingGuideRecords = fixture("meeting-guide-feed.json");
const bmltRecords = fixture("bmlt-search-results.json");
const meetingGuideSource = "meeting guide source";
const bmltSource = "bmlt source";

/** Part of a feed, now and then with a record renamed, as a file's contents. */
const partOf = (records: Record<string, unknown>[], nameKey: string) =>
  fc
    .tuple(fc.subarray(records), fc.boolean())
    .map(([part, isRenamed]) =>
      JSON.stringify(
        isRenamed ? part.map((r, i) => (i === 0 ? { ...r, [nameKey]: `${r[nameKey]} (moved)` } : r)) : part,
      ),
    );
const validRun = fc.oneof(
  fc.record({ s: fc.constant(meetingGuideSource), f: partOf(meetingGuideRecords, "name") }),
  fc.record({ s: fc.constant(bmltSource), f: partOf(bmltRecords, "meeting_name") }),
);
// Feeds that are not lists, lists of junk records, half-right records, and not JSON at all.
const junkRecord = fc.dictionary(
  fc.constantFrom(
    "name",
    "slug",
    "day",
    "time",
    "end_time",
    "postal_code",
    "latitude",
    "types",
    "id_bigint",
    "meeting_name",
  ),
  anything,
  { maxKeys: 8 },
);
const anyFeed = fc.oneof(
  fc.array(junkRecord, { maxLength: 5 }).map((records) => JSON.stringify(records)),
  fc.constantFrom("{}", "[]", "null", '{"meetings": 3}', "[1, 2, 3]", "not json"),
  text,
  fc.constant(null),
  anything,
);
const sourceInput = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 120 }).filter((name) => name.trim().length > 0),
    format: fc.constantFrom("MEETING_GUIDE", "BMLT"),
    defaultKind: fc.constantFrom("ALCOHOLICS_ANONYMOUS", "NARCOTICS_ANONYMOUS", "OTHER_FELLOWSHIP"),
    everyHours: fc.integer({ min: 0, max: 168 }),
    url: fc.constant("https://feeds.example.org/meetings.json"),
  },
  { requiredKeys: ["name", "format", "defaultKind"] },
);
const anySourceInput = fc.oneof(
  fc.record(
    {
      name: fc.oneof(text, fc.constant("  ")),
      format: fc.oneof(fc.constantFrom("MEETING_GUIDE", "BMLT"), text),
      defaultKind: fc.oneof(fc.constantFrom("ALCOHOLICS_ANONYMOUS", "BOGUS"), text),
      everyHours: fc.oneof(fc.integer({ min: -1, max: 200 }), anything),
      url: fc.oneof(
        fc.constantFrom("http://feeds.example.org/x", "file:///etc/passwd", "https://", "https://a b"),
        text,
      ),
    },
    { requiredKeys: [] },
  ),
  anyInput,
);

export const directoryImportsFuzz: FuzzFeature = {
  mutations: [
    {
      document:
        "mutation($o: ID!, $i: ImportSourceInput!) { addImportSource(organisationId: $o, input: $i) { id everyHours } }",
      variables: { o: homeOrganisation, i: anySourceInput },
      valid: fc.record({ o: fc.constant("home organisation"), i: sourceInput }),
    },
    {
      document: "mutation($s: ID!, $f: String) { runImport(sourceId: $s, feed: $f) { records added error } }",
      variables: { s: fc.oneof(realOrRandomId(meetingGuideSource), realOrRandomId(bmltSource), anyString), f: anyFeed },
      valid: validRun,
    },
  ],
  async setUp({ t, organisationId }) {
    const source = (format: "meeting_guide" | "bmlt") => ({
      id: newId(),
      organisationId,
      name: `Fuzz ${format} feed`,
      format,
      url: null,
      defaultKind: "alcoholics_anonymous" as const,
      createdAt: new Date(),
    });
    const sources = [source("meeting_guide"), source("bmlt")];
    await t.db.insert(schema.importSources).values(sources);
    return { [meetingGuideSource]: sources[0]!.id, [bmltSource]: sources[1]!.id };
  },
  async checkDatabase(db) {
    // Sources are named, run at most weekly and fetched only over https; imports came from the file runs.
    const [straySources] = await db.all<{ n: number }>(
      sql`select count(*) as n from import_sources where trim(name) = '' or every_hours not between 0 and 168
        or (url is not null and url not like 'https://%')`,
    );
    expect(straySources?.n).toBe(0);
    const [stored] = await db.all<{ sources: number; imported: number }>(
      sql`select (select count(*) from import_sources) - 2 as sources,
        (select count(*) from gatherings where source_id is not null) as imported`,
    );
    expect(stored?.sources).toBeGreaterThan(0);
    expect(stored?.imported).toBeGreaterThan(0);
  },
};
