// Progression: coordinators moving people member → volunteer → peer mentor →
// recovery champion, admins alone making coordinators and admins, nobody changing
// their own role, and the history kept for the person and their coordinators.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import { createMentorProfile, createMentorRequest, signedInPerson, vetMentor } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let admin: Person;

const changeRole = `mutation($org: ID!, $person: ID!, $role: Role!) {
  changeMemberRole(organisationId: $org, personId: $person, role: $role) { role person { id } } }`;

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Roles Home" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  admin = await signedInPerson(t, [{ organisationId: home, role: "admin" }], { withSecondFactor: true });
});
afterAll(() => t.close());

describe("changing a member's role", () => {
  it("moves someone along the progression, records each step, and makes a volunteer's profile matchable", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const profile = await createMentorProfile(t.db, person.id, home);
    await vetMentor(t.db, profile.id, ["induction", "safeguarding", "boundaries", "naloxone"]);
    const seeker = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const request = await createMentorRequest(t.db, seeker.id, home);
    const entries = async () =>
      (
        await coordinator.client.gql<{ mentorShortlist: { entries: { profile: { id: string } }[] } }>(
          "query($id: ID!) { mentorShortlist(requestId: $id) { entries { profile { id } } } }",
          { id: request.id },
        )
      ).data!.mentorShortlist.entries.map((e) => e.profile.id);

    for (const role of ["VOLUNTEER", "PEER_MENTOR"]) {
      if (role === "PEER_MENTOR") expect(await entries()).not.toContain(profile.id);
      const changed = await coordinator.client.gql(changeRole, { org: home, person: person.id, role });
      expect(changed.data).toEqual({ changeMemberRole: { role, person: { id: person.id } } });
    }
    expect(await entries()).toContain(profile.id);

    const rows = await t.db.select().from(schema.roleChanges).where(eq(schema.roleChanges.personId, person.id));
    expect(rows.map((r) => [r.fromRole, r.toRole, r.changedByPersonId])).toEqual([
      ["member", "volunteer", coordinator.id],
      ["volunteer", "peer_mentor", coordinator.id],
    ]);
    // The person sees their own history; coordinators see their members', audited.
    const own = await person.client.gql<{ me: { memberships: { roleHistory: unknown[] }[] } }>(
      "{ me { memberships { roleHistory { fromRole toRole changedByName } } } }",
    );
    expect(own.data?.me.memberships[0]?.roleHistory).toEqual([
      { fromRole: "MEMBER", toRole: "VOLUNTEER", changedByName: expect.any(String) },
      { fromRole: "VOLUNTEER", toRole: "PEER_MENTOR", changedByName: expect.any(String) },
    ]);
    const members = await coordinator.client.gql<{
      organisation: { members: { person: { id: string }; roleHistory: { toRole: string }[] }[] };
    }>('{ organisation(slug: "roles-home") { members { person { id } roleHistory { toRole } } } }');
    const theirs = members.data?.organisation.members.find((m) => m.person.id === person.id);
    expect(theirs?.roleHistory.map((c) => c.toRole)).toEqual(["VOLUNTEER", "PEER_MENTOR"]);
    const views = await person.client.gql<{ myRecordViews: { via: string }[] }>("{ myRecordViews { via } }");
    expect(views.data?.myRecordViews.map((v) => v.via)).toEqual(
      expect.arrayContaining(["Mutation.changeMemberRole", "Membership.roleHistory"]),
    );

    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: person.client.cookie! },
    });
    const data = (await response.json()) as { mentoring: { roleHistory: { fromRole: string; toRole: string }[] } };
    expect(data.mentoring.roleHistory).toEqual([
      expect.objectContaining({ organisation: "Roles Home", fromRole: "member", toRole: "volunteer" }),
      expect.objectContaining({ fromRole: "volunteer", toRole: "peer_mentor" }),
    ]);
  });

  it("leaves coordinators and admins to admins, and nobody changes their own role", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "peer_mentor" }]);
    const otherCoordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const variables = { org: home, person: person.id };
    expect(errorCodes(await coordinator.client.gql(changeRole, { ...variables, role: "COORDINATOR" }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      errorCodes(
        await coordinator.client.gql(changeRole, { ...variables, person: otherCoordinator.id, role: "MEMBER" }),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(
      errorCodes(await coordinator.client.gql(changeRole, { ...variables, person: coordinator.id, role: "ADMIN" })),
    ).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await admin.client.gql(changeRole, { ...variables, person: admin.id, role: "MEMBER" }))).toEqual([
      "FORBIDDEN",
    ]);
    expect((await admin.client.gql(changeRole, { ...variables, role: "COORDINATOR" })).data).toEqual({
      changeMemberRole: { role: "COORDINATOR", person: { id: person.id } },
    });
  });

  it("is refused to members, other organisations' staff and for people who are not members", async () => {
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const mentor = await signedInPerson(t, [{ organisationId: home, role: "peer_mentor" }]);
    const elsewhere = (await createOrganisation(t.db)).id;
    const outsider = await signedInPerson(t, [{ organisationId: elsewhere, role: "admin" }], {
      withSecondFactor: true,
    });
    const variables = { org: home, person: person.id, role: "VOLUNTEER" };
    for (const viewer of [person, mentor, outsider]) {
      expect(errorCodes(await viewer.client.gql(changeRole, variables))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await coordinator.client.gql(changeRole, { ...variables, person: outsider.id }))).toEqual([
      "NOT_FOUND",
    ]);
    const history = '{ organisation(slug: "roles-home") { members { roleHistory { toRole } } } }';
    expect(errorCodes(await mentor.client.gql(history))).toEqual(["FORBIDDEN"]);
  });
});
