// The access matrix: every field of the API × every kind of viewer. Fields
// holding personal data are probed as each viewer; anyone not listed as allowed
// in access-rules.ts must be refused, and a field missing from that table fails.
import { schema as graphqlSchema } from "@kinship/api/graphql/schema";
import { defaultTraining } from "@kinship/api/mentoring/settings";
import { newId, schema } from "@kinship/db";
import { builtInDefinition } from "@kinship/db/journey-defaults";
import type { Role } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResult, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest, vetMentor } from "../support/mentoring-factories";
import { accessRules, type Probe, type ViewerKind, viewerKinds } from "./access-rules";

const refusalCodes = new Set(["UNAUTHENTICATED", "FORBIDDEN", "SECOND_FACTOR_REQUIRED"]);
let t: TestAppHandle;
const viewers = new Map<ViewerKind, { client: TestClient; personId: string | null }>();
let homeId = "";
// A pending suggestion for each viewer to decide: once decided, it cannot be decided again.
async function freshSuggestion() {
  variables.suggestion = newId();
  await t.db.insert(schema.listingSuggestions).values({
    id: variables.suggestion,
    organisationId: homeId,
    gatheringId: variables.gathering,
    changes: { name: "Probe name" },
    createdAt: new Date(),
  });
}
// A pending entry of the subject's hours for each viewer to decide: once decided, it cannot be decided again.
async function freshHours() {
  variables.hours = newId();
  await t.db.insert(schema.volunteeringHours).values({
    id: variables.hours,
    personId: variables.subject!,
    organisationId: homeId,
    activity: "cafe_shift",
    workedOn: "2026-11-21",
    minutes: 180,
  });
}
// An unacknowledged concern for each viewer to acknowledge: it can be acknowledged only once.
async function freshConcern() {
  variables.concernSession = newId();
  const [session] = await t.db
    .select()
    .from(schema.supportSessions)
    .where(eq(schema.supportSessions.id, variables.supportSession!));
  await t.db.insert(schema.supportSessions).values({ ...session!, id: variables.concernSession, hasConcern: true });
}
// Profiles, requests and matches: fresh records for each viewer's try of a
// mutation that uses them up. $onBehalfOf: a member with no request; $waitingRequest: a
// waiting request of the subject's; $freshMentor: a vetted mentor with room; $offeredMatch:
// the subject's offer from a fresh mentor; $proposedMatch: the subject proposed to the matchedMentor.
async function freshMentoring() {
  const member = await createPerson(t.db, { memberships: [{ organisationId: homeId, role: "member" }] });
  variables.onBehalfOf = member.id;
  variables.waitingRequest = (await createMentorRequest(t.db, variables.subject!, homeId)).id;
  const mentor = await createPerson(t.db, { memberships: [{ organisationId: homeId, role: "peer_mentor" }] });
  const profile = await createMentorProfile(t.db, mentor.id, homeId);
  await vetMentor(
    t.db,
    profile.id,
    defaultTraining.map((module) => module.code),
  );
  variables.freshMentor = profile.id;
  const offered = await createMentorRequest(t.db, variables.subject!, homeId, { status: "offered" });
  variables.offeredMatch = (await createMatch(t.db, offered, profile, { status: "offered", startedOn: null })).id;
  const proposed = await createMentorRequest(t.db, variables.subject!, homeId, { status: "offered" });
  const matchedMentor = { id: variables.mentorProfile!, personId: viewers.get("matchedMentor")!.personId! };
  variables.proposedMatch = (
    await createMatch(t.db, proposed, matchedMentor, { status: "proposed", startedOn: null })
  ).id;
  for (const request of [offered, proposed]) {
    await t.db.update(schema.mentorRequests).set({ status: "offered" }).where(eq(schema.mentorRequests.id, request.id));
  }
}
let variables: {
  slug: string;
  org: string;
  subject?: string;
  gathering?: string;
  suggestion?: string;
  live?: string;
  source?: string;
  // Mentoring: the subject's request for a mentor, their active match with the
  // matchedMentor (whose profile this is), a session logged in it, and hours.
  request?: string;
  mentorProfile?: string;
  match?: string;
  supportSession?: string;
  hours?: string;
  // A follow-up from that session, and a fresh unacknowledged concern in the match per viewer.
  followUp?: string;
  concernSession?: string;
  onBehalfOf?: string;
  waitingRequest?: string;
  freshMentor?: string;
  offeredMatch?: string;
  proposedMatch?: string;
  // Journey: one of the home organisation's own recovery instruments.
  instrument?: string;
};

beforeAll(async () => {
  t = await testApp();
  const home = await createOrganisation(t.db, { name: "Matrix Home" });
  const other = await createOrganisation(t.db, { name: "Matrix Other" });
  variables = { slug: "matrix-home", org: home.id };
  variables.gathering = (
    await createGathering(t.db, home.id, { startsOn: "2026-11-30", recurrence: "FREQ=WEEKLY;BYDAY=MO" })
  ).id;
  homeId = home.id;
  const halfAnHourAgo = new Date(Date.now() - 30 * 60_000).toISOString().slice(11, 16);
  variables.live = (
    await createGathering(t.db, home.id, {
      timezone: "UTC",
      startsOn: "2026-01-01",
      startTime: halfAnHourAgo,
      durationMinutes: 120,
      recurrence: "FREQ=DAILY",
    })
  ).id;
  await freshSuggestion(); // so the moderation queue has something to show
  variables.source = newId();
  await t.db.insert(schema.importSources).values({
    id: variables.source,
    organisationId: home.id,
    name: "Matrix feed",
    format: "meeting_guide",
    defaultKind: "alcoholics_anonymous",
    lastReport: { records: 1, invalid: [{ record: "x", problems: ["y"] }] },
    createdAt: new Date(),
  });
  const setups: [ViewerKind, string | null, Role, boolean][] = [
    ["subject", home.id, "member", false],
    ["memberSameOrganisation", home.id, "member", false],
    ["mentorSameOrganisation", home.id, "peer_mentor", false],
    ["matchedMentor", home.id, "peer_mentor", false],
    ["championSameOrganisation", home.id, "recovery_champion", false],
    ["coordinatorWithoutSecondFactor", home.id, "coordinator", false],
    ["coordinator", home.id, "coordinator", true],
    ["admin", home.id, "admin", true],
    ["coordinatorOtherOrganisation", other.id, "coordinator", true],
    ["adminOtherOrganisation", other.id, "admin", true],
  ];
  for (const [kind, organisationId, role, withSecondFactor] of setups) {
    const person = await createPerson(t.db, { memberships: organisationId ? [{ organisationId, role }] : [] });
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    if (withSecondFactor) await client.enrolTotp();
    viewers.set(kind, { client, personId: person.id });
  }
  viewers.set("anonymous", { client: t.client(), personId: null });
  variables.subject = viewers.get("subject")!.personId!;
  await setUpMentoring(home.id);
  // The subject shares their journey with their mentor and their service, so journey
  // probes show exactly who that lets in: the matched mentor and home staff, nobody else.
  await t.db.insert(schema.consents).values(
    (["share_journey_with_mentor", "share_journey_with_service"] as const).map((purpose) => ({
      personId: variables.subject!,
      purpose,
      isGranted: true,
      wordingVersion: 1,
      recordedAt: new Date(),
    })),
  );
  variables.instrument = newId();
  await t.db.insert(schema.recoveryInstruments).values({
    id: variables.instrument,
    organisationId: home.id,
    code: "matrix-instrument",
    version: 1,
    name: "Matrix instrument",
    attribution: "Made for the access matrix.",
    definition: builtInDefinition,
    createdAt: new Date(),
  });
  // Give the access log something to show.
  await viewers.get("coordinator")!.client.gql((accessRules["Organisation.members"] as Probe).query, variables);
});
afterAll(() => t.close());

async function setUpMentoring(organisationId: string) {
  const subject = variables.subject!;
  const mentor = viewers.get("matchedMentor")!.personId!;
  const profile = await createMentorProfile(t.db, mentor, organisationId);
  await vetMentor(
    t.db,
    profile.id,
    defaultTraining.map((module) => module.code),
  );
  // The unmatched mentor has a profile too, so "a mentor" alone is never enough.
  await createMentorProfile(t.db, viewers.get("mentorSameOrganisation")!.personId!, organisationId);
  const request = await createMentorRequest(t.db, subject, organisationId);
  const match = await createMatch(t.db, request, profile);
  variables.request = request.id;
  variables.mentorProfile = profile.id;
  variables.match = match.id;
  variables.supportSession = newId();
  await t.db.insert(schema.supportSessions).values({
    id: variables.supportSession,
    matchId: match.id,
    organisationId,
    mentorPersonId: mentor,
    menteePersonId: subject,
    heldOn: "2026-11-20",
    durationMinutes: 60,
    contactMode: "in_person",
    createdAt: new Date(),
  });
  variables.followUp = newId();
  await t.db.insert(schema.followUpActions).values({
    id: variables.followUp,
    sessionId: variables.supportSession,
    matchId: match.id,
    descriptionCipher: "p1.sealed-by-the-api-in-real-use",
    dueOn: "2026-11-27",
    createdAt: new Date(),
  });
  variables.hours = newId();
  await t.db.insert(schema.volunteeringHours).values({
    id: variables.hours,
    personId: subject,
    organisationId,
    activity: "cafe_shift",
    workedOn: "2026-11-21",
    minutes: 180,
  });
}

const isRefused = (result: GraphQLResult) =>
  (result.errors ?? []).some((error) => refusalCodes.has(String(error.extensions?.code)));

describe("access matrix", () => {
  it("has a rule for every field of every type, and no rule for a field that is gone", () => {
    const fields = Object.values(graphqlSchema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
      .flatMap((type) => Object.keys((type as { getFields(): object }).getFields()).map((f) => `${type.name}.${f}`));
    expect(
      fields.filter((field) => !(field in accessRules)),
      "fields without an access rule",
    ).toEqual([]);
    expect(
      Object.keys(accessRules).filter((field) => !fields.includes(field)),
      "rules for missing fields",
    ).toEqual([]);
  });

  // Records a mutation probe uses up, made afresh before each viewer's try.
  const usedUp: [RegExp, () => Promise<void>][] = [
    [/\$suggestion\b/, freshSuggestion],
    [/decideHours/, freshHours],
    [/\$concernSession\b/, freshConcern],
    [/\$(onBehalfOf|waitingRequest|freshMentor|offeredMatch|proposedMatch)\b/, freshMentoring],
  ];
  const probes = Object.entries(accessRules).filter((entry): entry is [string, Probe] => typeof entry[1] === "object");
  it.each(probes)("%s: only the allowed viewers may read it", async (_field, probe) => {
    const outcome: Record<string, "allowed" | "refused"> = {};
    for (const kind of viewerKinds) {
      for (const [uses, refresh] of usedUp) if (uses.test(probe.query)) await refresh();
      const result = await viewers.get(kind)!.client.gql(probe.query, variables);
      const unexpected = (result.errors ?? []).filter((e) => !refusalCodes.has(String(e.extensions?.code)));
      expect(unexpected, `${kind}: unexpected errors`).toEqual([]);
      outcome[kind] = isRefused(result) ? "refused" : "allowed";
    }
    const expected = Object.fromEntries(
      viewerKinds.map((kind) => [kind, probe.allowed.includes(kind) ? "allowed" : "refused"]),
    );
    expect(outcome).toEqual(expected);
  });

  it("gives each signed-in viewer only their own records from the `my…` fields, and anonymous visitors nothing", async () => {
    const own =
      "{ me { id } mySessions { id isCurrent } myConsents { purpose } myRecordViews { id } mySecondFactor { isEnrolled } }";
    const anonymous = await viewers.get("anonymous")!.client.gql(own);
    expect(isRefused(anonymous)).toBe(true);
    expect(anonymous.data ?? null).toBeNull();
    for (const kind of viewerKinds.filter((k) => k !== "anonymous")) {
      const { client, personId } = viewers.get(kind)!;
      const result = await client.gql<{ me: { id: string }; mySessions: { isCurrent: boolean }[] }>(own);
      expect(result.errors, kind).toBeUndefined();
      expect(result.data?.me.id).toBe(personId);
      expect(result.data?.mySessions).toEqual([expect.objectContaining({ isCurrent: true })]);
    }
  });
});
