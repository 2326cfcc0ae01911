// A Meeting Guide feed imported, then published again by our own feed, says
// the same thing: the same meetings on the same days, at the same local times
// in the same zones, with the same types; and importing our feed back changes
// nothing about them.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

const source = JSON.parse(
  readFileSync(new URL("../fixtures/meeting-guide-feed.json", import.meta.url), "utf8"),
) as Record<string, unknown>[];
const now = new Date("2026-11-23T09:00:00Z");
let t: TestAppHandle;
let champion: TestClient;
let slug: string;
let organisationId: string;

const addSource = `mutation($org: ID!, $input: ImportSourceInput!) { addImportSource(organisationId: $org, input: $input) { id } }`;
const run = `mutation($id: ID!, $feed: String) { runImport(sourceId: $id, feed: $feed) { added updated unchanged invalid { record } } }`;

async function importFeed(feed: unknown) {
  const added = await champion.gql<{ addImportSource: { id: string } }>(addSource, {
    org: organisationId,
    input: { name: `Feed ${Math.random()}`, format: "MEETING_GUIDE", defaultKind: "ALCOHOLICS_ANONYMOUS" },
  });
  const id = added.data!.addImportSource.id;
  const result = await champion.gql<{ runImport: { added: string[]; invalid: { record: string }[] } }>(run, {
    id,
    feed: JSON.stringify(feed),
  });
  return { id, report: result.data!.runImport };
}

// What a meeting-finder app shows: compared field by field.
const shown = (meeting: Record<string, unknown>) => ({
  name: meeting.name,
  day: meeting.day,
  time: meeting.time,
  end_time: meeting.end_time,
  timezone: meeting.timezone ?? "Europe/London",
  // TC on an online meeting says its building is closed; our attendance mode says the same.
  types: [...((meeting.types as string[]) ?? [])].filter((type) => type !== "TC").sort(),
  postal_code: meeting.postal_code,
  conference_url: meeting.conference_url,
});

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const organisation = await createOrganisation(t.db, { name: "Round Trip Intergroup" });
  organisationId = organisation.id;
  slug = "round-trip-intergroup";
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  champion = t.client();
  await champion.signIn(person.email, defaultPassword);
});
afterAll(() => t.close());

describe("Meeting Guide round trip", () => {
  it("publishes every imported meeting with the same days, times, zones and types", async () => {
    const { report } = await importFeed(source);
    expect(report.added).toHaveLength(5);
    const response = await t.app.request(`http://localhost/organisations/${slug}/meeting-guide.json`);
    expect(response.status).toBe(200);
    const published = (await response.json()) as Record<string, unknown>[];
    const usable = source.filter((meeting) => !report.invalid.some((bad) => bad.record === meeting.slug));
    const byName = (list: Record<string, unknown>[]) =>
      list.map(shown).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(byName(published)).toEqual(byName(usable));
  });

  it("reads our own feed back as the same meetings", async () => {
    const published = (await (
      await t.app.request(`http://localhost/organisations/${slug}/meeting-guide.json`)
    ).json()) as Record<string, unknown>[];
    const { id, report } = await importFeed(published);
    expect(report).toMatchObject({ invalid: [] });
    expect(report.added.sort()).toEqual(published.map((meeting) => meeting.name).sort());
    const again = await champion.gql<{ runImport: { added: string[]; unchanged: number } }>(run, {
      id,
      feed: JSON.stringify(published),
    });
    expect(again.data?.runImport).toMatchObject({ added: [], unchanged: published.length });
  });
});
