// Factories for mentoring test data, written straight to the database so a test
// starts from the state it needs (a vetted mentor, a waiting request, a live match).
import { type Database, newId, schema } from "@kinship/db";
import type { Role } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import type { TestAppHandle, TestClient } from "./app";
import { createPerson, defaultPassword } from "./factories";

type ProfileValues = typeof schema.mentorProfiles.$inferInsert;
type RequestValues = typeof schema.mentorRequests.$inferInsert;
type MatchValues = typeof schema.mentoringMatches.$inferInsert;

const today = () => new Date().toISOString().slice(0, 10);
const yearsFromNow = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
};

/** A mentor profile in Bury, free on weekday afternoons, with room for two people. */
export async function createMentorProfile(
  db: Database,
  personId: string,
  organisationId: string,
  overrides: Partial<ProfileValues> = {},
) {
  const now = new Date();
  const values: ProfileValues = {
    id: newId(),
    personId,
    organisationId,
    introduction: "Six years in recovery. I like walking and a brew.",
    substances: ["alcohol"],
    pathways: ["twelve_step"],
    lifeExperiences: ["parenting"],
    strengths: ["mutual_aid", "confidence"],
    languages: ["en"],
    gender: "woman",
    ageBand: "age_35_44",
    homeArea: "Bury",
    latitude: 53.5933,
    longitude: -2.2966,
    travelMiles: 5,
    meetingWays: ["in_person", "phone"],
    availability: 0b010_010_010_010_010, // Monday to Friday afternoons
    capacity: 2,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await db.insert(schema.mentorProfiles).values(values);
  return values;
}

/**
 * Records every vetting check the default settings require, completed today and
 * current for years, plus a supervision session today: the mentor is matchable.
 */
export async function vetMentor(db: Database, mentorProfileId: string, trainingCodes: string[]) {
  const recordedAt = new Date();
  const record = (kind: typeof schema.vettingRecords.$inferInsert.kind, trainingCode: string | null = null) => ({
    id: newId(),
    mentorProfileId,
    kind,
    trainingCode,
    outcome: "satisfactory" as const,
    completedOn: today(),
    expiresOn: yearsFromNow(3),
    recordedAt,
  });
  await db
    .insert(schema.vettingRecords)
    .values([
      ...trainingCodes.map((code) => record("training", code)),
      record("criminal_records_check"),
      record("reference"),
      record("reference"),
      record("agreement"),
    ]);
  await db
    .insert(schema.supervisionSessions)
    .values({ id: newId(), mentorProfileId, heldOn: today(), durationMinutes: 45, createdAt: recordedAt });
}

export async function createMentorRequest(
  db: Database,
  personId: string,
  organisationId: string,
  overrides: Partial<RequestValues> = {},
) {
  const now = new Date();
  const values: RequestValues = {
    id: newId(),
    organisationId,
    personId,
    needs: ["mutual_aid", "confidence"],
    languages: ["en"],
    sharedSubstances: ["alcohol"],
    meetingWays: ["in_person"],
    availability: 0b010_010_010_010_010,
    area: "Bury",
    latitude: 53.5933,
    longitude: -2.2966,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await db.insert(schema.mentorRequests).values(values);
  return values;
}

/** A match between a request's person and a mentor, active since today unless told otherwise. */
export async function createMatch(
  db: Database,
  request: { id: string; personId: string; organisationId: string },
  profile: { id: string; personId: string },
  overrides: Partial<MatchValues> = {},
) {
  const now = new Date();
  const values: MatchValues = {
    id: newId(),
    requestId: request.id,
    organisationId: request.organisationId,
    mentorProfileId: profile.id,
    mentorPersonId: profile.personId,
    menteePersonId: request.personId,
    status: "active",
    score: 70,
    scoreParts: [],
    startedOn: today(),
    createdAt: now,
    statusChangedAt: now,
    ...overrides,
  };
  await db.insert(schema.mentoringMatches).values(values);
  await db.update(schema.mentorRequests).set({ status: "matched" }).where(eq(schema.mentorRequests.id, request.id));
  return values;
}

/**
 * A support session in a match, written straight to the database with no notes
 * (notes are sealed by the API under the mentee's key; log through the API for those).
 */
export async function createSupportSession(
  db: Database,
  match: { id: string; organisationId: string; mentorPersonId?: string | null; menteePersonId: string },
  overrides: Partial<typeof schema.supportSessions.$inferInsert> = {},
) {
  const values: typeof schema.supportSessions.$inferInsert = {
    id: newId(),
    matchId: match.id,
    organisationId: match.organisationId,
    mentorPersonId: match.mentorPersonId ?? null,
    menteePersonId: match.menteePersonId,
    heldOn: today(),
    durationMinutes: 60,
    contactMode: "in_person",
    createdAt: new Date(),
    ...overrides,
  };
  await db.insert(schema.supportSessions).values(values);
  return values;
}

/** A person with these memberships, signed in through the API; staff prove a second factor too. */
export async function signedInPerson(
  t: TestAppHandle,
  memberships: { organisationId: string; role: Role }[],
  { withSecondFactor = false }: { withSecondFactor?: boolean } = {},
) {
  const person = await createPerson(t.db, { memberships });
  const client = t.client();
  await client.signIn(person.email, defaultPassword);
  if (withSecondFactor) await client.enrolTotp();
  return { ...person, client };
}

/** One person per line of `cast` ([name, organisation id, role, needs a second factor]), signed in, kept by name in `ids` and `as`. */
export async function signInCast(
  t: TestAppHandle,
  cast: readonly (readonly [string, string, Role, boolean])[],
  into: { ids: Record<string, string>; as: Record<string, TestClient> },
  clock: Date,
) {
  for (const [name, organisationId, role, withSecondFactor] of cast) {
    const person = await createPerson(t.db, { memberships: [{ organisationId, role }] });
    into.ids[name] = person.id;
    into.as[name] = t.client();
    await into.as[name]!.signIn(person.email, defaultPassword);
    if (withSecondFactor) await into.as[name]!.enrolTotp(clock);
  }
}

/** A signed-in peer mentor with a profile (overrides applied) and every check the default rules need. */
export async function signedInMentor(
  t: TestAppHandle,
  organisationId: string,
  overrides: Partial<ProfileValues> = {},
  trainingCodes = ["induction", "safeguarding", "boundaries", "naloxone"],
) {
  const mentor = await signedInPerson(t, [{ organisationId, role: "peer_mentor" }]);
  const profile = await createMentorProfile(t.db, mentor.id, organisationId, overrides);
  await vetMentor(t.db, profile.id, trainingCodes);
  return { ...mentor, profile };
}
