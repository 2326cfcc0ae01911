// Making and living a match: the shortlist with reasons and who can't be matched,
// approving one (proposed) or several (offered), choosing, accepting, declining,
// the lifecycle with its history, rematching, batch proposals, and who may see what.
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

const shortlist = `query($id: ID!) { mentorShortlist(requestId: $id) {
  entries { profile { id } score reasons } ineligible { profile { id } reasons } } }`;
const approve = "mutation($r: ID!, $p: [ID!]!) { approveMatch(requestId: $r, mentorProfileIds: $p) { id status } }";
const choose = "mutation($id: ID!) { chooseMentor(matchId: $id) { id status } }";
const respond = "mutation($id: ID!, $yes: Boolean!) { respondToMatch(matchId: $id, accept: $yes) { status } }";
const change = `mutation($id: ID!, $input: MatchChangeInput!) { changeMatch(matchId: $id, input: $input) {
  status startedOn plannedEndOn endedOn endReason history { fromStatus toStatus reason byName } } }`;
const requestStatus = async (id: string) =>
  (await t.db.select().from(schema.mentorRequests).where(eq(schema.mentorRequests.id, id)))[0]?.status;
const kinds = async (person: Person) =>
  (
    await person.client.gql<{ myNotifications: { kind: string }[] }>("{ myNotifications { kind } }")
  ).data!.myNotifications.map((n) => n.kind);

async function waitingPerson(organisationId = home) {
  const person = await signedInPerson(t, [{ organisationId, role: "member" }]);
  const request = await createMentorRequest(t.db, person.id, organisationId);
  return { ...person, request };
}

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Matches Home" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  const other = (await createOrganisation(t.db, { name: "Matches Other" })).id;
  otherCoordinator = await signedInPerson(t, [{ organisationId: other, role: "coordinator" }], {
    withSecondFactor: true,
  });
});
afterAll(() => t.close());

describe("the shortlist", () => {
  it("orders fitting mentors with reasons, lists the rest with why, and audits every person read", async () => {
    const organisationId = (await createOrganisation(t.db)).id;
    const orgCoordinator = await signedInPerson(t, [{ organisationId, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const fits = await signedInMentor(t, organisationId);
    const onBreak = await signedInMentor(t, organisationId, { isTakingBreak: true });
    const full = await signedInMentor(t, organisationId, { capacity: 1 });
    const trainee = await signedInPerson(t, [{ organisationId, role: "volunteer" }]);
    await t.db.insert(schema.mentorProfiles).values({
      id: "trainee-profile",
      personId: trainee.id,
      organisationId,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const someone = await waitingPerson(organisationId);
    await createMatch(t.db, someone.request, full.profile, { status: "proposed" });
    const person = await waitingPerson(organisationId);

    const result = await orgCoordinator.client.gql<{
      mentorShortlist: {
        entries: { profile: { id: string }; score: number; reasons: string[] }[];
        ineligible: { profile: { id: string }; reasons: string[] }[];
      };
    }>(shortlist, { id: person.request.id });
    expect(result.errors).toBeUndefined();
    const { entries, ineligible } = result.data!.mentorShortlist;
    expect(entries).toEqual([
      {
        profile: { id: fits.profile.id },
        score: expect.any(Number),
        reasons: expect.arrayContaining([expect.any(String)]),
      },
    ]);
    expect(entries[0]?.reasons.join(" ")).toMatch(/You both have experience of alcohol/);
    const why = Object.fromEntries(ineligible.map((i) => [i.profile.id, i.reasons]));
    expect(why).toEqual({
      [onBreak.profile.id]: ["They are taking a break from mentoring."],
      [full.profile.id]: ["They are already supporting as many people as they can."],
      "trainee-profile": [expect.stringMatching(/not a peer mentor here yet/)],
    });
    // The person and each mentor (the coordinator has no profile) are recorded as read.
    const audited = await t.db
      .select({ subject: schema.accessAudit.subjectPersonId })
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorShortlist"));
    expect(new Set(audited.map((a) => a.subject))).toEqual(
      new Set([person.id, fits.id, onBreak.id, full.id, trainee.id]),
    );
    expect(errorCodes(await otherCoordinator.client.gql(shortlist, { id: person.request.id }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await fits.client.gql(shortlist, { id: person.request.id }))).toEqual(["FORBIDDEN"]);
  });
});

describe("approving, choosing and answering", () => {
  it("proposes one mentor to answer, who accepts: the request is matched and everyone told", async () => {
    const mentor = await signedInMentor(t, home);
    const person = await waitingPerson();
    const approved = await coordinator.client.gql<{ approveMatch: { id: string; status: string }[] }>(approve, {
      r: person.request.id,
      p: [mentor.profile.id],
    });
    const [match] = approved.data!.approveMatch;
    expect(match?.status).toBe("PROPOSED");
    expect(await kinds(mentor)).toEqual(["MATCH_PROPOSED"]);
    expect(errorCodes(await coordinator.client.gql(approve, { r: person.request.id, p: [mentor.profile.id] }))).toEqual(
      ["CONFLICT"],
    );
    expect(errorCodes(await coordinator.client.gql(respond, { id: match!.id, yes: true }))).toEqual(["FORBIDDEN"]);
    expect((await mentor.client.gql(respond, { id: match!.id, yes: true })).data).toEqual({
      respondToMatch: { status: "ACCEPTED" },
    });
    expect(await requestStatus(person.request.id)).toBe("matched");
    expect(await kinds(person)).toEqual(["MATCH_ACCEPTED"]);
    expect(await kinds(coordinator)).toContain("MATCH_ACCEPTED");
    expect(errorCodes(await mentor.client.gql(respond, { id: match!.id, yes: true }))).toEqual(["CONFLICT"]);
  });

  it("offers three for the person to choose; the mentor chosen declines and the person waits again", async () => {
    const mentors = [await signedInMentor(t, home), await signedInMentor(t, home), await signedInMentor(t, home)];
    const person = await waitingPerson();
    const ids = mentors.map((m) => m.profile.id);
    const tooMany = await coordinator.client.gql(approve, { r: person.request.id, p: [...ids, ids[0]] });
    expect(errorCodes(tooMany)).toEqual(["VALIDATION"]);
    const approved = await coordinator.client.gql<{ approveMatch: { id: string; status: string }[] }>(approve, {
      r: person.request.id,
      p: ids,
    });
    const offers = approved.data!.approveMatch;
    expect(offers.map((o) => o.status)).toEqual(["OFFERED", "OFFERED", "OFFERED"]);
    expect(await kinds(person)).toEqual(["MATCH_OFFERED"]);
    // A mentor hears nothing, and sees nothing, until chosen.
    const chosenMentor = mentors[1]!;
    const offer = (await t.db.select().from(schema.mentoringMatches)).find(
      (m) => m.requestId === person.request.id && m.mentorProfileId === chosenMentor.profile.id,
    )!;
    expect(await kinds(chosenMentor)).toEqual([]);
    expect(
      errorCodes(await chosenMentor.client.gql("query($id: ID!) { match(id: $id) { id } }", { id: offer.id })),
    ).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await chosenMentor.client.gql(choose, { id: offer.id }))).toEqual(["FORBIDDEN"]);

    expect((await person.client.gql(choose, { id: offer.id })).data).toEqual({
      chooseMentor: { id: offer.id, status: "PROPOSED" },
    });
    const statuses = await t.db
      .select({ id: schema.mentoringMatches.id, status: schema.mentoringMatches.status })
      .from(schema.mentoringMatches)
      .where(eq(schema.mentoringMatches.requestId, person.request.id));
    expect(statuses.filter((s) => s.id !== offer.id).map((s) => s.status)).toEqual(["not_chosen", "not_chosen"]);
    expect(await kinds(chosenMentor)).toEqual(["MATCH_PROPOSED"]);

    expect((await chosenMentor.client.gql(respond, { id: offer.id, yes: false })).data).toEqual({
      respondToMatch: { status: "DECLINED" },
    });
    expect(await requestStatus(person.request.id)).toBe("waiting");
    expect(await kinds(person)).toEqual(["MATCH_DECLINED", "MATCH_OFFERED"]);
    const mine = await person.client.gql<{ myMentorRequests: { status: string; matches: { status: string }[] }[] }>(
      "{ myMentorRequests { status matches { status } } }",
    );
    expect(mine.data?.myMentorRequests).toEqual([
      { status: "WAITING", matches: expect.arrayContaining([{ status: "DECLINED" }, { status: "NOT_CHOSEN" }]) },
    ]);
    // The next shortlist does not offer the same mentors again.
    const next = await coordinator.client.gql<{ mentorShortlist: { entries: { profile: { id: string } }[] } }>(
      shortlist,
      { id: person.request.id },
    );
    expect(next.data?.mentorShortlist.entries.map((e) => e.profile.id)).not.toEqual(expect.arrayContaining([ids[0]]));
  });

  it("refuses a mentor who filled up between the offer and the choice", async () => {
    const mentor = await signedInMentor(t, home, { capacity: 1 });
    const person = await waitingPerson();
    const approved = await coordinator.client.gql<{ approveMatch: { id: string; mentor: { id: string } }[] }>(
      "mutation($r: ID!, $p: [ID!]!) { approveMatch(requestId: $r, mentorProfileIds: $p) { id mentor { id } } }",
      { r: person.request.id, p: [mentor.profile.id, (await signedInMentor(t, home)).profile.id] },
    );
    const offer = approved.data!.approveMatch.find((m) => m.mentor.id === mentor.profile.id)!;
    const someone = await waitingPerson();
    await createMatch(t.db, someone.request, mentor.profile, { status: "active" });
    const chosen = await person.client.gql(choose, { id: offer.id });
    expect(errorCodes(chosen)).toEqual(["CONFLICT"]);
    expect(chosen.errors?.[0]?.message).toMatch(/already supporting as many people as they can/);
  });
});

describe("the lifecycle", () => {
  it("starts, pauses, resumes, plans the end and rematches, keeping every step", async () => {
    const mentor = await signedInMentor(t, home);
    const person = await waitingPerson();
    const match = await createMatch(t.db, person.request, mentor.profile, { status: "accepted", startedOn: null });
    const step = (who: Person, input: Record<string, unknown>) => who.client.gql(change, { id: match.id, input });
    expect(errorCodes(await step(person, { change: "START" }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await step(mentor, { change: "RESUME" }))).toEqual(["CONFLICT"]);
    expect((await step(mentor, { change: "START" })).errors).toBeUndefined();
    expect((await step(coordinator, { change: "PAUSE" })).errors).toBeUndefined();
    const resumed = await step(mentor, { change: "RESUME" });
    expect(resumed.data?.changeMatch).toMatchObject({ status: "ACTIVE", startedOn: expect.any(String) });
    expect(errorCodes(await step(mentor, { change: "PLAN_ENDING" }))).toEqual(["VALIDATION"]);
    expect((await step(mentor, { change: "PLAN_ENDING", plannedEndOn: "2099-06-30" })).data?.changeMatch).toMatchObject(
      {
        status: "ACTIVE",
        plannedEndOn: "2099-06-30",
      },
    );
    expect(errorCodes(await step(mentor, { change: "END" }))).toEqual(["VALIDATION"]);
    const ended = await step(coordinator, { change: "END", reason: "REMATCHED" });
    expect(ended.data?.changeMatch).toMatchObject({
      status: "ENDED",
      endReason: "REMATCHED",
      endedOn: expect.any(String),
    });
    expect((ended.data!.changeMatch as { history: unknown[] }).history).toEqual([
      { fromStatus: "ACCEPTED", toStatus: "ACTIVE", reason: null, byName: expect.any(String) },
      { fromStatus: "ACTIVE", toStatus: "PAUSED", reason: null, byName: expect.any(String) },
      { fromStatus: "PAUSED", toStatus: "ACTIVE", reason: null, byName: expect.any(String) },
      { fromStatus: "ACTIVE", toStatus: "ACTIVE", reason: "2099-06-30", byName: expect.any(String) },
      { fromStatus: "ACTIVE", toStatus: "ENDED", reason: "rematched", byName: expect.any(String) },
    ]);
    expect(await requestStatus(person.request.id)).toBe("waiting");
    expect(errorCodes(await step(coordinator, { change: "END", reason: "OTHER" }))).toEqual(["CONFLICT"]);
    // The rematch: a new mentor for the same request, the old match still in its history.
    const next = await signedInMentor(t, home);
    expect(errorCodes(await coordinator.client.gql(approve, { r: person.request.id, p: [mentor.profile.id] }))).toEqual(
      ["CONFLICT"],
    );
    expect(
      (await coordinator.client.gql(approve, { r: person.request.id, p: [next.profile.id] })).errors,
    ).toBeUndefined();
    const both = await person.client.gql<{ myMentorRequests: { matches: { status: string; history: unknown[] }[] }[] }>(
      "{ myMentorRequests { matches { status history { toStatus } } } }",
    );
    expect(both.data?.myMentorRequests[0]?.matches.map((m) => [m.status, m.history.length])).toEqual(
      expect.arrayContaining([
        ["PROPOSED", 1],
        ["ENDED", 5],
      ]),
    );
    // The mentor keeps the ended match, but no longer sees the person's request.
    const kept = await mentor.client.gql<{ myMatches: { status: string; request: unknown }[] }>(
      "{ myMatches { status request { id } } }",
    );
    expect(kept.data?.myMatches).toEqual([{ status: "ENDED", request: null }]);
    expect(await kinds(person)).toContain("MATCH_CHANGED");
  });
});
