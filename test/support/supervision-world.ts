// The organisation the supervision and caseload tests share: coordinators and
// others signed in, mentor A with people in every state (follow-ups, concerns,
// sessions old and new, supervision 50 and 10 days ago), and mentor B with
// nobody and no supervision yet. Each test file builds its own.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { type TestAppHandle, type TestClient, testApp } from "./app";
import { createOrganisation, createPerson, defaultPassword } from "./factories";
import { createMatch, createMentorProfile, createMentorRequest, createSupportSession } from "./mentoring-factories";

export const today = () => londonDate(new Date());
export const daysAgo = (days: number) => addDays(today(), -days);
export const instantDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

export const caseloads = `query($org: ID!) { mentorCaseloads(organisationId: $org) {
  mentorProfileId displayName capacity isTakingBreak activeCount pausedCount proposedCount overdueFollowUps
  openConcerns lastSupervisionOn supervisionDueOn isSupervisionOverdue sessionsLast30Days } }`;
export type Caseload = Record<string, unknown> & { mentorProfileId: string };

export async function supervisionWorld() {
  const statements: string[] = [];
  const as: Record<string, TestClient> = {};
  const ids: Record<string, string> = {};
  const t: TestAppHandle = await testApp({ onStatement: (statement) => statements.push(statement) });
  const organisationId = (await createOrganisation(t.db, { name: "Supervision Home" })).id;

  async function mentorWithPeople(name: string, statuses: (typeof schema.mentoringMatches.$inferInsert.status)[]) {
    const mentor = await createPerson(t.db, { memberships: [{ organisationId, role: "peer_mentor" }] });
    ids[name] = mentor.id;
    const profile = await createMentorProfile(t.db, mentor.id, organisationId, { createdAt: instantDaysAgo(70) });
    const matches = [];
    for (const status of statuses) {
      const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
      matches.push(
        await createMatch(t.db, await createMentorRequest(t.db, mentee.id, organisationId), profile, { status }),
      );
    }
    return { profile, mentor, matches };
  }

  async function followUp(match: { id: string }, sessionId: string, dueOn: string, doneAt: Date | null = null) {
    await t.db.insert(schema.followUpActions).values({
      id: newId(),
      sessionId,
      matchId: match.id,
      descriptionCipher: "p1.sealed-by-the-api-in-real-use",
      dueOn,
      doneAt,
      createdAt: new Date(),
    });
  }

  const other = await createOrganisation(t.db, { name: "Supervision Other" });
  for (const [name, orgId, role, withSecondFactor] of [
    ["coordinator", organisationId, "coordinator", true],
    ["admin", organisationId, "admin", true],
    ["unconfirmedCoordinator", organisationId, "coordinator", false],
    ["member", organisationId, "member", false],
    ["outsider", other.id, "coordinator", true],
  ] as const) {
    const person = await createPerson(t.db, { memberships: [{ organisationId: orgId, role }] });
    ids[name] = person.id;
    as[name] = t.client();
    await as[name]!.signIn(person.email, defaultPassword);
    if (withSecondFactor) await as[name]!.enrolTotp();
  }
  as.anonymous = t.client();

  // Mentor A supports people in every state, with follow-ups, concerns and sessions old and new.
  const a = await mentorWithPeople("mentorA", ["active", "accepted", "paused", "proposed", "ended"]);
  const profileA = a.profile.id;
  const [active, , , , ended] = a.matches;
  const recent = await createSupportSession(t.db, active!, { heldOn: daysAgo(3), hasConcern: true });
  await createSupportSession(t.db, active!, { heldOn: daysAgo(29) });
  await createSupportSession(t.db, active!, {
    heldOn: daysAgo(31),
    hasConcern: true,
    concernAcknowledgedAt: new Date(),
  });
  const old = await createSupportSession(t.db, ended!, { heldOn: daysAgo(40), hasConcern: true });
  await followUp(active!, recent.id!, daysAgo(1));
  await followUp(active!, recent.id!, daysAgo(2), new Date());
  await followUp(active!, recent.id!, today());
  await followUp(ended!, old.id!, daysAgo(5)); // the match is over: nobody can act on it now
  for (const held of [50, 10]) {
    await t.db.insert(schema.supervisionSessions).values({
      id: newId(),
      mentorProfileId: profileA,
      heldOn: daysAgo(held),
      durationMinutes: 60,
      createdAt: new Date(),
    });
  }
  // Mentor B has nobody yet and has never had supervision.
  const profileB = (await mentorWithPeople("mentorB", [])).profile.id;
  for (const name of ["mentorA", "mentorB"]) {
    as[name] = t.client();
    const [person] = await t.db.select().from(schema.people).where(eq(schema.people.id, ids[name]!));
    await as[name]!.signIn(person!.email!, defaultPassword);
  }
  return { t, statements, as, ids, organisationId, profileA, profileB, mentorWithPeople, followUp };
}
