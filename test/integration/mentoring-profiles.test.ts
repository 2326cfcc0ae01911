// Mentors' profiles: who may have one, what is saved, who may read the whole
// profile (the mentor and their coordinators, audited), and what each audience
// sees on the mentor's card: people choosing, their mentees, and nobody else.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import { createMatch, createMentorRequest, signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
let other: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let otherCoordinator: Person;

const save = `mutation($org: ID!, $input: MentorProfileInput!) { saveMentorProfile(organisationId: $org, input: $input) {
  id displayName role introduction homeArea availability capacity organisation { name } visibility { field audience } } }`;
const card = `query($id: ID!) { match(id: $id) { mentor { displayName introduction substances strengths languages
  gender homeArea availability } reasons } }`;

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Profiles Home" })).id;
  other = (await createOrganisation(t.db, { name: "Profiles Other" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  otherCoordinator = await signedInPerson(t, [{ organisationId: other, role: "coordinator" }], {
    withSecondFactor: true,
  });
});
afterAll(() => t.close());

describe("saving a mentor profile", () => {
  it("is for the organisation's volunteers and mentors, not its members or outsiders", async () => {
    const member = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const input = { introduction: "Hello" };
    expect(errorCodes(await member.client.gql(save, { org: home, input }))).toEqual(["FORBIDDEN"]);
    const volunteer = await signedInPerson(t, [{ organisationId: other, role: "volunteer" }]);
    expect(errorCodes(await volunteer.client.gql(save, { org: home, input }))).toEqual(["FORBIDDEN"]);
  });

  it("saves what the volunteer says, keeps only the outward code of a postcode, and uses default visibility", async () => {
    const volunteer = await signedInPerson(t, [{ organisationId: home, role: "volunteer" }]);
    const input = {
      introduction: "  Four years sober. I know the benefits system inside out.  ",
      substances: ["ALCOHOL"],
      strengths: ["BENEFITS", "HOUSING"],
      languages: ["en", "pl"],
      homeArea: "BL9 0BW",
      availability: ["MONDAY_MORNING", "SUNDAY_EVENING"],
      capacity: 3,
      visibility: [{ field: "HOME_AREA", audience: "PEOPLE_CHOOSING" }],
    };
    const saved = await volunteer.client.gql<{ saveMentorProfile: Record<string, unknown> }>(save, {
      org: home,
      input,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveMentorProfile).toMatchObject({
      role: "VOLUNTEER",
      introduction: "Four years sober. I know the benefits system inside out.",
      homeArea: "BL9",
      availability: ["MONDAY_MORNING", "SUNDAY_EVENING"],
      capacity: 3,
      organisation: { name: "Profiles Home" },
    });
    expect(saved.data?.saveMentorProfile.visibility).toEqual(
      expect.arrayContaining([
        { field: "HOME_AREA", audience: "PEOPLE_CHOOSING" },
        { field: "SUBSTANCES", audience: "MY_MENTEES" },
        { field: "INTRODUCTION", audience: "PEOPLE_CHOOSING" },
        { field: "GENDER", audience: "COORDINATORS" },
      ]),
    );
    const [row] = await t.db
      .select()
      .from(schema.mentorProfiles)
      .where(eq(schema.mentorProfiles.personId, volunteer.id));
    expect(row).toMatchObject({ homeArea: "BL9", availability: 1 | (1 << 20) });
    expect(row?.latitude).toBeCloseTo(53.59, 1);

    // A second save changes only what it names.
    const again = await volunteer.client.gql<{ saveMentorProfile: { capacity: number; homeArea: string } }>(save, {
      org: home,
      input: { capacity: 1 },
    });
    expect(again.data?.saveMentorProfile).toMatchObject({ capacity: 1, homeArea: "BL9" });
    expect(await t.db.$count(schema.mentorProfiles, eq(schema.mentorProfiles.personId, volunteer.id))).toBe(1);
  });

  it("refuses a place it can't find and impossible values, saying which field is wrong", async () => {
    const volunteer = await signedInPerson(t, [{ organisationId: home, role: "volunteer" }]);
    const wrong = await volunteer.client.gql(save, { org: home, input: { homeArea: "Nowhereville-upon-Nothing" } });
    expect(errorCodes(wrong)).toEqual(["VALIDATION"]);
    expect(wrong.errors?.[0]?.extensions?.fields).toHaveProperty("homeArea");
    const values = await volunteer.client.gql(save, {
      org: home,
      input: { capacity: 0, languages: ["English"], substances: ["ALCOHOL", "ALCOHOL"] },
    });
    expect(Object.keys((values.errors?.[0]?.extensions?.fields ?? {}) as object).sort()).toEqual([
      "capacity",
      "languages.0",
      "substances",
    ]);
  });
});

describe("reading a whole profile", () => {
  const one = `query($id: ID!) { mentorProfile(id: $id) { displayName homeArea vetting { isCurrent } } }`;
  const all = `query($org: ID!) { organisationMentors(organisationId: $org) { id homeArea vetting { isCurrent problems { code } } } }`;

  it("is for the mentor and their organisation's coordinators, whose reads are audited", async () => {
    const mentor = await signedInMentor(t, home);
    const own = await mentor.client.gql<{ myMentorProfiles: { id: string }[] }>("{ myMentorProfiles { id } }");
    expect(own.data?.myMentorProfiles).toEqual([{ id: mentor.profile.id }]);
    expect((await mentor.client.gql(one, { id: mentor.profile.id })).errors).toBeUndefined();
    expect((await coordinator.client.gql(one, { id: mentor.profile.id })).data).toEqual({
      mentorProfile: { displayName: expect.any(String), homeArea: "Bury", vetting: { isCurrent: true } },
    });
    const listed = await coordinator.client.gql<{ organisationMentors: { id: string }[] }>(all, { org: home });
    expect(listed.data?.organisationMentors.map((p) => p.id)).toContain(mentor.profile.id);

    const views = await mentor.client.gql<{ myRecordViews: { via: string }[] }>("{ myRecordViews { via } }");
    expect(views.data?.myRecordViews.map((v) => v.via).sort()).toEqual([
      "Query.mentorProfile",
      "Query.organisationMentors",
    ]);
  });

  it("is refused to another mentor, a member, and another organisation's coordinator", async () => {
    const mentor = await signedInMentor(t, home);
    const otherMentor = await signedInMentor(t, home);
    const member = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    for (const viewer of [otherMentor, member, otherCoordinator]) {
      expect(errorCodes(await viewer.client.gql(one, { id: mentor.profile.id }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await otherCoordinator.client.gql(all, { org: home }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await member.client.gql(all, { org: home }))).toEqual(["FORBIDDEN"]);
  });
});

describe("the mentor's card", () => {
  it("shows each audience only what the mentor lets it see", async () => {
    const mentor = await signedInMentor(t, home, {
      introduction: "Ten years in recovery.",
      visibility: { introduction: "people_choosing", substances: "my_mentees", homeArea: "coordinators" },
    });
    const person = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
    const request = await createMentorRequest(t.db, person.id, home);
    const match = await createMatch(t.db, request, mentor.profile, { status: "offered", startedOn: null });

    // Choosing: the introduction and strengths, not the substances, gender or home area.
    const choosing = await person.client.gql<{ match: { mentor: Record<string, unknown>; reasons: string[] } }>(card, {
      id: match.id,
    });
    expect(choosing.data?.match.mentor).toMatchObject({
      introduction: "Ten years in recovery.",
      strengths: ["MUTUAL_AID", "CONFIDENCE"],
      substances: [],
      gender: null,
      homeArea: null,
    });
    // "You both have experience of alcohol" would give the mentor's substances away.
    expect(choosing.data?.match.reasons.join(" ")).not.toMatch(/alcohol/);
    expect(choosing.data?.match.reasons.join(" ")).toMatch(/Can help with/);

    // Their mentee: the substances too, still not the home area.
    await t.db
      .update(schema.mentoringMatches)
      .set({ status: "active" })
      .where(eq(schema.mentoringMatches.id, match.id));
    const mentee = await person.client.gql<{ match: { mentor: Record<string, unknown>; reasons: string[] } }>(card, {
      id: match.id,
    });
    expect(mentee.data?.match.mentor).toMatchObject({ substances: ["ALCOHOL"], homeArea: null, gender: null });
    expect(mentee.data?.match.reasons.join(" ")).toMatch(/You both have experience of alcohol/);

    // Staff and the mentor themself: everything, every reason.
    for (const viewer of [coordinator, mentor]) {
      const full = await viewer.client.gql<{ match: { mentor: Record<string, unknown>; reasons: string[] } }>(card, {
        id: match.id,
      });
      expect(full.data?.match.mentor).toMatchObject({ homeArea: "Bury", gender: "WOMAN" });
    }
    const staffView = await coordinator.client.gql<{ match: { reasons: string[] } }>(card, { id: match.id });
    expect(staffView.data?.match.reasons.join(" ")).toMatch(/alcohol/);

    // Once it has ended, the person is neither choosing nor a mentee: only the name remains.
    await t.db.update(schema.mentoringMatches).set({ status: "ended" }).where(eq(schema.mentoringMatches.id, match.id));
    const ended = await person.client.gql<{ match: { mentor: Record<string, unknown> } }>(card, { id: match.id });
    expect(ended.data?.match.mentor).toMatchObject({ introduction: null, strengths: [], availability: [] });
    expect(ended.data?.match.mentor.displayName).toEqual(expect.any(String));
  });
});

describe("the person's data download", () => {
  it("includes their mentor profiles with the vetting recorded about them", async () => {
    const mentor = await signedInMentor(t, home);
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: mentor.client.cookie! },
    });
    const data = (await response.json()) as { mentoring: { mentorProfiles: { vettingRecords: unknown[] }[] } };
    expect(data.mentoring.mentorProfiles).toEqual([
      expect.objectContaining({ organisation: "Profiles Home", homeArea: "Bury" }),
    ]);
    expect(data.mentoring.mentorProfiles[0]?.vettingRecords).toHaveLength(8);
  });
});
