// Suggestions from the public: sent without an account, capped, rate-limited,
// invisible until a moderator of the listing's organisation decides them.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let moderator: TestClient;
let organisationId: string;
let gatheringId: string;

const suggest = `mutation($input: ListingSuggestionInput!) { suggestListingChange(input: $input) }`;
const queue = `query($org: ID!, $status: SuggestionStatus) {
  listingSuggestions(organisationId: $org, status: $status) {
    id isNewListing message isFromSignedInPerson status gathering { id }
    changes { field label current proposed }
  }
}`;
const moderate = `mutation($id: ID!, $decision: ModerationDecision!) {
  moderateSuggestion(id: $id, decision: $decision) { status }
}`;
interface QueuedSuggestion {
  id: string;
  isNewListing: boolean;
  changes: { field: string; label: string; current: string | null; proposed: string }[];
  isFromSignedInPerson: boolean;
}
const pending = async () =>
  (await moderator.gql<{ listingSuggestions: QueuedSuggestion[] }>(queue, { org: organisationId })).data!
    .listingSuggestions;

beforeAll(async () => {
  t = await testApp();
  organisationId = (await createOrganisation(t.db, { name: "Suggestions Home" })).id;
  gatheringId = (await createGathering(t.db, organisationId, { name: "Tuesday café" })).id;
  // A second venue in BL9 so a suggested postcode there can be placed offline.
  await createGathering(t.db, organisationId, { postcode: "BL9 0SW", latitude: 53.5945, longitude: -2.2919 });
  const champion = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  moderator = t.client();
  await moderator.signIn(champion.email, defaultPassword);
});
afterAll(() => t.close());

describe("suggesting a change", () => {
  it("takes a suggestion from anyone, shows it only to moderators with the difference, and applies it on accept", async () => {
    const visitor = t.client();
    const sent = await visitor.gql(suggest, {
      input: { gatheringId, changes: { name: "Tuesday Recovery Café", postcode: "bl9 0sw" }, message: "It moved." },
    });
    expect(sent.data).toEqual({ suggestListingChange: true });
    const publicView = await t
      .client()
      .gql<{ gathering: { name: string } }>("query($id: ID!) { gathering(id: $id) { name } }", { id: gatheringId });
    expect(publicView.data?.gathering.name).toBe("Tuesday café");
    expect(errorCodes(await visitor.gql(queue, { org: organisationId }))).toEqual(["UNAUTHENTICATED"]);

    const [suggestion] = await pending();
    expect(suggestion).toMatchObject({ isNewListing: false, isFromSignedInPerson: false });
    expect(suggestion?.changes).toEqual([
      { field: "NAME", label: "Name", current: "Tuesday café", proposed: "Tuesday Recovery Café" },
      { field: "POSTCODE", label: "Postcode", current: "BL9 0BW", proposed: "BL9 0SW" },
    ]);
    const decided = await moderator.gql(moderate, { id: suggestion!.id, decision: "ACCEPT" });
    expect(decided.data).toEqual({ moderateSuggestion: { status: "ACCEPTED" } });
    const [row] = await t.db.select().from(schema.gatherings).where(eq(schema.gatherings.id, gatheringId));
    expect(row).toMatchObject({ name: "Tuesday Recovery Café", postcode: "BL9 0SW", latitude: 53.5945 });
    expect(errorCodes(await moderator.gql(moderate, { id: suggestion!.id, decision: "REJECT" }))).toEqual(["CONFLICT"]);
    expect(await pending()).toEqual([]);
  });

  it("leaves the listing alone when a suggestion is rejected", async () => {
    await t.client().gql(suggest, { input: { gatheringId, changes: { description: "Nonsense" } } });
    const [suggestion] = await pending();
    await moderator.gql(moderate, { id: suggestion!.id, decision: "REJECT" });
    const [row] = await t.db.select().from(schema.gatherings).where(eq(schema.gatherings.id, gatheringId));
    expect(row?.description).not.toBe("Nonsense");
  });

  it("takes a new listing for a chosen organisation, and needs its name", async () => {
    const missingName = await t.client().gql(suggest, { input: { organisationId, changes: { town: "Bury" } } });
    expect(errorCodes(missingName)).toEqual(["VALIDATION"]);
    await t.client().gql(suggest, {
      input: { organisationId, changes: { name: "Thursday walk", whenText: "Thursdays 10am" } },
    });
    const [suggestion] = await pending();
    expect(suggestion).toMatchObject({ isNewListing: true });
    expect(suggestion?.changes.map((c) => [c.field, c.current])).toEqual([
      ["NAME", null],
      ["WHEN_TEXT", null],
    ]);
    await moderator.gql(moderate, { id: suggestion!.id, decision: "ACCEPT" });
  });

  it("caps lengths and links, with a message for each field", async () => {
    const result = await t.client().gql(suggest, {
      input: {
        gatheringId,
        changes: {
          name: "Visit https://spam.example",
          onlineUrl: "javascript:alert(1)",
          description: "x".repeat(2001),
        },
      },
    });
    expect(errorCodes(result)).toEqual(["VALIDATION"]);
    const fields = result.errors![0]!.extensions!.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(["changes.description", "changes.name", "changes.onlineUrl"].sort());
    const twoLinks = await t.client().gql(suggest, {
      input: { gatheringId, changes: {}, message: "https://a.example https://b.example" },
    });
    expect(Object.keys(twoLinks.errors![0]!.extensions!.fields as object)).toEqual(["message"]);
  });

  it("limits how many suggestions one address can send, with 429 and Retry-After", async () => {
    const flooder = t.client();
    flooder.address = "198.51.100.77";
    const statuses: number[] = [];
    // Ten free, the eleventh is counted and starts the wait, the twelfth is refused.
    for (let i = 0; i < 12; i++) {
      const response = await flooder.raw({
        query: suggest,
        variables: { input: { gatheringId, changes: { town: `T${i}` } } },
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 11).every((status) => status === 200)).toBe(true);
    expect(statuses[11]).toBe(429);
  });

  it("keeps a signed-in person's suggestion in their export, and keeps it anonymous after they erase their account", async () => {
    const person = await createPerson(t.db);
    const member = t.client();
    member.address = "198.51.100.78";
    await member.signIn(person.email, defaultPassword);
    await member.gql(suggest, { input: { gatheringId, changes: { contactPhone: "0161 000 0000" } } });
    const exported = await t.app.request("http://localhost/api/my-data", { headers: { cookie: member.cookie! } });
    expect((await exported.json()).listingSuggestions).toEqual([
      expect.objectContaining({ gatheringId, changes: { contactPhone: "0161 000 0000" }, status: "pending" }),
    ]);
    expect((await pending()).at(-1)?.isFromSignedInPerson).toBe(true);
    await member.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", { p: defaultPassword });
    expect((await pending()).at(-1)).toMatchObject({ isFromSignedInPerson: false });
  });
});
