import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation } from "../support/factories";
import {
  createMentorProfile,
  createMentorRequest,
  signedInMentor,
  signedInPerson,
} from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const record = `mutation($id: ID!, $input: VettingInput!) { recordVetting(mentorProfileId: $id, input: $input) {
  vetting { isCurrent nextExpiresOn problems { code message } records { kind trainingName outcome recordedByName } } } }`;
const shortlist = `query($id: ID!) { mentorShortlist(requestId: $id, limit: 10) {
  entries { profile { id } } ineligible { profile { id } reasons } } }`;
const _notices = "{ myNotifications { kind message link } }";

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Vetting Home" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
});
afterAll(() => t.close());

describe("recording vetting", () => {
  it("builds up to current, naming what is still missing in plain words", async () => {
    const volunteer = await signedInPerson(t, [{ organisationId: home, role: "volunteer" }]);
    const profile = await createMentorProfile(t.db, volunteer.id, home);
    const first = await coordinator.client.gql<{
      recordVetting: {
        vetting: { isCurrent: boolean; problems: { code: string; message: string }[]; records: unknown[] };
      };
    }>(record, {
      id: profile.id,
      input: { kind: "TRAINING", trainingCode: "induction", outcome: "SATISFACTORY", completedOn: daysFromNow(-1) },
    });
    expect(first.errors).toBeUndefined();
    const vetting = first.data!.recordVetting.vetting;
    expect(vetting.isCurrent).toBe(false);
    expect(vetting.problems.map((p) => p.message)).toEqual([
      "Safeguarding adults and children training has not been recorded yet.",
      "Boundaries and confidentiality training has not been recorded yet.",
      "Overdose awareness and naloxone training has not been recorded yet.",
      "No criminal records (DBS) check has been recorded yet.",
      "2 satisfactory references are needed and none has been recorded.",
      "No signed mentor agreement has been recorded yet.",
    ]);
    expect(vetting.records).toEqual([
      {
        kind: "TRAINING",
        trainingName: "Peer mentoring induction",
        outcome: "SATISFACTORY",
        recordedByName: expect.any(String),
      },
    ]);
    const rest = [
      { kind: "TRAINING", trainingCode: "safeguarding" },
      { kind: "TRAINING", trainingCode: "boundaries" },
      { kind: "TRAINING", trainingCode: "naloxone" },
      { kind: "CRIMINAL_RECORDS_CHECK" },
      { kind: "REFERENCE" },
      { kind: "REFERENCE" },
      { kind: "AGREEMENT" },
    ];
    let last: { recordVetting: { vetting: { isCurrent: boolean; nextExpiresOn: string } } } | undefined;
    for (const input of rest) {
      const result = await coordinator.client.gql<NonNullable<typeof last>>(record, {
        id: profile.id,
        input: { ...input, outcome: "SATISFACTORY", completedOn: daysFromNow(-1) },
      });
      last = result.data!;
    }
    // Never supervised: the grace period from the agreement applies, and the agreement runs out first.
    expect(last?.recordVetting.vetting).toMatchObject({ isCurrent: true });
    expect(String(last?.recordVetting.vetting.nextExpiresOn) > daysFromNow(360)).toBe(true);
  });

  it("refuses wrong input with the field at fault", async () => {
    const mentor = await signedInMentor(t, home);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "TRAINING", trainingCode: "juggling", completedOn: daysFromNow(-1) }, "trainingCode"],
      [{ kind: "REFERENCE", trainingCode: "induction", completedOn: daysFromNow(-1) }, "trainingCode"],
      [{ kind: "REFERENCE", completedOn: daysFromNow(2) }, "completedOn"],
      [{ kind: "REFERENCE", completedOn: "2026-02-30" }, "completedOn"],
      [{ kind: "AGREEMENT", completedOn: daysFromNow(-1), expiresOn: daysFromNow(-2) }, "expiresOn"],
    ];
    for (const [input, field] of cases) {
      const result = await coordinator.client.gql(record, {
        id: mentor.profile.id,
        input: { outcome: "PENDING", ...input },
      });
      expect(errorCodes(result), field).toEqual(["VALIDATION"]);
      expect(result.errors?.[0]?.extensions?.fields, field).toHaveProperty(field);
    }
    expect(await t.db.$count(schema.vettingRecords, eq(schema.vettingRecords.mentorProfileId, mentor.profile.id))).toBe(
      8,
    );
  });

  it("is for the mentor's coordinators only, and never for their own checks", async () => {
    const mentor = await signedInMentor(t, home);
    const input = { kind: "REFERENCE", outcome: "SATISFACTORY", completedOn: daysFromNow(-1) };
    const elsewhere = (await createOrganisation(t.db)).id;
    const otherCoordinator = await signedInPerson(t, [{ organisationId: elsewhere, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const unconfirmed = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }]);
    expect(errorCodes(await mentor.client.gql(record, { id: mentor.profile.id, input }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await otherCoordinator.client.gql(record, { id: mentor.profile.id, input }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(errorCodes(await unconfirmed.client.gql(record, { id: mentor.profile.id, input }))).toEqual([
      "SECOND_FACTOR_REQUIRED",
    ]);
    const ownProfile = await createMentorProfile(t.db, coordinator.id, home);
    expect(errorCodes(await coordinator.client.gql(record, { id: ownProfile.id, input }))).toEqual(["FORBIDDEN"]);
  });
});

describe("the organisation's mentoring rules", () => {
  const update = `mutation($org: ID!, $input: MentoringSettingsInput!) { updateMentoringSettings(organisationId: $org, input: $input) {
    requiredTraining { code name validForMonths } referencesRequired weights { distance } } }`;
  const rules = (changes: Record<string, unknown> = {}) => ({
    requiredTraining: [{ code: "induction", name: "Induction day", validForMonths: null }],
    isCriminalRecordsCheckRequired: true,
    criminalRecordsCheckValidMonths: 36,
    referencesRequired: 1,
    agreementValidMonths: 12,
    supervisionEveryDays: 56,
    weights: { sharedExperience: 3, pathway: 2, needs: 3, distance: 2, availability: 2, caseload: 1 },
    ...changes,
  });

  it("are read by coordinators and changed by admins only, checked as a whole", async () => {
    const organisationId = (await createOrganisation(t.db)).id;
    const orgAdmin = await signedInPerson(t, [{ organisationId, role: "admin" }], { withSecondFactor: true });
    const orgCoordinator = await signedInPerson(t, [{ organisationId, role: "coordinator" }], {
      withSecondFactor: true,
    });
    const read = await orgCoordinator.client.gql<{ mentoringSettings: { requiredTraining: unknown[] } }>(
      "query($org: ID!) { mentoringSettings(organisationId: $org) { requiredTraining { code } supervisionEveryDays } }",
      { org: organisationId },
    );
    expect(read.data?.mentoringSettings.requiredTraining).toHaveLength(4);
    expect(errorCodes(await orgCoordinator.client.gql(update, { org: organisationId, input: rules() }))).toEqual([
      "FORBIDDEN",
    ]);
    const bad = await orgAdmin.client.gql(update, {
      org: organisationId,
      input: rules({
        requiredTraining: [
          { code: "induction", name: "A" },
          { code: "induction", name: "B" },
        ],
        agreementValidMonths: 0,
        weights: { sharedExperience: 11, pathway: 2, needs: -1, distance: 2, availability: 2, caseload: 1 },
      }),
    });
    expect(errorCodes(bad)).toEqual(["VALIDATION"]);
    expect(Object.keys(bad.errors?.[0]?.extensions?.fields as object).sort()).toEqual([
      "agreementValidMonths",
      "requiredTraining",
      "weights.needs",
      "weights.sharedExperience",
    ]);
    const good = await orgAdmin.client.gql(update, { org: organisationId, input: rules() });
    expect(good.data).toEqual({
      updateMentoringSettings: {
        requiredTraining: [{ code: "induction", name: "Induction day", validForMonths: null }],
        referencesRequired: 1,
        weights: { distance: 2 },
      },
    });
  });

  it("order the shortlist by the organisation's own weights", async () => {
    const organisationId = (await createOrganisation(t.db)).id;
    const orgAdmin = await signedInPerson(t, [{ organisationId, role: "admin" }], { withSecondFactor: true });
    // Shares the person's experience of alcohol, but lives in Manchester; the other lives in Bury.
    const sharesExperience = await signedInMentor(t, organisationId, {
      latitude: 53.4794,
      longitude: -2.2453,
      travelMiles: 15,
    });
    const livesNearby = await signedInMentor(t, organisationId, { substances: ["cannabis"] });
    const person = await signedInPerson(t, [{ organisationId, role: "member" }]);
    const request = await createMentorRequest(t.db, person.id, organisationId);
    const order = async () => {
      const result = await orgAdmin.client.gql<{ mentorShortlist: { entries: { profile: { id: string } }[] } }>(
        shortlist,
        { id: request.id },
      );
      return result.data!.mentorShortlist.entries.map((entry) => entry.profile.id);
    };
    expect(await order()).toEqual([sharesExperience.profile.id, livesNearby.profile.id]);
    const weights = { sharedExperience: 0, pathway: 2, needs: 3, distance: 10, availability: 2, caseload: 1 };
    const changed = await orgAdmin.client.gql(update, {
      org: organisationId,
      input: rules({ requiredTraining: [], weights }),
    });
    expect(changed.errors).toBeUndefined();
    expect(await order()).toEqual([livesNearby.profile.id, sharesExperience.profile.id]);
  });
});
