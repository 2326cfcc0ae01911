// Matches seen from outside: lists loading in a fixed number of statements, batch
// proposals for the whole waiting list, who may see a match (audited), and the
// data download. Making and living a match is in mentoring-matches.test.ts.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import { createMatch, createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let otherCoordinator: Person;

const change = `mutation($id: ID!, $input: MatchChangeInput!) { changeMatch(matchId: $id, input: $input) {
  status startedOn plannedEndOn endedOn endReason history { fromStatus toStatus reason byName } } }`;
async function waitingPerson(organisationId = home) {
  const person = await signedInPerson(t, [{ organisationId, role: "member" }]);
  const request = await createMentorRequest(t.db, person.id, organisationId);
  return { ...person, request };
}

// Every SQL statement sent, to show nested lists load in a fixed number of statements.
const statements: string[] = [];

beforeAll(async () => {
  t = await testApp({ onStatement: (statement) => statements.push(statement) });
  home = (await createOrganisation(t.db, { name: "Matches Home" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  const other = (await createOrganisation(t.db, { name: "Matches Other" })).id;
  otherCoordinator = await signedInPerson(t, [{ organisationId: other, role: "coordinator" }], {
    withSecondFactor: true,
  });
});
afterAll(() => t.close());

describe("loading lists", () => {
  it("reads requests with their matches, mentors and histories in the same number of statements however many", async () => {
    const organisationId = (await createOrganisation(t.db)).id;
    const orgCoordinator = await signedInPerson(t, [{ organisationId, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const query = `query($org: ID!) { mentorRequests(organisationId: $org) { id matches { status mentor { id }
      request { id } history { toStatus } } } organisationMentors(organisationId: $org) { id vetting { isCurrent } } }`;
    const countFor = async () => {
      statements.length = 0;
      const result = await orgCoordinator.client.gql(query, { org: organisationId });
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const addPair = async () => {
      const mentor = await signedInMentor(t, organisationId);
      const person = await waitingPerson(organisationId);
      await createMatch(t.db, person.request, mentor.profile);
    };
    await addPair();
    const withOne = await countFor();
    for (let i = 0; i < 4; i++) await addPair();
    expect(await countFor()).toBe(withOne);
  });
});

describe("batch proposals", () => {
  it("fill the waiting list within capacity, scoring at least what greedy filling would, and apply", async () => {
    const organisationId = (await createOrganisation(t.db)).id;
    const orgCoordinator = await signedInPerson(t, [{ organisationId, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const mentors = [
      await signedInMentor(t, organisationId, { capacity: 1 }),
      await signedInMentor(t, organisationId, { capacity: 2, substances: ["opiates"], strengths: ["housing"] }),
    ];
    const people = [
      await waitingPerson(organisationId),
      await waitingPerson(organisationId),
      await waitingPerson(organisationId),
      await waitingPerson(organisationId),
    ];
    const proposal = await orgCoordinator.client.gql<{
      batchMatchProposal: {
        totalScore: number;
        greedyTotalScore: number;
        assignments: { request: { id: string }; profile: { id: string }; score: number; reasons: string[] }[];
        unassigned: { id: string }[];
      };
    }>(
      `query($org: ID!) { batchMatchProposal(organisationId: $org) { totalScore greedyTotalScore
        assignments { request { id } profile { id } score reasons } unassigned { id } } }`,
      { org: organisationId },
    );
    expect(proposal.errors).toBeUndefined();
    const { assignments, totalScore, greedyTotalScore, unassigned } = proposal.data!.batchMatchProposal;
    expect(assignments).toHaveLength(3);
    expect(unassigned).toHaveLength(1);
    const perMentor = (id: string) => assignments.filter((a) => a.profile.id === id).length;
    expect(perMentor(mentors[0]!.profile.id)).toBe(1);
    expect(perMentor(mentors[1]!.profile.id)).toBe(2);
    expect(totalScore).toBeGreaterThanOrEqual(greedyTotalScore);
    expect(totalScore).toBeCloseTo(
      assignments.reduce((sum, a) => sum + a.score, 0),
      1,
    );
    expect(assignments.every((a) => a.reasons.length > 0)).toBe(true);
    expect(new Set(people.map((p) => p.request.id))).toEqual(
      new Set([...assignments.map((a) => a.request.id), ...unassigned.map((u) => u.id)]),
    );

    const apply = `mutation($org: ID!, $a: [AssignmentInput!]!) { applyBatchProposal(organisationId: $org, assignments: $a) { status mentorName } }`;
    const chosen = assignments.map((a) => ({ requestId: a.request.id, mentorProfileId: a.profile.id }));
    // Over capacity: both places of the first mentor (capacity 1) at once.
    const overFull = [
      { requestId: unassigned[0]!.id, mentorProfileId: mentors[0]!.profile.id },
      ...chosen.filter((c) => c.mentorProfileId === mentors[0]!.profile.id),
    ];
    expect(errorCodes(await orgCoordinator.client.gql(apply, { org: organisationId, a: overFull }))).toEqual([
      "CONFLICT",
    ]);
    expect(errorCodes(await coordinator.client.gql(apply, { org: organisationId, a: chosen }))).toEqual(["FORBIDDEN"]);
    const applied = await orgCoordinator.client.gql<{ applyBatchProposal: { status: string }[] }>(apply, {
      org: organisationId,
      a: chosen,
    });
    expect(applied.data?.applyBatchProposal.map((m) => m.status)).toEqual(["PROPOSED", "PROPOSED", "PROPOSED"]);
    expect(errorCodes(await orgCoordinator.client.gql(apply, { org: organisationId, a: chosen }))).toEqual([
      "CONFLICT",
    ]);
  });
});

describe("who may see a match", () => {
  const one = "query($id: ID!) { match(id: $id) { status menteeName mentorName history { toStatus } } }";

  it("is the two people and the organisation's coordinators, with mentor and staff reads audited", async () => {
    const mentor = await signedInMentor(t, home);
    const otherMentor = await signedInMentor(t, home);
    const person = await waitingPerson();
    const stranger = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const unconfirmed = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }]);
    const match = await createMatch(t.db, person.request, mentor.profile);
    for (const viewer of [person, mentor, coordinator]) {
      expect((await viewer.client.gql(one, { id: match.id })).errors).toBeUndefined();
    }
    for (const viewer of [otherMentor, stranger, otherCoordinator]) {
      expect(errorCodes(await viewer.client.gql(one, { id: match.id }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await unconfirmed.client.gql(one, { id: match.id }))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    const organisationMatches = "query($org: ID!) { organisationMatches(organisationId: $org) { id } }";
    expect(errorCodes(await otherCoordinator.client.gql(organisationMatches, { org: home }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await mentor.client.gql(organisationMatches, { org: home }))).toEqual(["FORBIDDEN"]);
    const listed = await coordinator.client.gql<{ organisationMatches: { id: string }[] }>(organisationMatches, {
      org: home,
    });
    expect(listed.data?.organisationMatches.map((m) => m.id)).toContain(match.id);

    const audit = await t.db.select().from(schema.accessAudit).where(eq(schema.accessAudit.via, "Match"));
    const about = (subject: string, viewer: string) =>
      audit.filter((a) => a.subjectPersonId === subject && a.viewerPersonId === viewer).length;
    expect(about(person.id, mentor.id)).toBe(1);
    expect(about(person.id, coordinator.id)).toBe(2); // match(id) and organisationMatches
    expect(about(mentor.id, coordinator.id)).toBe(2);
    expect(about(mentor.id, person.id)).toBe(0);
  });

  it("goes into each person's data download with its history", async () => {
    const mentor = await signedInMentor(t, home);
    const person = await waitingPerson();
    const match = await createMatch(t.db, person.request, mentor.profile, { status: "accepted", startedOn: null });
    await mentor.client.gql(change, { id: match.id, input: { change: "START" } });
    const download = async (who: Person) =>
      (await (
        await t.app.request("http://localhost/api/my-data", { headers: { cookie: who.client.cookie! } })
      ).json()) as {
        mentoring: { mentorRequests: unknown[]; mentoringMatches: { myPart: string; history: unknown[] }[] };
      };
    const asMentee = await download(person);
    expect(asMentee.mentoring.mentorRequests).toEqual([
      expect.objectContaining({ id: person.request.id, area: "Bury" }),
    ]);
    expect(asMentee.mentoring.mentoringMatches).toEqual([
      expect.objectContaining({
        id: match.id,
        myPart: "mentee",
        status: "active",
        history: [expect.objectContaining({ toStatus: "active" })],
      }),
    ]);
    expect((await download(mentor)).mentoring.mentoringMatches).toEqual([
      expect.objectContaining({ id: match.id, myPart: "mentor" }),
    ]);
  });
});
