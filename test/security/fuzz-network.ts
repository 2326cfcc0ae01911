// Mutation fuzz of the network map (see fuzz-values.ts): the signed-in person changes
// their own map, with a connection already on it; suggestion keys near and far from real ones.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { anyString, anything, type FuzzFeature, realOrRandomId, text } from "./fuzz-values";

// Connections close to valid (labels around 60 characters, closeness around 1–3) and junk.
const connectionInput = fc.oneof(
  fc.record(
    {
      label: fc.oneof(fc.constantFrom("Mum", " ", "x".repeat(60), "x".repeat(61)), text),
      kind: fc.oneof(fc.constantFrom("FAMILY", "MUTUAL_AID_GROUP", "USED_WITH", "ENEMY"), text),
      influence: fc.oneof(fc.constantFrom("SUPPORTIVE", "NEUTRAL", "USING"), text),
      closeness: fc.oneof(fc.integer({ min: -1, max: 5 }), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const validConnection = fc.record({
  label: fc.string({ minLength: 1, maxLength: 60 }).filter((label) => label.trim().length > 0),
  kind: fc.constantFrom("FAMILY", "FRIEND", "MUTUAL_AID_GROUP", "PROFESSIONAL"),
  influence: fc.constantFrom("SUPPORTIVE", "NEUTRAL", "USING"),
  closeness: fc.integer({ min: 1, max: 3 }),
});
const homeConnection = realOrRandomId("home connection");
// Connections only valid calls remove, so the home one stays for the others.
const toRemove = Array.from({ length: 6 }, (_, index) => `connection to remove ${index}`);
const suggestionKey = fc.oneof(
  fc.constantFrom("match:home", "gathering:nowhere", "volunteering:nowhere", "friend:1", "match:"),
  text,
  anything,
);
export const networkFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: ConnectionInput!) { addConnection(input: $i) { id label } }",
      variables: { i: connectionInput },
      valid: fc.record({ i: validConnection }),
    },
    {
      document: "mutation($id: ID!, $i: ConnectionInput!) { updateConnection(id: $id, input: $i) { id } }",
      variables: { id: homeConnection, i: connectionInput },
      valid: fc.record({ id: fc.constant("home connection"), i: validConnection }),
    },
    {
      document: "mutation($id: ID!) { removeConnection(id: $id) }",
      // Never the home connection: once it is gone, nothing could update it.
      variables: { id: realOrRandomId(toRemove[0]!) },
      valid: fc.record({ id: fc.constantFrom(...toRemove) }),
    },
    {
      document: `mutation($k: String!, $f: ConnectionInfluence, $c: Int) {
      acceptSuggestion(key: $k, influence: $f, closeness: $c) { id } }`,
      variables: { k: suggestionKey, f: anyString, c: anyString },
    },
    { document: "mutation($k: String!) { dismissSuggestion(key: $k) }", variables: { k: suggestionKey } },
  ],
  async setUp({ signedIn }) {
    // Connections on the signed-in person's own map, so update and remove reach their own checks.
    const add = async () =>
      (
        await signedIn.gql<{ addConnection: { id: string } }>(
          'mutation { addConnection(input: { label: "Fuzz friend", kind: FRIEND, influence: SUPPORTIVE, closeness: 2 }) { id } }',
        )
      ).data!.addConnection.id;
    const made: Record<string, string> = { "home connection": await add() };
    for (const standIn of toRemove) made[standIn] = await add();
    return made;
  },
  async checkDatabase(db) {
    // Connection labels are only stored sealed, closeness is 1–3, and every map that changed has its day's snapshot.
    const [strayConnections] = await db.all<{ n: number }>(
      sql`select count(*) as n from network_connections c where c.label_cipher not like 'p1.%'
        or c.closeness not between 1 and 3
        or not exists (select 1 from network_snapshots s where s.person_id = c.person_id and s.taken_on >= c.added_on)`,
    );
    expect(strayConnections?.n).toBe(0);
    const [stored] = await db.all<{ n: number }>(sql`select count(*) as n from network_connections`);
    expect(stored?.n).toBeGreaterThan(1);
  },
};
