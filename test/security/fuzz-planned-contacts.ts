// Mutation fuzz of planned contacts: the signed-in person mentors a match of their
// own here (in a second organisation, so the matching fuzz never pauses or ends
// it), plans its next catch-up with valid and junk times, and cancels one.
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createOrganisation, createPerson } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";
import { anything, type FuzzFeature, realOrRandomId, text } from "./fuzz-values";

const planningMatch = realOrRandomId("planning match");
const plannedContact = realOrRandomId("planned contact");
const hour = 3_600_000;
/** An ISO instant some hours from now: in the past, just ahead, near the year's edge, beyond it. */
const hoursAhead = (min: number, max: number) =>
  fc.integer({ min, max }).map((hours) => new Date(Date.now() + hours * hour).toISOString());
const startsAt = fc.oneof(
  hoursAhead(-48, -1),
  hoursAhead(1, 24 * 360),
  hoursAhead(24 * 367, 24 * 800),
  fc.constantFrom("2026-11-24T14:00", "2026-11-24", "2999-01-01T00:00:00Z", "2026-02-30T10:00:00Z", ""),
  text,
);
const kind = fc.oneof(fc.constantFrom("SUPPORT_SESSION", "ACCOMPANIED_APPOINTMENT"), text);
const contactMode = fc.oneof(fc.constantFrom("IN_PERSON", "PHONE", "VIDEO"), text);
const input = fc.oneof(
  fc.record({ matchId: planningMatch, kind, contactMode, startsAt }, { requiredKeys: [] }),
  anything,
);
const validInput = fc.record({
  matchId: fc.constant("planning match"),
  kind: fc.constantFrom("SUPPORT_SESSION", "ACCOMPANIED_APPOINTMENT"),
  contactMode: fc.constantFrom("IN_PERSON", "PHONE", "VIDEO"),
  startsAt: hoursAhead(2, 24 * 360),
});

export const plannedContactsFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($i: PlanContactInput!) { planContact(input: $i) { id startsAt } }",
      variables: { i: input },
      valid: validInput.map((i) => ({ i })),
    },
    { document: "mutation($id: ID!) { cancelPlannedContact(id: $id) { id } }", variables: { id: plannedContact } },
  ],
  async setUp({ t, personId }) {
    const organisationId = (await createOrganisation(t.db, { name: "Fuzz Planning" })).id;
    const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
    const profile = await createMentorProfile(t.db, personId, organisationId);
    const match = await createMatch(t.db, await createMentorRequest(t.db, mentee.id, organisationId), profile);
    const id = newId();
    const now = new Date();
    await t.db.insert(schema.plannedContacts).values({
      id,
      matchId: match.id,
      menteePersonId: mentee.id,
      kind: "support_session",
      contactMode: "phone",
      startsAt: new Date(now.getTime() + 200 * 24 * hour),
      createdByPersonId: personId,
      createdAt: now,
    });
    return { "planning match": match.id, "planned contact": id };
  },
  async checkDatabase(db) {
    // At most one upcoming contact per match, each within a year of being planned.
    const [doubled] = await db.all<{ n: number }>(
      sql`select count(*) as n from (select match_id from planned_contacts where cancelled_at is null
        and starts_at > ${Date.now()} group by match_id having count(*) > 1)`,
    );
    expect(doubled?.n).toBe(0);
    const [outOfRange] = await db.all<{ n: number }>(
      sql`select count(*) as n from planned_contacts
        where starts_at <= created_at or starts_at > created_at + 366 * 86400000`,
    );
    expect(outOfRange?.n).toBe(0);
    // Every pending reminder of a planned contact belongs to one that is still on.
    const [orphans] = await db.all<{ n: number }>(
      sql`select count(*) as n from reminder_messages r where r.status = 'pending' and r.dedupe_key like 'planned-contact:%'
        and not exists (select 1 from planned_contacts p where p.cancelled_at is null
          and r.dedupe_key in ('planned-contact:' || p.id || ':day-before', 'planned-contact:' || p.id || ':on-the-day'))`,
    );
    expect(orphans?.n).toBe(0);
  },
};
