// Mutation fuzz of mentor profiles, vetting, requests and matches (see fuzz-values.ts):
// the signed-in person mentors the home match (fuzz-mentoring-sessions.ts makes it).
import { newId, schema } from "@kinship/db";
import fc from "fast-check";
import { createOrganisation, createPerson } from "../support/factories";
import { createMatch, createMentorRequest } from "../support/mentoring-factories";
import { homeMatch, homeProfile } from "./fuzz-mentoring-sessions";
import {
  adminsOnly,
  anyBoolean,
  anyId,
  anyInput,
  anyString,
  anything,
  type FuzzFeature,
  fuzzDay,
  homeOrganisation,
  realOrRandomId,
  staffOnly,
  text,
} from "./fuzz-values";

// Inputs near the edges of what is allowed, and junk.
const choices = (values: string[]) => fc.oneof(fc.subarray(values), fc.array(fc.constantFrom(...values)), anything);
const profileInput = fc.oneof(
  fc.record(
    {
      introduction: fc.oneof(text, fc.constant(null)),
      substances: choices(["ALCOHOL", "OPIATES", "NONSENSE"]),
      strengths: choices(["HOUSING", "BENEFITS"]),
      languages: fc.oneof(fc.constantFrom(["en"], ["en", "pl"], ["English"], ["en", "en"]), anything),
      gender: fc.oneof(fc.constantFrom("WOMAN", "MAN", null), text),
      homeArea: fc.oneof(fc.constantFrom("Bury", "BL9 0BW", "BL9", "Nowhere at all", ""), text),
      travelMiles: fc.oneof(fc.integer({ min: -5, max: 200 }), anything),
      capacity: fc.oneof(fc.integer({ min: -1, max: 12 }), anything),
      availability: choices(["MONDAY_MORNING", "SUNDAY_EVENING", "FUNDAY_NIGHT"]),
      isTakingBreak: fc.oneof(fc.boolean(), anything),
      visibility: fc.oneof(
        fc.array(
          fc.record({
            field: fc.constantFrom("HOME_AREA", "SUBSTANCES", "BOGUS"),
            audience: fc.constantFrom("COORDINATORS", "PEOPLE_CHOOSING"),
          }),
          { maxLength: 3 },
        ),
        anything,
      ),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const requestInput = fc.oneof(
  fc.record(
    {
      needs: choices(["HOUSING", "CONFIDENCE"]),
      genderPreference: fc.oneof(fc.constantFrom("NO_PREFERENCE", "WOMAN"), text),
      languages: fc.oneof(fc.constantFrom(["en"], ["xx-long"]), anything),
      sharedSubstances: choices(["ALCOHOL"]),
      meetingWays: choices(["PHONE", "IN_PERSON"]),
      availability: choices(["TUESDAY_AFTERNOON"]),
      area: fc.oneof(fc.constantFrom("Bury", "M1 1AE", "Atlantis"), text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
// What a person asking for a mentor may send. A second open request in one organisation is refused, so
// valid asks go to organisations of their own that junk never names, where the first ask always succeeds.
const organisationsToAskIn = Array.from({ length: 4 }, (_, index) => `organisation to ask in ${index}`);
const validRequest = fc.record({
  needs: fc.subarray(["HOUSING", "CONFIDENCE", "BENEFITS"], { minLength: 1 }),
  meetingWays: fc.subarray(["PHONE", "IN_PERSON"], { minLength: 1 }),
  availability: fc.subarray(["TUESDAY_AFTERNOON", "MONDAY_MORNING"], { minLength: 1 }),
  area: fc.constantFrom("Bury", "BL9 0BW"),
});
const vettingInput = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom("TRAINING", "REFERENCE", "AGREEMENT"), text),
      trainingCode: fc.oneof(fc.constantFrom("induction", "juggling"), text, fc.constant(null)),
      outcome: fc.oneof(fc.constantFrom("SATISFACTORY", "PENDING"), text),
      completedOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(3), "2026-02-30"), text),
      expiresOn: fc.oneof(fc.constantFrom(fuzzDay(-1), fuzzDay(400)), text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const settingsInput = fc.oneof(
  fc.record(
    {
      requiredTraining: fc.oneof(
        fc.array(fc.record({ code: fc.oneof(fc.constant("induction"), text), name: text }), { maxLength: 3 }),
        anything,
      ),
      isCriminalRecordsCheckRequired: fc.oneof(fc.boolean(), anything),
      criminalRecordsCheckValidMonths: fc.oneof(fc.integer({ min: -1, max: 200 }), anything),
      referencesRequired: fc.oneof(fc.integer({ min: -1, max: 8 }), anything),
      agreementValidMonths: fc.oneof(fc.integer({ min: -1, max: 200 }), anything),
      supervisionEveryDays: fc.oneof(fc.integer({ min: 0, max: 400 }), anything),
      weights: fc.oneof(
        fc.record({
          sharedExperience: fc.double({ min: -1, max: 11, noNaN: true }),
          pathway: fc.double({ min: 0, max: 10, noNaN: true }),
          needs: fc.double({ min: 0, max: 10, noNaN: true }),
          distance: fc.double({ min: 0, max: 10, noNaN: true }),
          availability: fc.double({ min: 0, max: 10, noNaN: true }),
          caseload: fc.double({ min: 0, max: 10, noNaN: true }),
        }),
        anything,
      ),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const matchChange = fc.oneof(
  fc.record(
    {
      change: fc.oneof(fc.constantFrom("START", "PAUSE", "RESUME", "PLAN_ENDING", "END"), text),
      reason: fc.oneof(fc.constantFrom("REMATCHED", "GOALS_MET"), text, fc.constant(null)),
      plannedEndOn: fc.oneof(fc.constantFrom(fuzzDay(-1), fuzzDay(30), "2026-02-30"), text, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  anything,
);
export const mentoringMatchingFuzz: FuzzFeature = {
  mutations: [
    {
      document:
        "mutation($o: ID!, $i: MentorProfileInput!) { saveMentorProfile(organisationId: $o, input: $i) { id } }",
      variables: { o: homeOrganisation, i: profileInput },
    },
    {
      document: "mutation($p: ID!, $i: VettingInput!) { recordVetting(mentorProfileId: $p, input: $i) { id } }",
      variables: { p: homeProfile, i: vettingInput },
      neverSucceedsBecause: staffOnly,
    },
    {
      document:
        "mutation($o: ID!, $i: MentoringSettingsInput!) { updateMentoringSettings(organisationId: $o, input: $i) { referencesRequired } }",
      variables: { o: homeOrganisation, i: settingsInput },
      neverSucceedsBecause: adminsOnly,
    },
    {
      document:
        "mutation($o: ID!, $p: ID!, $r: Role!) { changeMemberRole(organisationId: $o, personId: $p, role: $r) { id } }",
      variables: { o: homeOrganisation, p: anyId, r: anyString },
      neverSucceedsBecause: staffOnly,
    },
    {
      document: "mutation($o: ID!, $i: MentorRequestInput!) { askForMentor(organisationId: $o, input: $i) { id } }",
      variables: { o: homeOrganisation, i: requestInput },
      valid: fc.record({ o: fc.constantFrom(...organisationsToAskIn), i: validRequest }),
    },
    {
      document: `mutation($o: ID!, $p: ID!, $i: MentorRequestInput!, $a: Boolean!) {
      askForMentorOnBehalf(organisationId: $o, personId: $p, input: $i, hasPersonAgreed: $a) { id } }`,
      variables: { o: homeOrganisation, p: anyId, i: requestInput, a: anyBoolean },
      neverSucceedsBecause: staffOnly,
    },
    { document: "mutation($id: ID!) { withdrawMentorRequest(id: $id) { id } }", variables: { id: anyId } },
    { document: "mutation($p: ID!) { blockMentor(mentorProfileId: $p) }", variables: { p: homeProfile } },
    {
      document: `mutation($o: ID!, $p: ID!, $e: ID!, $r: ExclusionReason!) {
      recordExclusion(organisationId: $o, personId: $p, excludedPersonId: $e, reason: $r) }`,
      variables: { o: homeOrganisation, p: anyId, e: anyId, r: anyString },
      neverSucceedsBecause: staffOnly,
    },
    {
      document: "mutation($r: ID!, $p: [ID!]!) { approveMatch(requestId: $r, mentorProfileIds: $p) { id } }",
      variables: { r: anyId, p: homeProfile },
      neverSucceedsBecause: staffOnly,
    },
    {
      document:
        "mutation($o: ID!, $a: [AssignmentInput!]!) { applyBatchProposal(organisationId: $o, assignments: $a) { id } }",
      variables: { o: homeOrganisation, a: anyInput },
      neverSucceedsBecause: staffOnly,
    },
    { document: "mutation($m: ID!) { chooseMentor(matchId: $m) { id } }", variables: { m: homeMatch } },
    {
      document: "mutation($m: ID!, $a: Boolean!) { respondToMatch(matchId: $m, accept: $a) { id } }",
      variables: { m: homeMatch, a: anyBoolean },
    },
    {
      document: "mutation($m: ID!, $i: MatchChangeInput!) { changeMatch(matchId: $m, input: $i) { id status } }",
      // A match of its own: pausing or ending the home match would refuse every later session logged on it.
      variables: { m: realOrRandomId("match to change"), i: matchChange },
    },
  ],
  async setUp({ t, personId, organisationId }) {
    // The person's mentor profile, made by fuzz-mentoring-sessions.ts (its setUp runs first).
    const profile = await t.db.query.mentorProfiles.findFirst({ where: { personId, organisationId } });
    const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
    const request = await createMentorRequest(t.db, mentee.id, organisationId);
    const made: Record<string, string> = { "match to change": (await createMatch(t.db, request, profile!)).id };
    for (const standIn of organisationsToAskIn) {
      made[standIn] = (await createOrganisation(t.db, { name: `Fuzz ${standIn}` })).id;
      await t.db
        .insert(schema.memberships)
        .values({ id: newId(), personId, organisationId: made[standIn], role: "member" });
    }
    return made;
  },
};
