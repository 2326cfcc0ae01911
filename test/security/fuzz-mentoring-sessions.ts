// Mutation fuzz of support sessions, concerns, follow-ups and supervision (see
// fuzz-values.ts): the signed-in person mentors someone in an active match, with a
// session that raised a concern and a follow-up, so these mutations reach their own checks.
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createPerson } from "../support/factories";
import {
  createMatch,
  createMentorProfile,
  createMentorRequest,
  createSupportSession,
} from "../support/mentoring-factories";
import { anyString, anything, type FuzzFeature, fuzzDay, realOrRandomId, staffOnly, text } from "./fuzz-values";

/** The signed-in person's match as a mentor, and their mentor profile (matching and keeping in touch use them too). */
export const homeMatch = realOrRandomId("home match");
export const homeProfile = realOrRandomId("home profile");
const homeSession = realOrRandomId("home session");
const homeFollowUp = realOrRandomId("home follow-up");
// Valid sessions that vary, so the success path (and what it stores) is fuzzed too; then
// sessions around the edges: dates near today and the match's start, minutes near 5, 600 and 0.
const validSession = fc.record({
  heldOn: fc.constant(fuzzDay(0)),
  durationMinutes: fc.integer({ min: 5, max: 600 }),
  travelMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constant(null)),
  contactMode: fc.constantFrom("IN_PERSON", "PHONE", "VIDEO", "TEXT", "ACCOMPANIED"),
  topics: fc.subarray(["HOUSING", "BENEFITS", "HEALTH", "CONFIDENCE"]),
  signposting: fc.subarray(["GP", "FOOD_BANK", "JOBCENTRE"]),
  notes: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null)),
  concern: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null)),
  followUps: fc.array(
    fc.record({
      description: fc.string({ minLength: 1, maxLength: 100 }).filter((d) => d.trim().length > 0),
      dueOn: fc.constantFrom(fuzzDay(1), fuzzDay(7)),
    }),
    { maxLength: 3 },
  ),
});
const sessionInput = fc.oneof(
  validSession,
  fc.record(
    {
      heldOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(-3), "2026-02-30"), text),
      durationMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), anything),
      travelMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.constant(null), anything),
      contactMode: fc.oneof(fc.constantFrom("IN_PERSON", "PHONE", "ACCOMPANIED"), text),
      topics: fc.oneof(fc.subarray(["HOUSING", "BENEFITS", "HOUSING"]), anything),
      signposting: fc.oneof(fc.subarray(["GP", "FOOD_BANK"]), anything),
      notes: fc.oneof(text, fc.constant(null)),
      concern: fc.oneof(text, fc.constant(null), fc.constant("  ")),
      followUps: fc.oneof(
        fc.array(fc.record({ description: text, dueOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(7)), text) }), {
          maxLength: 12,
        }),
        anything,
      ),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const supervisionInput = fc.oneof(
  fc.record(
    {
      heldOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(1), "2020-01-01"), text),
      durationMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), anything),
      notes: fc.oneof(text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
export const mentoringSessionsFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($m: ID!, $i: SupportSessionInput!) { logSupportSession(matchId: $m, input: $i) { id } }",
      variables: { m: homeMatch, i: sessionInput },
      valid: fc.record({ m: fc.constant("home match"), i: validSession }),
    },
    {
      document: "mutation($id: ID!) { confirmSupportSession(id: $id) { id } }",
      variables: { id: homeSession },
      neverSucceedsBecause: "only the mentee confirms a session, and the fuzzing person is its mentor",
    },
    {
      document: "mutation($id: ID!, $r: String!) { acknowledgeConcern(sessionId: $id, response: $r) { id } }",
      variables: { id: homeSession, r: anyString },
      neverSucceedsBecause: staffOnly,
    },
    {
      document: "mutation($id: ID!) { completeFollowUp(id: $id) { id } }",
      variables: { id: homeFollowUp },
      valid: fc.constant({ id: "home follow-up" }),
    },
    {
      document: "mutation($p: ID!, $i: SupervisionInput!) { logSupervision(mentorProfileId: $p, input: $i) { id } }",
      variables: { p: homeProfile, i: supervisionInput },
      neverSucceedsBecause: staffOnly,
    },
  ],
  async setUp({ t, personId, organisationId }) {
    const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
    const profile = await createMentorProfile(t.db, personId, organisationId);
    const match = await createMatch(t.db, await createMentorRequest(t.db, mentee.id, organisationId), profile);
    const session = await createSupportSession(t.db, match, { hasConcern: true });
    const followUpId = newId();
    await t.db.insert(schema.followUpActions).values({
      id: followUpId,
      sessionId: session.id!,
      matchId: match.id,
      descriptionCipher: "p1.sealed-by-the-api-in-real-use",
      dueOn: "2026-11-27",
      createdAt: new Date(),
    });
    return {
      "home profile": profile.id,
      "home match": match.id,
      "home session": session.id!,
      "home follow-up": followUpId,
    };
  },
  async checkDatabase(db, realIds) {
    // Every logged session is within bounds, sealed, and has its mentoring hours, pending.
    const [straySessions] = await db.all<{ n: number }>(
      sql`select count(*) as n from support_sessions s where s.id != ${realIds.get("home session")} and (
        s.duration_minutes not between 5 and 600 or s.travel_minutes not between 0 and 600
        or s.held_on not glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
        or (s.notes_cipher is not null and s.notes_cipher not like 'p1.%')
        or (s.has_concern = 1) != (s.concern_cipher is not null)
        or not exists (select 1 from volunteering_hours h where h.support_session_id = s.id
          and h.activity = 'mentoring' and h.minutes = s.duration_minutes and h.status = 'pending'))`,
    );
    expect(straySessions?.n).toBe(0);
    const [strayFollowUps] = await db.all<{ n: number }>(
      sql`select count(*) as n from follow_up_actions where description_cipher not like 'p1.%'`,
    );
    expect(strayFollowUps?.n).toBe(0);
    const [sessions] = await db.all<{ n: number }>(sql`select count(*) as n from support_sessions`);
    expect(sessions?.n).toBeGreaterThan(1);
  },
};
