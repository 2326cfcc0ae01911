// Mutation fuzz of volunteering hours (see fuzz-values.ts): a pending entry of the
// signed-in person's own, so updating and deciding reach their own checks.
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { anyString, anything, type FuzzFeature, fuzzDay, homeOrganisation, staffOnly, text } from "./fuzz-values";

// Hours near the edges of what is allowed (dates around today, minutes around 15 and 720), and junk.
const hours = fc.oneof(
  fc.record(
    {
      activity: fc.oneof(fc.constantFrom("CAFE_SHIFT", "MENTORING", "OTHER_ACTIVITY"), text),
      workedOn: fc.oneof(
        fc.constantFrom(new Date().toISOString().slice(0, 10), "2026-02-30", "2099-01-01", "2020-01-01"),
        text,
      ),
      minutes: fc.oneof(fc.integer({ min: -10, max: 1000 }), anything),
      description: fc.oneof(text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
// Hours a person may log: the past fortnight (a day back, so the UK date is never tomorrow), 15 minutes to 12 hours.
const validHours = fc.record({
  activity: fc.constantFrom("CAFE_SHIFT", "LEADING_WALK", "ADMIN", "OTHER_ACTIVITY"),
  workedOn: fc.integer({ min: -14, max: -1 }).map(fuzzDay),
  minutes: fc.integer({ min: 15, max: 720 }),
  description: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null)),
});
const homeHours = fc.oneof(
  fc.constant("home hours"),
  fc.array(fc.constant("home hours"), { maxLength: 3 }),
  fc.uuid(),
  anything,
);

export const volunteeringFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($o: ID!, $i: HoursInput!) { logVolunteeringHours(organisationId: $o, input: $i) { id } }",
      variables: { o: homeOrganisation, i: hours },
      valid: fc.record({ o: fc.constant("home organisation"), i: validHours }),
    },
    {
      document: "mutation($id: ID!, $i: HoursInput!) { updatePendingHours(id: $id, input: $i) { id } }",
      variables: { id: homeHours, i: hours },
      valid: fc.record({ id: fc.constant("home hours"), i: validHours }),
    },
    {
      document:
        "mutation($ids: [ID!]!, $d: HoursDecision!, $r: String) { decideHours(ids: $ids, decision: $d, reason: $r) { id } }",
      variables: { ids: homeHours, d: anyString, r: anyString },
      neverSucceedsBecause: staffOnly,
    },
  ],
  async setUp({ t, personId, organisationId }) {
    const id = newId();
    await t.db.insert(schema.volunteeringHours).values({
      id,
      personId,
      organisationId,
      activity: "cafe_shift",
      workedOn: "2026-11-20",
      minutes: 60,
    });
    return { "home hours": id };
  },
  async checkDatabase(db) {
    // Every stored entry of hours is within what a person may log (a support session's are its own minutes).
    const [strayHours] = await db.all<{ n: number }>(
      sql`select count(*) as n from volunteering_hours where support_session_id is null
        and (minutes < 15 or minutes > 720 or length(description) > 200)`,
    );
    expect(strayHours?.n).toBe(0);
    const [logged] = await db.all<{ n: number }>(
      sql`select count(*) as n from volunteering_hours where support_session_id is null and status = 'pending'`,
    );
    expect(logged?.n).toBeGreaterThan(1);
  },
};
