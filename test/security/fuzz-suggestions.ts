// Mutation fuzz of listing suggestions (see fuzz-values.ts): anyone suggests a change or
// a new listing; the signed-in person, a recovery champion, moderates pending ones.
// Suggestions are limited per network address, so after the first few the rest are
// refused as RATE_LIMITED: a typed error, which the fuzz accepts.
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createGathering } from "../support/factories";
import { anyString, anything, type FuzzFeature, homeOrganisation, realOrRandomId, text } from "./fuzz-values";

const suggestedAbout = "gathering with suggestions";
const toModerate = Array.from({ length: 12 }, (_, index) => `suggestion to moderate ${index}`);
const nearlyPlain = (max: number) =>
  fc.string({ minLength: 1, maxLength: max }).filter((s) => !/https?:|www\./i.test(s));
// Changes anyone may suggest: valid field by field, or near misses (links, long text, bad postcodes) and junk.
const validChanges = fc.record(
  {
    name: nearlyPlain(120),
    description: nearlyPlain(300),
    town: fc.constantFrom("Bury", "Radcliffe"),
    postcode: fc.constantFrom("BL9 0BW", "bl90bw", "M1 1AE"),
    onlineUrl: fc.constant("https://meet.example.org/fuzz"),
    contactEmail: fc.constant("organiser@example.org"),
  },
  { requiredKeys: ["name"] },
);
const anyChanges = fc.oneof(
  validChanges,
  fc.dictionary(
    fc.constantFrom("name", "description", "postcode", "onlineUrl", "contactEmail", "website", "whenText", "colour"),
    fc.oneof(text, fc.constantFrom("http://x.test", "www.spam.test", "ZZ9 9ZZ", "not an email")),
    { maxKeys: 4 },
  ),
  anything,
);
const anySuggestion = fc.oneof(
  fc.record(
    {
      gatheringId: fc.oneof(realOrRandomId(suggestedAbout), fc.constant(null)),
      organisationId: fc.oneof(homeOrganisation, fc.constant(null)),
      changes: anyChanges,
      message: fc.oneof(text, fc.constant("See https://a.test and https://b.test")),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const validSuggestion = fc.oneof(
  fc.record({ gatheringId: fc.constant(suggestedAbout), changes: validChanges, message: nearlyPlain(200) }),
  fc.record({ organisationId: fc.constant("home organisation"), changes: validChanges }),
);

export const suggestionsFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: ListingSuggestionInput!) { suggestListingChange(input: $i) }",
      variables: { i: anySuggestion },
      valid: fc.record({ i: validSuggestion }),
    },
    {
      document:
        "mutation($id: ID!, $d: ModerationDecision!, $n: String) { moderateSuggestion(id: $id, decision: $d, note: $n) { status } }",
      variables: {
        id: fc.oneof(...toModerate.slice(0, 2).map(realOrRandomId)),
        d: fc.oneof(fc.constantFrom("ACCEPT", "REJECT"), anyString),
        n: fc.oneof(text, fc.constant(null)),
      },
      valid: fc.record({
        id: fc.constantFrom(...toModerate),
        d: fc.constantFrom("ACCEPT", "REJECT"),
        n: fc.oneof(fc.constant(null), nearlyPlain(500)),
      }),
    },
  ],
  async setUp({ t, organisationId }) {
    const gathering = await createGathering(t.db, organisationId, { name: "Thursday Walk" });
    const made: Record<string, string> = { [suggestedAbout]: gathering.id };
    const changes = [{ name: "Thursday Walk and Talk" }, { postcode: "BL9 0BW", town: "Bury" }, { name: "New café" }];
    await t.db.insert(schema.listingSuggestions).values(
      toModerate.map((standIn, index) => {
        made[standIn] = newId();
        const isNewListing = index % 3 === 2;
        return {
          id: made[standIn],
          organisationId,
          gatheringId: isNewListing ? null : gathering.id,
          changes: changes[index % 3]!,
          message: "Spotted on the noticeboard.",
          createdAt: new Date(),
        };
      }),
    );
    return made;
  },
  async checkDatabase(db, realIds) {
    // What was stored is what the rules allow: a new listing has a name, no text field carries a link,
    // postcodes are normalised, and every decided suggestion says who decided it and when.
    const [stray] = await db.all<{ n: number }>(
      sql`select count(*) as n from listing_suggestions where (gathering_id is null and json_extract(changes, '$.name') is null)
        or exists (select 1 from json_each(changes) c where c.key not in ('onlineUrl', 'website') and c.value glob '*http*://*')
        or json_extract(changes, '$.postcode') not glob '[A-Z]*[0-9]* [0-9][A-Z][A-Z]'
        or (status != 'pending') != (moderated_at is not null)`,
    );
    expect(stray?.n).toBe(0);
    const moderated = toModerate.map((standIn) => realIds.get(standIn));
    const [stored] = await db.all<{ suggested: number; decided: number }>(
      sql`select (select count(*) from listing_suggestions where id not in ${moderated}) as suggested,
        (select count(*) from listing_suggestions where status != 'pending') as decided`,
    );
    expect(stored?.suggested).toBeGreaterThan(0);
    expect(stored?.decided).toBeGreaterThan(0);
  },
};
