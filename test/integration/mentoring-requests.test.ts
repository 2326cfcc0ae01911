// Asking for a mentor: by the person or a keyworker on their behalf, one open
// request per organisation, who may read a request (and how much a mentor sees),
// withdrawing, blocking a mentor, and erasure taking requests and matches away.
import { schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import { createMatch, createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
let other: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let otherCoordinator: Person;

const input = {
  needs: ["HOUSING", "CONFIDENCE"],
  genderPreference: "WOMAN",
  languages: ["en"],
  sharedSubstances: ["ALCOHOL"],
  pathway: "SMART_RECOVERY",
  meetingWays: ["IN_PERSON", "PHONE"],
  availability: ["TUESDAY_AFTERNOON"],
  area: "Bury",
};
const ask = `mutation($org: ID!, $input: MentorRequestInput!) { askForMentor(organisationId: $org, input: $input) {
  id status needs pathway availability area isOnBehalf } }`;
const onBehalf = `mutation($org: ID!, $person: ID!, $input: MentorRequestInput!, $agreed: Boolean!) {
  askForMentorOnBehalf(organisationId: $org, personId: $person, input: $input, hasPersonAgreed: $agreed) { id isOnBehalf } }`;
const waitingList = `query($org: ID!) { mentorRequests(organisationId: $org, status: WAITING) { id displayName needs } }`;
const views = "{ myRecordViews { via viewerRole } }";

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Requests Home" })).id;
  other = (await createOrganisation(t.db, { name: "Requests Other" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  otherCoordinator = await signedInPerson(t, [{ organisationId: other, role: "coordinator" }], {
    withSecondFactor: true,
  });
});
afterAll(() => t.close());

describe("asking for a mentor", () => {
  it("puts the person on the waiting list once per organisation", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const asked = await person.client.gql<{ askForMentor: { id: string } }>(ask, { org: home, input });
    expect(asked.data?.askForMentor).toEqual({
      id: expect.any(String),
      status: "WAITING",
      needs: ["HOUSING", "CONFIDENCE"],
      pathway: "SMART_RECOVERY",
      availability: ["TUESDAY_AFTERNOON"],
      area: "Bury",
      isOnBehalf: false,
    });
    const again = await person.client.gql(ask, { org: home, input });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors?.[0]?.message).toMatch(/already asked/);
    expect(errorCodes(await person.client.gql(ask, { org: other, input }))).toEqual(["FORBIDDEN"]);
    const mine = await person.client.gql<{ myMentorRequests: { id: string }[] }>("{ myMentorRequests { id } }");
    expect(mine.data?.myMentorRequests).toEqual([{ id: asked.data!.askForMentor.id }]);
  });

  it("checks what it is told, all at once", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const wrong = await person.client.gql(ask, {
      org: home,
      input: { ...input, needs: [], meetingWays: [], languages: ["English"] },
    });
    expect(errorCodes(wrong)).toEqual(["VALIDATION"]);
    expect(Object.keys(wrong.errors?.[0]?.extensions?.fields as object).sort()).toEqual([
      "languages.0",
      "meetingWays",
      "needs",
    ]);
  });

  it("lets a keyworker ask on a member's behalf, only with their agreement", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const variables = { org: home, person: person.id, input };
    expect(errorCodes(await coordinator.client.gql(onBehalf, { ...variables, agreed: false }))).toEqual(["VALIDATION"]);
    const stranger = await signedInPerson(t, [{ organisationId: other, role: "member" }]);
    expect(
      errorCodes(await coordinator.client.gql(onBehalf, { ...variables, person: stranger.id, agreed: true })),
    ).toEqual(["NOT_FOUND"]);
    const mentor = await signedInMentor(t, home);
    expect(errorCodes(await mentor.client.gql(onBehalf, { ...variables, agreed: true }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await otherCoordinator.client.gql(onBehalf, { ...variables, agreed: true }))).toEqual([
      "FORBIDDEN",
    ]);
    const asked = await coordinator.client.gql<{ askForMentorOnBehalf: { id: string; isOnBehalf: boolean } }>(
      onBehalf,
      { ...variables, agreed: true },
    );
    expect(asked.data?.askForMentorOnBehalf.isOnBehalf).toBe(true);
    const [row] = await t.db
      .select()
      .from(schema.mentorRequests)
      .where(eq(schema.mentorRequests.id, asked.data!.askForMentorOnBehalf.id));
    expect(row).toMatchObject({ personId: person.id, requestedByPersonId: coordinator.id });
    expect(errorCodes(await coordinator.client.gql(onBehalf, { ...variables, agreed: true }))).toEqual(["CONFLICT"]);
  });
});

describe("reading requests", () => {
  it("gives coordinators their own organisation's waiting list, audited, and nobody else", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const request = await createMentorRequest(t.db, person.id, home);
    const list = await coordinator.client.gql<{ mentorRequests: { id: string }[] }>(waitingList, { org: home });
    expect(list.data?.mentorRequests.map((r) => r.id)).toContain(request.id);
    const seen = await person.client.gql<{ myRecordViews: { via: string }[] }>(views);
    expect(seen.data?.myRecordViews).toEqual([{ via: "Query.mentorRequests", viewerRole: "coordinator" }]);
    const mentor = await signedInMentor(t, home);
    for (const viewer of [otherCoordinator, mentor, person]) {
      expect(errorCodes(await viewer.client.gql(waitingList, { org: home }))).toEqual(["FORBIDDEN"]);
    }
  });

  it("shows the mentor it is proposed to what they need to decide, audited; other mentors nothing", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const otherMentor = await signedInMentor(t, home);
    const request = await createMentorRequest(t.db, person.id, home, { pathway: "twelve_step" });
    const match = await createMatch(t.db, request, mentor.profile, { status: "proposed", startedOn: null });
    const query = `query($id: ID!) { match(id: $id) { request { needs meetingWays availability area
      sharedSubstances sharedLifeExperiences pathway matches { id } } } }`;
    const asMentor = await mentor.client.gql<{ match: { request: Record<string, unknown> } }>(query, { id: match.id });
    expect(asMentor.data?.match.request).toEqual({
      needs: ["MUTUAL_AID", "CONFIDENCE"],
      meetingWays: ["IN_PERSON"],
      availability: [
        "MONDAY_AFTERNOON",
        "TUESDAY_AFTERNOON",
        "WEDNESDAY_AFTERNOON",
        "THURSDAY_AFTERNOON",
        "FRIDAY_AFTERNOON",
      ],
      area: "Bury",
      sharedSubstances: [],
      sharedLifeExperiences: [],
      pathway: null,
      matches: [],
    });
    const asPerson = await person.client.gql<{ match: { request: Record<string, unknown> } }>(query, { id: match.id });
    expect(asPerson.data?.match.request).toMatchObject({ sharedSubstances: ["ALCOHOL"], pathway: "TWELVE_STEP" });
    expect(errorCodes(await otherMentor.client.gql(query, { id: match.id }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await otherCoordinator.client.gql(query, { id: match.id }))).toEqual(["FORBIDDEN"]);
    const seen = await person.client.gql<{ myRecordViews: { via: string; viewerRole: string }[] }>(views);
    expect(seen.data?.myRecordViews).toEqual([{ via: "Match", viewerRole: "peer_mentor" }]);
  });
});

describe("withdrawing and blocking", () => {
  it("withdraws a request, setting aside offers not yet taken up, and frees the person to ask again", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const request = await createMentorRequest(t.db, person.id, home, { status: "offered" });
    const match = await createMatch(t.db, request, mentor.profile, { status: "proposed", startedOn: null });
    await t.db.update(schema.mentorRequests).set({ status: "offered" }).where(eq(schema.mentorRequests.id, request.id));
    const withdraw = "mutation($id: ID!) { withdrawMentorRequest(id: $id) { id status } }";
    expect(errorCodes(await otherCoordinator.client.gql(withdraw, { id: request.id }))).toEqual(["FORBIDDEN"]);
    const done = await person.client.gql(withdraw, { id: request.id });
    expect(done.data).toEqual({ withdrawMentorRequest: { id: request.id, status: "WITHDRAWN" } });
    const [after] = await t.db.select().from(schema.mentoringMatches).where(eq(schema.mentoringMatches.id, match.id));
    expect(after?.status).toBe("not_chosen");
    const told = await mentor.client.gql<{ myNotifications: { kind: string }[] }>("{ myNotifications { kind } }");
    expect(told.data?.myNotifications).toEqual([{ kind: "MATCH_CHANGED" }]);
    expect(errorCodes(await person.client.gql(withdraw, { id: request.id }))).toEqual(["CONFLICT"]);
    expect((await person.client.gql(ask, { org: home, input })).errors).toBeUndefined();
  });

  it("blocks a mentor for good: their offer is set aside and they never appear on the shortlist", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const request = await createMentorRequest(t.db, person.id, home);
    const match = await createMatch(t.db, request, mentor.profile, { status: "offered", startedOn: null });
    await t.db.update(schema.mentorRequests).set({ status: "offered" }).where(eq(schema.mentorRequests.id, request.id));
    const block = "mutation($id: ID!) { blockMentor(mentorProfileId: $id) }";
    const stranger = await signedInPerson(t, [{ organisationId: other, role: "member" }]);
    expect(errorCodes(await stranger.client.gql(block, { id: mentor.profile.id }))).toEqual(["NOT_FOUND"]);
    expect((await person.client.gql(block, { id: mentor.profile.id })).data).toEqual({ blockMentor: true });
    const [set] = await t.db.select().from(schema.mentoringMatches).where(eq(schema.mentoringMatches.id, match.id));
    expect(set?.status).toBe("not_chosen");
    const [blocked] = await t.db
      .select()
      .from(schema.mentoringExclusions)
      .where(eq(schema.mentoringExclusions.personId, person.id));
    expect(blocked).toMatchObject({ excludedPersonId: mentor.id, reason: "blocked" });
    const shortlist = await coordinator.client.gql<{
      mentorShortlist: {
        entries: { profile: { id: string } }[];
        ineligible: { profile: { id: string }; reasons: string[] }[];
      };
    }>(
      "query($id: ID!) { mentorShortlist(requestId: $id) { entries { profile { id } } ineligible { profile { id } reasons } } }",
      {
        id: request.id,
      },
    );
    expect(shortlist.data?.mentorShortlist.entries.map((e) => e.profile.id)).not.toContain(mentor.profile.id);
    expect(shortlist.data?.mentorShortlist.ineligible.find((i) => i.profile.id === mentor.profile.id)?.reasons).toEqual(
      [expect.stringMatching(/blocked|offered/)],
    );
  });

  it("lets coordinators record that two of their people know each other", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const exclude = `mutation($org: ID!, $a: ID!, $b: ID!) { recordExclusion(organisationId: $org, personId: $a,
      excludedPersonId: $b, reason: KNOWS) }`;
    const variables = { org: home, a: person.id, b: mentor.id };
    expect(errorCodes(await otherCoordinator.client.gql(exclude, variables))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await coordinator.client.gql(exclude, { ...variables, b: person.id }))).toEqual(["VALIDATION"]);
    expect((await coordinator.client.gql(exclude, variables)).data).toEqual({ recordExclusion: true });
    const [row] = await t.db
      .select()
      .from(schema.mentoringExclusions)
      .where(eq(schema.mentoringExclusions.personId, person.id));
    expect(row).toMatchObject({ excludedPersonId: mentor.id, reason: "knows", recordedByPersonId: coordinator.id });
    // Either of them asking for a mentor, the other is never on the list.
    const request = await createMentorRequest(t.db, person.id, home);
    const shortlist = await coordinator.client.gql<{
      mentorShortlist: { ineligible: { profile: { id: string }; reasons: string[] }[] };
    }>("query($id: ID!) { mentorShortlist(requestId: $id) { ineligible { profile { id } reasons } } }", {
      id: request.id,
    });
    expect(shortlist.data?.mentorShortlist.ineligible).toContainEqual({
      profile: { id: mentor.profile.id },
      reasons: ["They must not be matched: one of them has blocked the other, or they know each other."],
    });
  });
});

describe("erasure", () => {
  it("removes the person's requests and matches with their history", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const request = await createMentorRequest(t.db, person.id, home);
    const match = await createMatch(t.db, request, mentor.profile);
    await t.db.insert(schema.matchEvents).values({ matchId: match.id, toStatus: "active", at: new Date() });
    const erased = await person.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    const count = async (query: ReturnType<typeof sql>) => Number((await t.db.all<{ n: number }>(query))[0]?.n);
    expect(await count(sql`select count(*) as n from mentor_requests where person_id = ${person.id}`)).toBe(0);
    expect(await count(sql`select count(*) as n from mentoring_matches where mentee_person_id = ${person.id}`)).toBe(0);
    expect(await count(sql`select count(*) as n from match_events where match_id = ${match.id}`)).toBe(0);
    // The mentor's own profile is untouched.
    expect(await count(sql`select count(*) as n from mentor_profiles where id = ${mentor.profile.id}`)).toBe(1);
  });

  it("keeps a mentee's match when their mentor is erased, without the mentor", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInMentor(t, home);
    const request = await createMentorRequest(t.db, person.id, home);
    const match = await createMatch(t.db, request, mentor.profile);
    await mentor.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", { p: defaultPassword });
    const mine = await person.client.gql<{ myMatches: unknown[] }>(
      "{ myMatches { id status mentorName mentor { id } reasons request { id } } }",
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myMatches).toEqual([
      {
        id: match.id,
        status: "ACTIVE",
        mentorName: "A mentor who has left Kinship",
        mentor: null,
        reasons: [],
        request: { id: request.id },
      },
    ]);
    expect(
      (await coordinator.client.gql(`query($id: ID!) { match(id: $id) { id } }`, { id: match.id })).errors,
    ).toBeUndefined();
  });
});
