// Property-based fuzzing of every mutation with arbitrary variables: whatever is
// sent, the answer is a typed error or a success, never a 5xx, a stack trace, a
// file path or SQL, and the database stays consistent. The seed is printed so a
// failure can be replayed with FUZZ_SEED=<seed>.

import { newId, schema } from "@kinship/db";
import { builtInDefinition } from "@kinship/db/journey-defaults";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";
import {
  createMatch,
  createMentorProfile,
  createMentorRequest,
  createSupportSession,
} from "../support/mentoring-factories";

const runs = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const leaks = /\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|\bselect\b.+\bfrom\b|\binsert into\b/i;

type VariableKind =
  | "input"
  | "string"
  | "id"
  | "boolean"
  | "purpose"
  | "listing"
  | "organisation"
  | "gathering"
  | "suggestion"
  | "importSource"
  | "feed"
  | "hours"
  | "hoursEntry"
  | "match"
  | "sessionInput"
  | "supportSession"
  | "followUp"
  | "mentorProfile"
  | "supervisionInput"
  | "profileInput"
  | "requestInput"
  | "vettingInput"
  | "settingsInput"
  | "matchChange"
  // Goals, lapses and treatment phases.
  | "goalInput"
  | "goal"
  | "goalStep"
  | "phase"
  | "journeyDay"
  | "checkInInput"
  // Network map.
  | "connectionInput"
  | "connection"
  | "suggestionKey"
  // Reminders.
  | "reminderSettings"
  // Re-authentication, sign-in details and retention.
  | "password"
  | "contactDetail"
  | "months"
  // Keeping in touch: quiet thresholds and missed contacts.
  | "disengagementSettings"
  | "missedContactInput";
const mutations: { document: string; variables: Record<string, VariableKind> }[] = [
  { document: "mutation($input: SignUpInput!) { signUp(input: $input) { id } }", variables: { input: "input" } },
  { document: "mutation($input: SignInInput!) { signIn(input: $input) { id } }", variables: { input: "input" } },
  {
    document: "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }",
    variables: { input: "input" },
  },
  { document: "mutation($id: ID!) { endSession(id: $id) }", variables: { id: "id" } },
  {
    document: "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }",
    variables: { p: "purpose", g: "boolean" },
  },
  { document: "mutation($c: String!) { verifySecondFactor(code: $c) }", variables: { c: "string" } },
  { document: "mutation($c: String!) { confirmTotpEnrolment(code: $c) }", variables: { c: "string" } },
  {
    document: "mutation($p: String) { startTotpEnrolment(currentPassword: $p) { secret } }",
    variables: { p: "password" },
  },
  {
    document:
      "mutation($o: ID!, $p: ID!, $c: String) { resetSecondFactor(organisationId: $o, personId: $p, currentPassword: $c) }",
    variables: { o: "id", p: "id", c: "password" },
  },
  // Re-authentication and the signed-in person's own email and mobile (the right password sometimes).
  { document: "mutation($p: String!) { reauthenticate(password: $p) }", variables: { p: "password" } },
  {
    document: "mutation($e: String!, $p: String) { changeEmail(newEmail: $e, currentPassword: $p) { id } }",
    variables: { e: "contactDetail", p: "password" },
  },
  {
    document: "mutation($m: String!, $p: String) { changeMobile(newMobile: $m, currentPassword: $p) { id } }",
    variables: { m: "contactDetail", p: "password" },
  },
  // Retention: refused (the signed-in person is not an admin), whatever the months.
  {
    document:
      "mutation($o: ID!, $n: Int!) { updateRetentionSettings(organisationId: $o, closedCaseMonths: $n) { closedCaseMonths } }",
    variables: { o: "organisation", n: "months" },
  },
  // Keeping in touch: thresholds are refused (not an admin); missed contacts on the home match the person mentors.
  {
    document:
      "mutation($o: ID!, $i: DisengagementSettingsInput!) { updateDisengagementSettings(organisationId: $o, input: $i) { nudgeAfterDays } }",
    variables: { o: "organisation", i: "disengagementSettings" },
  },
  {
    document: "mutation($m: ID!, $i: MissedContactInput!) { recordMissedContact(matchId: $m, input: $i) { id } }",
    variables: { m: "match", i: "missedContactInput" },
  },
  { document: "mutation($p: String!) { eraseMyAccount(password: $p) }", variables: { p: "string" } },
  {
    document: "mutation($o: ID!, $i: GatheringInput!) { createGathering(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "listing" },
  },
  {
    document: "mutation($g: ID!, $i: GatheringInput!) { updateGathering(id: $g, input: $i) { id } }",
    variables: { g: "gathering", i: "listing" },
  },
  {
    document: "mutation($g: ID!, $c: ListingStatusChange!) { changeListingStatus(id: $g, change: $c) { id } }",
    variables: { g: "gathering", c: "string" },
  },
  {
    document: "mutation($g: ID!, $i: OccurrenceChangeInput!) { changeOccurrence(id: $g, input: $i) { id } }",
    variables: { g: "gathering", i: "input" },
  },
  {
    document: "mutation($o: ID!, $i: HoursInput!) { logVolunteeringHours(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "hours" },
  },
  {
    document: "mutation($id: ID!, $i: HoursInput!) { updatePendingHours(id: $id, input: $i) { id } }",
    variables: { id: "hoursEntry", i: "hours" },
  },
  {
    document:
      "mutation($ids: [ID!]!, $d: HoursDecision!, $r: String) { decideHours(ids: $ids, decision: $d, reason: $r) { id } }",
    variables: { ids: "hoursEntry", d: "string", r: "string" },
  },
  // Support sessions and supervision: the signed-in person mentors the home match.
  {
    document: "mutation($m: ID!, $i: SupportSessionInput!) { logSupportSession(matchId: $m, input: $i) { id } }",
    variables: { m: "match", i: "sessionInput" },
  },
  { document: "mutation($id: ID!) { confirmSupportSession(id: $id) { id } }", variables: { id: "supportSession" } },
  {
    document: "mutation($id: ID!, $r: String!) { acknowledgeConcern(sessionId: $id, response: $r) { id } }",
    variables: { id: "supportSession", r: "string" },
  },
  { document: "mutation($id: ID!) { completeFollowUp(id: $id) { id } }", variables: { id: "followUp" } },
  {
    document: "mutation($p: ID!, $i: SupervisionInput!) { logSupervision(mentorProfileId: $p, input: $i) { id } }",
    variables: { p: "mentorProfile", i: "supervisionInput" },
  },
  // Profiles, vetting, requests and matches: the signed-in person mentors the home match.
  {
    document: "mutation($o: ID!, $i: MentorProfileInput!) { saveMentorProfile(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "profileInput" },
  },
  {
    document: "mutation($p: ID!, $i: VettingInput!) { recordVetting(mentorProfileId: $p, input: $i) { id } }",
    variables: { p: "mentorProfile", i: "vettingInput" },
  },
  {
    document:
      "mutation($o: ID!, $i: MentoringSettingsInput!) { updateMentoringSettings(organisationId: $o, input: $i) { referencesRequired } }",
    variables: { o: "organisation", i: "settingsInput" },
  },
  {
    document:
      "mutation($o: ID!, $p: ID!, $r: Role!) { changeMemberRole(organisationId: $o, personId: $p, role: $r) { id } }",
    variables: { o: "organisation", p: "id", r: "string" },
  },
  {
    document: "mutation($o: ID!, $i: MentorRequestInput!) { askForMentor(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "requestInput" },
  },
  {
    document: `mutation($o: ID!, $p: ID!, $i: MentorRequestInput!, $a: Boolean!) {
      askForMentorOnBehalf(organisationId: $o, personId: $p, input: $i, hasPersonAgreed: $a) { id } }`,
    variables: { o: "organisation", p: "id", i: "requestInput", a: "boolean" },
  },
  { document: "mutation($id: ID!) { withdrawMentorRequest(id: $id) { id } }", variables: { id: "id" } },
  { document: "mutation($p: ID!) { blockMentor(mentorProfileId: $p) }", variables: { p: "mentorProfile" } },
  {
    document: `mutation($o: ID!, $p: ID!, $e: ID!, $r: ExclusionReason!) {
      recordExclusion(organisationId: $o, personId: $p, excludedPersonId: $e, reason: $r) }`,
    variables: { o: "organisation", p: "id", e: "id", r: "string" },
  },
  {
    document: "mutation($r: ID!, $p: [ID!]!) { approveMatch(requestId: $r, mentorProfileIds: $p) { id } }",
    variables: { r: "id", p: "mentorProfile" },
  },
  {
    document:
      "mutation($o: ID!, $a: [AssignmentInput!]!) { applyBatchProposal(organisationId: $o, assignments: $a) { id } }",
    variables: { o: "organisation", a: "input" },
  },
  { document: "mutation($m: ID!) { chooseMentor(matchId: $m) { id } }", variables: { m: "match" } },
  {
    document: "mutation($m: ID!, $a: Boolean!) { respondToMatch(matchId: $m, accept: $a) { id } }",
    variables: { m: "match", a: "boolean" },
  },
  {
    document: "mutation($m: ID!, $i: MatchChangeInput!) { changeMatch(matchId: $m, input: $i) { id status } }",
    variables: { m: "match", i: "matchChange" },
  },
  // Goals, lapses and treatment phases.
  { document: "mutation($i: GoalInput!) { setGoal(input: $i) { id stepsDone } }", variables: { i: "goalInput" } },
  {
    document: "mutation($g: ID!, $i: GoalDetailsInput!) { editGoal(id: $g, input: $i) { id } }",
    variables: { g: "goal", i: "goalInput" },
  },
  {
    document: "mutation($g: ID!, $t: String!, $d: String) { addGoalStep(goalId: $g, title: $t, dueOn: $d) { id } }",
    variables: { g: "goal", t: "string", d: "journeyDay" },
  },
  { document: "mutation($s: ID!) { completeGoalStep(id: $s) { celebration } }", variables: { s: "goalStep" } },
  { document: "mutation($s: ID!) { reopenGoalStep(id: $s) { id } }", variables: { s: "goalStep" } },
  { document: "mutation($g: ID!) { achieveGoal(id: $g) { status } }", variables: { g: "goal" } },
  { document: "mutation($g: ID!) { setGoalAside(id: $g) { status } }", variables: { g: "goal" } },
  { document: "mutation($g: ID!) { resumeGoal(id: $g) { status } }", variables: { g: "goal" } },
  {
    document: "mutation($d: String!, $n: String) { recordLapse(happenedOn: $d, note: $n) { message } }",
    variables: { d: "journeyDay", n: "string" },
  },
  {
    document: `mutation($o: ID!, $p: ID!, $f: TreatmentPhase!, $d: String!) {
      recordTreatmentPhase(organisationId: $o, personId: $p, phase: $f, reviewOn: $d) { personId } }`,
    variables: { o: "organisation", p: "id", f: "phase", d: "journeyDay" },
  },
  // Recovery check-ins and instruments: the signed-in person checks in for themself; the admin-only ones are refused.
  {
    document: "mutation($i: CheckInInput!) { completeCheckIn(input: $i) { checkIn { id } } }",
    variables: { i: "checkInInput" },
  },
  {
    document:
      "mutation($o: ID!, $i: RecoveryInstrumentInput!) { loadRecoveryInstrument(organisationId: $o, input: $i) { id } }",
    variables: { o: "organisation", i: "input" },
  },
  { document: "mutation($id: ID!) { retireRecoveryInstrument(id: $id) { id } }", variables: { id: "id" } },
  {
    document:
      "mutation($o: ID!, $i: ID!, $w: Int!) { setJourneySettings(organisationId: $o, instrumentId: $i, checkInEveryWeeks: $w) { isDefault } }",
    variables: { o: "organisation", i: "id", w: "string" },
  },
  // Network map: the signed-in person changes their own map; suggestion keys near and far from real ones.
  {
    document: "mutation($i: ConnectionInput!) { addConnection(input: $i) { id label } }",
    variables: { i: "connectionInput" },
  },
  {
    document: "mutation($id: ID!, $i: ConnectionInput!) { updateConnection(id: $id, input: $i) { id } }",
    variables: { id: "connection", i: "connectionInput" },
  },
  { document: "mutation($id: ID!) { removeConnection(id: $id) }", variables: { id: "connection" } },
  {
    document: `mutation($k: String!, $f: ConnectionInfluence, $c: Int) {
      acceptSuggestion(key: $k, influence: $f, closeness: $c) { id } }`,
    variables: { k: "suggestionKey", f: "string", c: "string" },
  },
  { document: "mutation($k: String!) { dismissSuggestion(key: $k) }", variables: { k: "suggestionKey" } },
  // Reminders: the signed-in person's own settings (their account has an email address but no mobile).
  {
    document: "mutation($i: ReminderSettingsInput!) { saveReminderSettings(input: $i) { dailyLimit } }",
    variables: { i: "reminderSettings" },
  },
];

const inputFields = [
  "displayName",
  "email",
  "mobile",
  "password",
  "identifier",
  "currentPassword",
  "newPassword",
  "occurrenceOn",
  "change",
  "movedToOn",
  "movedToTime",
  "note",
];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("", " ", "07700 900123", "+447700900999", "a@b.co", "'; drop table people; --", "\u0000", "%00"),
  fc.string({ minLength: 200, maxLength: 5000 }),
);
const anything: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), text, { maxKeys: 3 }),
);
// Listings close enough to valid that most calls get past the outer checks and
// exercise the schedule, place and online rules.
const listing = fc.record(
  {
    name: fc.oneof(fc.constant("Fuzz café"), text),
    kind: fc.oneof(fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "TRAINING"), text),
    description: text,
    attendanceMode: fc.oneof(fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"), text),
    schedule: fc.oneof(
      fc.record(
        {
          repeat: fc.oneof(fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"), text),
          startsOn: fc.oneof(fc.constantFrom("2026-12-07", "2026-02-30", "2027-03-28"), text),
          startTime: fc.oneof(fc.constantFrom("19:00", "01:30", "24:00"), text),
          durationMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), anything),
          timezone: fc.oneof(fc.constantFrom("Europe/London", "Mars/Olympus", "America/New_York"), text),
          weekdays: fc.oneof(fc.subarray(["MO", "TU", "WE", "FR", "SU"]), anything),
          everyWeeks: fc.oneof(fc.integer({ min: -1, max: 10 }), anything),
          weeksOfMonth: fc.oneof(fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 3 }), anything),
          endsOn: fc.oneof(fc.constantFrom("2026-01-01", "2027-12-31"), text),
        },
        { requiredKeys: ["repeat", "startsOn", "startTime", "durationMinutes"] },
      ),
      anything,
    ),
    place: fc.oneof(
      fc.record({
        venueName: text,
        address: text,
        town: text,
        postcode: fc.oneof(fc.constantFrom("BL9 0BW", "M1 1AE", "ZZ9 9ZZ"), text),
        latitude: fc.oneof(fc.double({ min: 40, max: 70, noNaN: true }), anything),
        longitude: fc.oneof(fc.double({ min: -10, max: 5, noNaN: true }), anything),
      }),
      anything,
    ),
    online: fc.oneof(
      fc.record({ url: fc.oneof(fc.constantFrom("https://meet.example.org/x", "javascript:alert(1)"), text) }),
      anything,
    ),
    tags: fc.oneof(fc.subarray(["O", "C", "free-food", "nonsense"]), anything),
    accessibility: fc.oneof(fc.subarray(["STEP_FREE", "HEARING_LOOP"]), anything),
  },
  { requiredKeys: [] },
);
// And listings that are valid but vary, so the success path (and what it stores) is fuzzed too.
const validListing = fc.record({
  name: fc.string({ minLength: 1, maxLength: 100 }).filter((name) => name.trim().length > 0),
  kind: fc.constantFrom("RECOVERY_CAFE", "SMART_RECOVERY", "RECOVERY_WALK"),
  description: fc.string({ maxLength: 200 }),
  attendanceMode: fc.constantFrom("IN_PERSON", "ONLINE", "HYBRID"),
  schedule: fc.record({
    repeat: fc.constantFrom("ONCE", "WEEKLY", "MONTHLY_BY_WEEKDAY"),
    startsOn: fc.constantFrom("2026-12-07", "2027-03-28", "2027-10-31"),
    startTime: fc.constantFrom("00:30", "01:30", "19:00", "23:45"),
    durationMinutes: fc.integer({ min: 5, max: 1440 }),
    weekdays: fc.constantFrom(["MO"], ["SU"]),
    everyWeeks: fc.integer({ min: 1, max: 8 }),
    weeksOfMonth: fc.constantFrom([1], [-1], [2, 4]),
  }),
  place: fc.constant({ venueName: "Hall", address: "1 Street", town: "Bury", postcode: "BL9 0BW" }),
  online: fc.constant({ url: "https://meet.example.org/fuzz" }),
  tags: fc.subarray(["O", "C", "free-food"]),
});
// A UTC date some days from today: near the edges of what a session or supervision may be dated.
function fuzzDay(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
// The built-in check-in's item codes, in order.
const builtInCodes = builtInDefinition.items.map((item) => item.code);
// Mentoring inputs: near the edges of what is allowed, and junk.
const choices = (values: string[]) => fc.oneof(fc.subarray(values), fc.array(fc.constantFrom(...values)), anything);
const mentoringInputs = {
  profileInput: fc.oneof(
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
  ),
  requestInput: fc.oneof(
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
  ),
  vettingInput: fc.oneof(
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
  ),
  settingsInput: fc.oneof(
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
  ),
  matchChange: fc.oneof(
    fc.record(
      {
        change: fc.oneof(fc.constantFrom("START", "PAUSE", "RESUME", "PLAN_ENDING", "END"), text),
        reason: fc.oneof(fc.constantFrom("REMATCHED", "GOALS_MET"), text, fc.constant(null)),
        plannedEndOn: fc.oneof(fc.constantFrom(fuzzDay(-1), fuzzDay(30), "2026-02-30"), text, fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
};
const byKind = {
  input: fc.oneof(fc.dictionary(fc.constantFrom(...inputFields), fc.oneof(text, anything), { maxKeys: 5 }), anything),
  string: fc.oneof(text, anything),
  id: fc.oneof(text, fc.uuid(), anything),
  boolean: fc.oneof(fc.boolean(), anything),
  purpose: fc.oneof(fc.constantFrom("REMINDERS_BY_SMS", "SHARE_JOURNEY_WITH_MENTOR"), text, anything),
  listing: fc.oneof(validListing, listing, anything),
  importSource: fc.oneof(fc.constant("home source"), fc.uuid(), anything),
  // Feeds: arbitrary JSON, arrays of half-right meetings, and junk.
  feed: fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc
      .array(
        fc.record(
          {
            slug: text,
            name: text,
            day: anything,
            time: text,
            postal_code: text,
            types: anything,
            conference_url: text,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      )
      .map((meetings) => JSON.stringify(meetings)),
    text,
  ),
  suggestion: fc.oneof(
    fc.record(
      {
        gatheringId: fc.oneof(fc.constant("home gathering"), fc.uuid(), anything),
        organisationId: fc.oneof(fc.constant("home organisation"), anything),
        changes: fc.oneof(
          fc.dictionary(fc.constantFrom("name", "postcode", "onlineUrl", "description", "nonsense"), text, {
            maxKeys: 3,
          }),
          anything,
        ),
        message: fc.oneof(text, fc.constant("see https://a.example and https://b.example")),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  organisation: fc.oneof(fc.constant("home organisation"), fc.uuid(), anything),
  // Hours near the edges of what is allowed (dates around today, minutes around 15 and 720), and junk.
  hours: fc.oneof(
    fc.record(
      {
        activity: fc.oneof(fc.constantFrom("CAFE_SHIFT", "MENTORING", "OTHER_ACTIVITY"), text),
        workedOn: fc.oneof(
          fc.constantFrom(new Date().toISOString().slice(0, 10), "2026-02-30", "2099-01-01", "2020-01-01"),
          text,
        ),
        minutes: fc.oneof(fc.integer({ min: -10, max: 1000 }), anything),
        description: fc.oneof(text, fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  hoursEntry: fc.oneof(
    fc.constant("home hours"),
    fc.array(fc.constant("home hours"), { maxLength: 3 }),
    fc.uuid(),
    anything,
  ),
  gathering: fc.oneof(fc.constant("home gathering"), fc.uuid(), anything),
  match: fc.oneof(fc.constant("home match"), fc.uuid(), anything),
  supportSession: fc.oneof(fc.constant("home session"), fc.uuid(), anything),
  followUp: fc.oneof(fc.constant("home follow-up"), fc.uuid(), anything),
  mentorProfile: fc.oneof(fc.constant("home profile"), fc.uuid(), anything),
  // Valid sessions that vary, so the success path (and what it stores) is fuzzed too; then
  // sessions around the edges: dates near today and the match's start, minutes near 5, 600 and 0.
  sessionInput: fc.oneof(
    fc.record({
      heldOn: fc.constant(fuzzDay(0)),
      durationMinutes: fc.integer({ min: 5, max: 600 }),
      travelMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constant(null)),
      contactMode: fc.constantFrom("IN_PERSON", "PHONE", "VIDEO", "TEXT", "ACCOMPANIED"),
      topics: fc.subarray(["HOUSING", "BENEFITS", "HEALTH", "CONFIDENCE"]),
      signposting: fc.subarray(["GP", "FOOD_BANK", "JOBCENTRE"]),
      notes: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null)),
      concern: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null)),
      followUps: fc.array(
        fc.record({
          description: fc.string({ minLength: 1, maxLength: 100 }).filter((d) => d.trim().length > 0),
          dueOn: fc.constantFrom(fuzzDay(1), fuzzDay(7)),
        }),
        { maxLength: 3 },
      ),
    }),
    fc.record(
      {
        heldOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(-3), "2026-02-30"), text),
        durationMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), anything),
        travelMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.constant(null), anything),
        contactMode: fc.oneof(fc.constantFrom("IN_PERSON", "PHONE", "ACCOMPANIED"), text),
        topics: fc.oneof(fc.subarray(["HOUSING", "BENEFITS", "HOUSING"]), anything),
        signposting: fc.oneof(fc.subarray(["GP", "FOOD_BANK"]), anything),
        notes: fc.oneof(text, fc.constant(null)),
        concern: fc.oneof(text, fc.constant(null), fc.constant("  ")),
        followUps: fc.oneof(
          fc.array(fc.record({ description: text, dueOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(7)), text) }), {
            maxLength: 12,
          }),
          anything,
        ),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  supervisionInput: fc.oneof(
    fc.record(
      {
        heldOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(1), "2020-01-01"), text),
        durationMinutes: fc.oneof(fc.integer({ min: -5, max: 700 }), anything),
        notes: fc.oneof(text, fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  ...mentoringInputs,
  // Goals: close to valid (so the success path and what it stores are fuzzed) and junk.
  goalInput: fc.oneof(
    fc.record(
      {
        personId: fc.oneof(fc.constant(null), fc.uuid(), anything),
        title: fc.oneof(fc.constant("Fuzz goal"), text),
        needs: fc.oneof(fc.subarray(["HOUSING", "HEALTH", "HOUSING"]), anything),
        targetOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(30), "2026-02-30", null), text),
        steps: fc.oneof(fc.array(fc.oneof(fc.constant("A small step"), text), { maxLength: 22 }), anything),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  goal: fc.oneof(fc.constant("home goal"), fc.uuid(), anything),
  goalStep: fc.oneof(fc.constant("home step"), fc.uuid(), anything),
  phase: fc.oneof(fc.constantFrom("STABILISATION", "MAINTENANCE", "READY_FOR_RECOVERY"), text),
  journeyDay: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(200), "2026-02-30"), text),
  // Check-ins with the built-in instrument: every item answered (some off the scale), dates around today, and junk.
  checkInInput: fc.oneof(
    // Valid check-ins that vary (days in the past year, any answers, notes), so the success path is fuzzed too.
    fc.record({
      instrumentId: fc.constant("kinship-recovery-capital-v1"),
      takenOn: fc.integer({ min: -360, max: 0 }).map(fuzzDay),
      answers: fc
        .array(fc.integer({ min: 1, max: 6 }), { minLength: 10, maxLength: 10 })
        .map((values) => builtInCodes.map((itemCode, index) => ({ itemCode, value: values[index] }))),
      note: fc.oneof(fc.string({ maxLength: 1000 }), fc.constant(null)),
    }),
    fc.record(
      {
        instrumentId: fc.oneof(fc.constant("kinship-recovery-capital-v1"), text),
        takenOn: fc.oneof(fc.constantFrom(fuzzDay(0), fuzzDay(-1), fuzzDay(1), fuzzDay(-400), "2026-02-30"), text),
        answers: fc.oneof(
          fc
            .array(fc.integer({ min: 0, max: 7 }), { minLength: 10, maxLength: 10 })
            .map((values) => builtInCodes.map((itemCode, index) => ({ itemCode, value: values[index] }))),
          fc.array(fc.record({ itemCode: fc.oneof(fc.constantFrom("hope", "home"), text), value: anything }), {
            maxLength: 12,
          }),
          anything,
        ),
        note: fc.oneof(text, fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  // Connections close to valid (labels around 60 characters, closeness around 1–3) and junk.
  connectionInput: fc.oneof(
    fc.record(
      {
        label: fc.oneof(fc.constantFrom("Mum", " ", "x".repeat(60), "x".repeat(61)), text),
        kind: fc.oneof(fc.constantFrom("FAMILY", "MUTUAL_AID_GROUP", "USED_WITH", "ENEMY"), text),
        influence: fc.oneof(fc.constantFrom("SUPPORTIVE", "NEUTRAL", "USING"), text),
        closeness: fc.oneof(fc.integer({ min: -1, max: 5 }), anything),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  connection: fc.oneof(fc.constant("home connection"), fc.uuid(), anything),
  suggestionKey: fc.oneof(
    fc.constantFrom("match:home", "gathering:nowhere", "volunteering:nowhere", "friend:1", "match:"),
    text,
    anything,
  ),
  // The signed-in person's real password now and then, so re-authenticated changes succeed too.
  password: fc.oneof(fc.constantFrom(defaultPassword, "", null), text, anything),
  contactDetail: fc.oneof(
    fc.constantFrom("fuzz.new@example.test", " FUZZ.Upper@Example.TEST ", "", "07700 900456", "+447700900457"),
    text,
    anything,
  ),
  months: fc.oneof(fc.integer({ min: 0, max: 120 }), anything),
  disengagementSettings: fc.oneof(
    fc.record(
      {
        nudgeAfterDays: fc.oneof(fc.integer({ min: 0, max: 100 }), anything),
        alertAfterDays: fc.oneof(fc.integer({ min: 0, max: 70 }), anything),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  // Dates around today and the match's start, impossible dates, and junk.
  missedContactInput: fc.oneof(
    fc.record(
      {
        plannedOn: fc.oneof(
          fc.constantFrom(new Date().toISOString().slice(0, 10), "2020-01-01", "2999-01-01", "2026-02-30", ""),
          text,
        ),
        contactMode: fc.oneof(fc.constantFrom("PHONE", "IN_PERSON", "TEXT"), text),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
  // Reminder settings near the edges (times, limits 0–11, a channel with no address) and junk.
  reminderSettings: fc.oneof(
    fc.record(
      {
        sms: fc.oneof(fc.boolean(), anything),
        email: fc.oneof(fc.boolean(), anything),
        quietFrom: fc.oneof(fc.constantFrom("21:00", "00:00", "23:59", "24:00", "9pm", "", null), text),
        quietUntil: fc.oneof(fc.constantFrom("08:00", "21:00", "7:30", "", null), text),
        dailyLimit: fc.oneof(fc.integer({ min: -1, max: 12 }), anything),
        mayNameService: fc.oneof(fc.boolean(), anything),
      },
      { requiredKeys: [] },
    ),
    anything,
  ),
};
// The real ids exist only once the database does; stand-ins are swapped in per call.
const withRealIds = (value: unknown): unknown => {
  if (value === "home organisation") return organisationId;
  if (value === "home gathering") return gatheringId;
  if (value === "home source") return importSourceId;
  if (value === "home hours") return hoursEntryId;
  if (value === "home match") return mentoring.matchId;
  if (value === "home session") return mentoring.sessionId;
  if (value === "home follow-up") return mentoring.followUpId;
  if (value === "home profile") return mentoring.profileId;
  if (value === "home goal") return journeyGoal.goalId;
  if (value === "home connection") return networkConnectionId;
  if (value === "home step") return journeyGoal.stepId;
  if (Array.isArray(value)) return value.map(withRealIds);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withRealIds(inner)]));
  }
  return value;
};
let organisationId = "";
let gatheringId = "";
let importSourceId = "";
let hoursEntryId = "";
const mentoring = { matchId: "", sessionId: "", followUpId: "", profileId: "" };
const journeyGoal = { goalId: "", stepId: "" };
let networkConnectionId = "";
const call = fc.constantFrom(...mutations).chain((mutation) =>
  fc
    .record(Object.fromEntries(Object.entries(mutation.variables).map(([name, kind]) => [name, byKind[kind]])), {
      requiredKeys: [],
    })
    .map((variables) => ({ document: mutation.document, variables })),
);

let t: TestAppHandle;
let signedIn: TestClient;
beforeAll(async () => {
  t = await testApp();
  // A recovery champion, so listing mutations get past the scope check and into validation.
  organisationId = (await createOrganisation(t.db, { name: "Fuzz Home" })).id;
  gatheringId = (await createGathering(t.db, organisationId)).id;
  importSourceId = newId();
  await t.db.insert(schema.importSources).values({
    id: importSourceId,
    organisationId,
    name: "Fuzz feed",
    format: "meeting_guide",
    defaultKind: "alcoholics_anonymous",
    createdAt: new Date(),
  });
  const person = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  signedIn = t.client();
  await signedIn.signIn(person.email, defaultPassword);
  hoursEntryId = newId();
  await t.db.insert(schema.volunteeringHours).values({
    id: hoursEntryId,
    personId: person.id,
    organisationId,
    activity: "cafe_shift",
    workedOn: "2026-11-20",
    minutes: 60,
  });
  // The signed-in person mentors someone in an active match, so session mutations reach their own checks.
  const mentee = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
  const profile = await createMentorProfile(t.db, person.id, organisationId);
  const match = await createMatch(t.db, await createMentorRequest(t.db, mentee.id, organisationId), profile);
  const session = await createSupportSession(t.db, match, { hasConcern: true });
  mentoring.profileId = profile.id;
  mentoring.matchId = match.id;
  mentoring.sessionId = session.id!;
  mentoring.followUpId = newId();
  await t.db.insert(schema.followUpActions).values({
    id: mentoring.followUpId,
    sessionId: session.id!,
    matchId: match.id,
    descriptionCipher: "p1.sealed-by-the-api-in-real-use",
    dueOn: "2026-11-27",
    createdAt: new Date(),
  });
  // The signed-in person's own goal, so goal and step mutations reach their own checks.
  const goal = await signedIn.gql<{ setGoal: { id: string; steps: { id: string }[] } }>(
    'mutation { setGoal(input: { title: "Fuzz goal", steps: ["One", "Two"] }) { id steps { id } } }',
  );
  journeyGoal.goalId = goal.data!.setGoal.id;
  journeyGoal.stepId = goal.data!.setGoal.steps[0]!.id;
  // A connection on the signed-in person's own map, so update and remove reach their own checks.
  const connection = await signedIn.gql<{ addConnection: { id: string } }>(
    'mutation { addConnection(input: { label: "Fuzz friend", kind: FRIEND, influence: SUPPORTIVE, closeness: 2 }) { id } }',
  );
  networkConnectionId = connection.data!.addConnection.id;
});
afterAll(() => t.close());

describe("mutation fuzzing", () => {
  it(`${runs} arbitrary mutation calls: typed errors only, nothing leaked, database consistent`, async () => {
    console.info(`mutation fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
    const anonymous = t.client();
    await fc.assert(
      fc.asyncProperty(call, fc.boolean(), async ({ document, variables }, asSignedIn) => {
        const real = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, withRealIds(value)]));
        const response = await (asSignedIn ? signedIn : anonymous).raw({ query: document, variables: real });
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(body).not.toMatch(leaks);
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of parsed.errors ?? []) expect(error.extensions?.code).toBeTruthy();
      }),
      { numRuns: runs, seed },
    );
    const [integrity] = await t.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(integrity?.integrity_check).toBe("ok");
    expect(await t.db.all(sql`pragma foreign_key_check`)).toEqual([]);
    // A person row is never stored without what it needs to sign in.
    const [incomplete] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from people where password_hash = '' or (email is null and mobile is null)`,
    );
    expect(incomplete?.n).toBe(0);
    // Every stored listing can still be scheduled and shown.
    const [unschedulable] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from gatherings where duration_minutes < 5 or start_time not glob '[0-2][0-9]:[0-5][0-9]'
        or (attendance_mode != 'online' and (postcode is null or latitude is null))
        or (attendance_mode != 'in_person' and online_url is null and online_phone is null)`,
    );
    expect(unschedulable?.n).toBe(0);
    // Every stored entry of hours is within what a person may log (a support session's are its own minutes).
    const [strayHours] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from volunteering_hours where support_session_id is null
        and (minutes < 15 or minutes > 720 or length(description) > 200)`,
    );
    expect(strayHours?.n).toBe(0);
    // Every logged session is within bounds, sealed, and has its mentoring hours, pending.
    const [straySessions] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from support_sessions s where s.id != ${mentoring.sessionId} and (
        s.duration_minutes not between 5 and 600 or s.travel_minutes not between 0 and 600
        or s.held_on not glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
        or (s.notes_cipher is not null and s.notes_cipher not like 'p1.%')
        or (s.has_concern = 1) != (s.concern_cipher is not null)
        or not exists (select 1 from volunteering_hours h where h.support_session_id = s.id
          and h.activity = 'mentoring' and h.minutes = s.duration_minutes and h.status = 'pending'))`,
    );
    expect(straySessions?.n).toBe(0);
    const [strayFollowUps] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from follow_up_actions where description_cipher not like 'p1.%'`,
    );
    expect(strayFollowUps?.n).toBe(0);
    // Goals, steps and lapse notes are only ever stored sealed; no goal has more than 20 steps.
    const [strayJourney] = await t.db.all<{ n: number }>(
      sql`select (select count(*) from journey_goals where title_cipher not like 'p1.%')
        + (select count(*) from goal_steps where title_cipher not like 'p1.%')
        + (select count(*) from lapses where note_cipher not like 'p1.%')
        + (select count(*) from (select goal_id from goal_steps group by goal_id having count(*) > 20)) as n`,
    );
    expect(strayJourney?.n).toBe(0);
    // Every check-in stored is one a day, dated in the past year, scored 0–100 and sealed (the built-in scale is 1–6).
    const [strayCheckIns] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from recovery_check_ins c where c.score_percent not between 0 and 100
        or c.taken_on > ${fuzzDay(1)} or c.taken_on < ${fuzzDay(-368)}
        or (c.note_cipher is not null and c.note_cipher not like 'p1.%')
        or exists (select 1 from json_each(c.answers) a where a.value not between 1 and 6)
        or (select count(*) from recovery_check_ins d where d.person_id = c.person_id
          and d.instrument_id = c.instrument_id and d.taken_on = c.taken_on) > 1`,
    );
    expect(strayCheckIns?.n).toBe(0);
    // Connection labels are only stored sealed, closeness is 1–3, and every map that changed has its day's snapshot.
    const [strayConnections] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from network_connections c where c.label_cipher not like 'p1.%'
        or c.closeness not between 1 and 3
        or not exists (select 1 from network_snapshots s where s.person_id = c.person_id and s.taken_on >= c.added_on)`,
    );
    expect(strayConnections?.n).toBe(0);
    // Reminder preferences are within what the page offers, quiet hours are both times or neither.
    const [strayPreferences] = await t.db.all<{ n: number }>(
      sql`select count(*) as n from reminder_preferences where daily_limit not between 1 and 10
        or (quiet_from is null) != (quiet_until is null) or quiet_from = quiet_until
        or quiet_from not glob '[0-2][0-9]:[0-5][0-9]' or quiet_until not glob '[0-2][0-9]:[0-5][0-9]'`,
    );
    expect(strayPreferences?.n).toBe(0);
    const [checkIns] = await t.db.all<{ n: number }>(sql`select count(*) as n from recovery_check_ins`);
    console.info(`check-ins stored by valid fuzz inputs: ${checkIns?.n ?? 0}`);
    const [sessions] = await t.db.all<{ n: number }>(sql`select count(*) as n from support_sessions`);
    console.info(`support sessions stored by valid fuzz inputs: ${(sessions?.n ?? 1) - 1}`);
    const [listings] = await t.db.all<{ n: number }>(sql`select count(*) as n from gatherings`);
    console.info(`listings stored by valid fuzz inputs: ${(listings?.n ?? 1) - 1}`);
  }, 300_000);
});
