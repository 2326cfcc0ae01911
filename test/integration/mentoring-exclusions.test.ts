// Who someone must never be matched with, as coordinators see it beside the
// shortlist: both directions, only the organisation's own members, every person
// named audited, refused to anyone but the organisation's staff, gone when
// either person erases their account. And which organisation a request is for.
import { newId, schema } from "@kinship/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: { id: string; name: string };
let other: { id: string; name: string };
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let admin: Person;
let otherCoordinator: Person;

const exclusionsQuery = `query($request: ID!) { requestExclusions(requestId: $request) {
  requestId personId displayName exclusions { id otherPersonId otherPersonName reason recordedAt } } }`;
const recordExclusion = `mutation($org: ID!, $person: ID!, $excluded: ID!, $reason: ExclusionReason!) {
  recordExclusion(organisationId: $org, personId: $person, excludedPersonId: $excluded, reason: $reason) }`;
const shortlist = `query($id: ID!) { mentorShortlist(requestId: $id) {
  entries { profile { id } } ineligible { profile { id } reasons } } }`;

type Exclusions = {
  requestExclusions: {
    requestId: string;
    personId: string;
    displayName: string;
    exclusions: { id: string; otherPersonId: string; otherPersonName: string; reason: string; recordedAt: string }[];
  };
};

beforeAll(async () => {
  t = await testApp();
  home = await createOrganisation(t.db, { name: "Exclusions Home" });
  other = await createOrganisation(t.db, { name: "Exclusions Other" });
  coordinator = await signedInPerson(t, [{ organisationId: home.id, role: "coordinator" }], { withSecondFactor: true });
  admin = await signedInPerson(t, [{ organisationId: home.id, role: "admin" }], { withSecondFactor: true });
  otherCoordinator = await signedInPerson(t, [{ organisationId: other.id, role: "coordinator" }], {
    withSecondFactor: true,
  });
});
afterAll(() => t.close());

async function named(organisationId: string, displayName: string, role: "member" | "peer_mentor" = "member") {
  const person = await createPerson(t.db, { memberships: [{ organisationId, role }] });
  await t.db.update(schema.people).set({ displayName }).where(eq(schema.people.id, person.id));
  return person;
}

/** A person waiting for a mentor at home, signed in. */
async function waitingPerson() {
  const person = await signedInPerson(t, [{ organisationId: home.id, role: "member" }]);
  await t.db.update(schema.people).set({ displayName: "Wendy" }).where(eq(schema.people.id, person.id));
  const request = await createMentorRequest(t.db, person.id, home.id);
  return { ...person, request };
}

const auditedSubjects = async (viewerPersonId: string) =>
  (
    await t.db
      .select({ subject: schema.accessAudit.subjectPersonId, organisationId: schema.accessAudit.organisationId })
      .from(schema.accessAudit)
      .where(
        and(
          eq(schema.accessAudit.via, "Query.requestExclusions"),
          eq(schema.accessAudit.viewerPersonId, viewerPersonId),
        ),
      )
  ).map((row) => row.subject);

describe("the people someone must never be matched with", () => {
  it("lists both directions among the organisation's members, and audits everyone named", async () => {
    const person = await waitingPerson();
    const mentor = await signedInMentor(t, home.id);
    await t.db.update(schema.people).set({ displayName: "Ange" }).where(eq(schema.people.id, mentor.id));
    const exPartner = await named(home.id, "Bez", "peer_mentor");
    const blocker = await named(home.id, "Carl");
    const elsewhere = await named(other.id, "Dot", "peer_mentor");

    // A coordinator records that Wendy knows Bez; Wendy blocks Ange herself; Carl blocked Wendy.
    const recorded = await coordinator.client.gql(recordExclusion, {
      org: home.id,
      person: person.id,
      excluded: exPartner.id,
      reason: "KNOWS",
    });
    expect(recorded.data).toEqual({ recordExclusion: true });
    const blocked = await person.client.gql("mutation($p: ID!) { blockMentor(mentorProfileId: $p) }", {
      p: mentor.profile.id,
    });
    expect(blocked.data).toEqual({ blockMentor: true });
    // Exclusions with people of another organisation say nothing here.
    for (const [personId, excludedPersonId] of [
      [blocker.id, person.id],
      [person.id, elsewhere.id],
    ] as const) {
      await t.db.insert(schema.mentoringExclusions).values({
        id: newId(),
        personId,
        excludedPersonId,
        reason: personId === blocker.id ? "blocked" : "knows",
        createdAt: new Date(),
      });
    }

    const read = await coordinator.client.gql<Exclusions>(exclusionsQuery, { request: person.request.id });
    expect(read.errors).toBeUndefined();
    const { exclusions, ...who } = read.data!.requestExclusions;
    expect(who).toEqual({ requestId: person.request.id, personId: person.id, displayName: "Wendy" });
    expect(
      exclusions.map(({ otherPersonId, otherPersonName, reason }) => [otherPersonId, otherPersonName, reason]),
    ).toEqual([
      [mentor.id, "Ange", "BLOCKED"],
      [exPartner.id, "Bez", "KNOWS"],
      [blocker.id, "Carl", "BLOCKED"],
    ]);
    expect(exclusions.every((x) => !Number.isNaN(Date.parse(x.recordedAt)))).toBe(true);
    // The person once, and each person named, in this organisation; nobody from elsewhere.
    const audited = await auditedSubjects(coordinator.id);
    expect(audited.sort()).toEqual([person.id, mentor.id, exPartner.id, blocker.id].sort());
    const rows = await t.db
      .select({ organisationId: schema.accessAudit.organisationId, role: schema.accessAudit.viewerRole })
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.requestExclusions"));
    expect(new Set(rows.map((row) => `${row.organisationId} ${row.role}`))).toEqual(
      new Set([`${home.id} coordinator`]),
    );

    // The shortlist leaves all three out, with the reason.
    const listed = await coordinator.client.gql<{
      mentorShortlist: {
        entries: { profile: { id: string } }[];
        ineligible: { profile: { id: string }; reasons: string[] }[];
      };
    }>(shortlist, { id: person.request.id });
    expect(listed.data?.mentorShortlist.entries.map((e) => e.profile.id)).not.toContain(mentor.profile.id);
    expect(listed.data?.mentorShortlist.ineligible).toContainEqual({
      profile: { id: mentor.profile.id },
      reasons: ["They must not be matched: one of them has blocked the other, or they know each other."],
    });
  });

  it("is refused to another organisation's coordinator, mentors, the person and staff without a second factor", async () => {
    const person = await waitingPerson();
    const mentor = await signedInMentor(t, home.id);
    // Even the person's own mentor, in a live match, may not see who they are kept apart from.
    await createMatch(t.db, person.request, mentor.profile);
    const unconfirmed = await signedInPerson(t, [{ organisationId: home.id, role: "coordinator" }]);
    const anonymous = t.client();
    const before = Number((await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`))[0]?.n);
    for (const [client, code] of [
      [otherCoordinator.client, "FORBIDDEN"],
      [mentor.client, "FORBIDDEN"],
      [person.client, "FORBIDDEN"],
      [unconfirmed.client, "SECOND_FACTOR_REQUIRED"],
      [anonymous, "UNAUTHENTICATED"],
    ] as const) {
      const refused = await client.gql<Exclusions>(exclusionsQuery, { request: person.request.id });
      expect(errorCodes(refused)).toEqual([code]);
      expect(refused.data ?? null).toBeNull();
    }
    const after = Number((await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`))[0]?.n);
    expect(after).toBe(before);
    // An admin of the organisation may; a request that does not exist is NOT_FOUND.
    const byAdmin = await admin.client.gql<Exclusions>(exclusionsQuery, { request: person.request.id });
    expect(byAdmin.data?.requestExclusions.exclusions).toEqual([]);
    expect(errorCodes(await admin.client.gql(exclusionsQuery, { request: newId() }))).toEqual(["NOT_FOUND"]);
  });

  it("forgets an exclusion when either person erases their account", async () => {
    const person = await waitingPerson();
    const knows = await signedInPerson(t, [{ organisationId: home.id, role: "peer_mentor" }]);
    await coordinator.client.gql(recordExclusion, {
      org: home.id,
      person: person.id,
      excluded: knows.id,
      reason: "KNOWS",
    });
    const before = await coordinator.client.gql<Exclusions>(exclusionsQuery, { request: person.request.id });
    expect(before.data?.requestExclusions.exclusions.map((x) => x.otherPersonId)).toEqual([knows.id]);
    const erased = await knows.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    const after = await coordinator.client.gql<Exclusions>(exclusionsQuery, { request: person.request.id });
    expect(after.data?.requestExclusions.exclusions).toEqual([]);
    const left = await t.db.all<{ n: number }>(
      sql`select count(*) as n from mentoring_exclusions where person_id = ${knows.id} or excluded_person_id = ${knows.id}`,
    );
    expect(Number(left[0]?.n)).toBe(0);
  });
});

describe("the organisation a request is for", () => {
  it("is on every request, for the person and for staff", async () => {
    const person = await signedInPerson(t, [
      { organisationId: home.id, role: "member" },
      { organisationId: other.id, role: "member" },
    ]);
    await createMentorRequest(t.db, person.id, home.id);
    await createMentorRequest(t.db, person.id, other.id);
    const mine = await person.client.gql<{ myMentorRequests: { organisation: { id: string; name: string } }[] }>(
      "{ myMentorRequests { organisation { id name } } }",
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myMentorRequests.map((r) => r.organisation).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [home, other],
    );
    const waiting = await coordinator.client.gql<{ mentorRequests: { organisation: { name: string } }[] }>(
      "query($org: ID!) { mentorRequests(organisationId: $org) { organisation { name } } }",
      { org: home.id },
    );
    expect(waiting.errors).toBeUndefined();
    expect(new Set(waiting.data?.mentorRequests.map((r) => r.organisation.name))).toEqual(new Set([home.name]));
  });
});
