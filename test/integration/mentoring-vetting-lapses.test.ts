// Vetting lapses: matching reads vetting live, so a mentor whose check runs out
// or fails leaves the shortlist at once; and the sweep tells mentors and their
// coordinators about each lapse once, with warnings 30 days ahead.
import { sweepVettingLapses } from "@kinship/api/mentoring/vetting/sweep-vetting-lapses";
import { schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import { createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const record = `mutation($id: ID!, $input: VettingInput!) { recordVetting(mentorProfileId: $id, input: $input) {
  vetting { isCurrent nextExpiresOn problems { code message } records { kind trainingName outcome recordedByName } } } }`;
const shortlist = `query($id: ID!) { mentorShortlist(requestId: $id, limit: 10) {
  entries { profile { id } } ineligible { profile { id } reasons } } }`;
const notices = "{ myNotifications { kind message link } }";

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Vetting Home" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
});
afterAll(() => t.close());

describe("lapses", () => {
  it("take a mentor out of matching at once, saying why, and refuse approving them", async () => {
    const mentor = await signedInMentor(t, home);
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const request = await createMentorRequest(t.db, person.id, home);
    const before = await coordinator.client.gql<{ mentorShortlist: { entries: { profile: { id: string } }[] } }>(
      shortlist,
      { id: request.id },
    );
    expect(before.data?.mentorShortlist.entries.map((e) => e.profile.id)).toContain(mentor.profile.id);

    await coordinator.client.gql(record, {
      id: mentor.profile.id,
      input: { kind: "TRAINING", trainingCode: "boundaries", outcome: "NOT_SATISFACTORY", completedOn: daysFromNow(0) },
    });
    const after = await coordinator.client.gql<{
      mentorShortlist: {
        entries: { profile: { id: string } }[];
        ineligible: { profile: { id: string }; reasons: string[] }[];
      };
    }>(shortlist, { id: request.id });
    expect(after.data?.mentorShortlist.entries.map((e) => e.profile.id)).not.toContain(mentor.profile.id);
    expect(after.data?.mentorShortlist.ineligible).toContainEqual({
      profile: { id: mentor.profile.id },
      reasons: ["Their checks or training are not up to date."],
    });
    const approve = await coordinator.client.gql(
      "mutation($r: ID!, $p: [ID!]!) { approveMatch(requestId: $r, mentorProfileIds: $p) { id } }",
      { r: request.id, p: [mentor.profile.id] },
    );
    expect(errorCodes(approve)).toEqual(["CONFLICT"]);
    expect(approve.errors?.[0]?.message).toMatch(/checks or training are not up to date/);
  });

  it("count from the day a record runs out, with no one recording anything", async () => {
    const mentor = await signedInMentor(t, home);
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const request = await createMentorRequest(t.db, person.id, home);
    const listed = async () =>
      (
        await coordinator.client.gql<{
          mentorShortlist: { entries: { profile: { id: string } }[]; ineligible: { profile: { id: string } }[] };
        }>(shortlist, { id: request.id })
      ).data!.mentorShortlist;
    expect((await listed()).entries.map((e) => e.profile.id)).toContain(mentor.profile.id);
    // The criminal-records check's end date passes.
    await t.db
      .update(schema.vettingRecords)
      .set({ expiresOn: daysFromNow(-1) })
      .where(
        and(
          eq(schema.vettingRecords.mentorProfileId, mentor.profile.id),
          eq(schema.vettingRecords.kind, "criminal_records_check"),
        ),
      );
    const after = await listed();
    expect(after.entries.map((e) => e.profile.id)).not.toContain(mentor.profile.id);
    expect(after.ineligible.map((i) => i.profile.id)).toContain(mentor.profile.id);
    const own = await mentor.client.gql<{ myMentorProfiles: { vetting: { problems: { message: string }[] } }[] }>(
      "{ myMentorProfiles { vetting { problems { message } } } }",
    );
    expect(own.data?.myMentorProfiles[0]?.vetting.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^The criminal records \(DBS\) check ran out on /),
    ]);
  });

  it("are told to the mentor and the coordinators once, with warnings 30 days ahead", async () => {
    const organisationId = (await createOrganisation(t.db, { name: "Sweep Home" })).id;
    const orgCoordinator = await signedInPerson(t, [{ organisationId, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const mentor = await signedInMentor(t, organisationId);
    await orgCoordinator.client.gql(record, {
      id: mentor.profile.id,
      input: {
        kind: "TRAINING",
        trainingCode: "safeguarding",
        outcome: "SATISFACTORY",
        completedOn: daysFromNow(0),
        expiresOn: daysFromNow(20),
      },
    });
    const now = new Date();
    await sweepVettingLapses({ db: t.db, now });
    await sweepVettingLapses({ db: t.db, now });
    const warned = await mentor.client.gql<{ myNotifications: { kind: string; message: string; link: string }[] }>(
      notices,
    );
    expect(warned.data?.myNotifications).toEqual([
      {
        kind: "VETTING_EXPIRING",
        message: expect.stringMatching(/^Safeguarding adults and children training runs out on \d+ \w+ \d{4}\./),
        link: "/mentoring/profile",
      },
    ]);
    const toStaff = await orgCoordinator.client.gql<{ myNotifications: { kind: string; link: string }[] }>(notices);
    expect(toStaff.data?.myNotifications).toEqual([
      expect.objectContaining({ kind: "VETTING_EXPIRING", link: "/organisations/sweep-home/mentoring/mentors" }),
    ]);

    // A year and more later: the agreement has run out and supervision is overdue. Each is told once.
    const later = new Date(now.getTime() + 400 * 86_400_000);
    const first = await sweepVettingLapses({ db: t.db, now: later });
    await sweepVettingLapses({ db: t.db, now: later });
    expect(first.lapses).toBeGreaterThanOrEqual(3);
    const lapsed = await mentor.client.gql<{ myNotifications: { kind: string; message: string }[] }>(notices);
    const messages = lapsed.data!.myNotifications.filter((n) => n.kind === "VETTING_LAPSED").map((n) => n.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^The mentor agreement ran out on .+ You won't be matched with anyone new/),
        expect.stringMatching(/^Supervision is overdue since /),
        expect.stringMatching(/^Safeguarding adults and children training ran out on /),
      ]),
    );
    expect(new Set(messages).size).toBe(messages.length);
    const staffLapses = await orgCoordinator.client.gql<{ myNotifications: { kind: string; message: string }[] }>(
      notices,
    );
    const toCoordinator = staffLapses.data!.myNotifications.filter((n) => n.kind === "VETTING_LAPSED");
    expect(toCoordinator).toHaveLength(messages.length);
    expect(toCoordinator[0]?.message).toMatch(/can't be matched just now\./);
  });
});
