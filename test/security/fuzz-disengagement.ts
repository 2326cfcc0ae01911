// Mutation fuzz of keeping in touch: thresholds are refused (the signed-in person is not
// an admin); missed contacts are recorded on the home match the person mentors.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { homeMatch } from "./fuzz-mentoring-sessions";
import { adminsOnly, anything, type FuzzFeature, homeOrganisation, text } from "./fuzz-values";

const settings = fc.oneof(
  fc.record(
    {
      nudgeAfterDays: fc.oneof(fc.integer({ min: 0, max: 100 }), anything),
      alertAfterDays: fc.oneof(fc.integer({ min: 0, max: 70 }), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);
// Dates around today and the match's start, impossible dates, and junk.
const missedContact = fc.oneof(
  fc.record(
    {
      plannedOn: fc.oneof(
        fc.constantFrom(new Date().toISOString().slice(0, 10), "2020-01-01", "2999-01-01", "2026-02-30", ""),
        text,
      ),
      contactMode: fc.oneof(fc.constantFrom("PHONE", "IN_PERSON", "TEXT"), text),
    },
    { requiredKeys: [] },
  ),
  anything,
);

export const disengagementFuzz: FuzzFeature = {
  mutations: [
    {
      document:
        "mutation($o: ID!, $i: DisengagementSettingsInput!) { updateDisengagementSettings(organisationId: $o, input: $i) { nudgeAfterDays } }",
      variables: { o: homeOrganisation, i: settings },
      neverSucceedsBecause: adminsOnly,
    },
    {
      document: "mutation($m: ID!, $i: MissedContactInput!) { recordMissedContact(matchId: $m, input: $i) { id } }",
      variables: { m: homeMatch, i: missedContact },
      // The match began today (or yesterday, by London's clock): a missed contact is dated since then.
      valid: fc.record({
        m: fc.constant("home match"),
        i: fc.record({
          plannedOn: fc.constantFrom(0, -1).map((days) => addDays(londonDate(new Date()), days)),
          contactMode: fc.constantFrom("PHONE", "IN_PERSON", "VIDEO", "TEXT"),
        }),
      }),
    },
  ],
  async checkDatabase(db) {
    // Missed contacts are never in the future, and valid ones were stored.
    const [stored] = await db.all<{ n: number; future: number }>(
      sql`select count(*) as n, sum(planned_on > ${addDays(londonDate(new Date()), 1)}) as future from missed_contacts`,
    );
    expect(stored?.future ?? 0).toBe(0);
    expect(stored?.n).toBeGreaterThan(0);
  },
};
