// Who may read each field of mentoring: profiles, vetting, requests, matches,
// sessions, concerns, follow-ups, supervision and caseloads (see access-rules.ts).
import { membersPath, probesOf, type Rule, staff, type ViewerKind } from "./access-viewers";

// Support sessions, concerns, follow-ups, supervision and caseloads. $match is the
// subject's active match with the matchedMentor, whose profile is $mentorProfile.
const matchSessions = (fields: string) => `query($match: ID!) { matchSessions(matchId: $match) { ${fields} } }`;
const sessionMatch = (fields: string) => `query($match: ID!) { sessionMatch(matchId: $match) { ${fields} } }`;
const openConcerns = (fields: string) => `query($org: ID!) { openConcerns(organisationId: $org) { ${fields} } }`;
const caseloads = (fields: string) => `query($org: ID!) { mentorCaseloads(organisationId: $org) { ${fields} } }`;
const supervision = (fields: string) =>
  `query($mentorProfile: ID!) { supervisionSessions(mentorProfileId: $mentorProfile) { ${fields} } }`;
const sessionReaders: ViewerKind[] = ["subject", "matchedMentor", "coordinator", "admin"];
// UTC's date is the UK's date or the day before: never in the future, never before the match.
const probeDay = new Date().toISOString().slice(0, 10);

// Profiles, vetting, requests and matches. $mentorProfile is the matchedMentor's,
// $match the subject's active match with them, $request its request. Fresh records for
// mutations that use them up are made before each viewer's try (access-matrix.test.ts).
const mentorProfile = (fields: string) =>
  `query($mentorProfile: ID!) { mentorProfile(id: $mentorProfile) { ${fields} } }`;
const profileReaders: ViewerKind[] = ["matchedMentor", "coordinator", "admin"];
const theMatch = (fields: string) => `query($match: ID!) { match(id: $match) { ${fields} } }`;
const matchReaders: ViewerKind[] = ["subject", "matchedMentor", "coordinator", "admin"];
const mentoringSettings = (fields: string) =>
  `query($org: ID!) { mentoringSettings(organisationId: $org) { ${fields} } }`;
const shortlist = (fields: string) => `query($request: ID!) { mentorShortlist(requestId: $request) { ${fields} } }`;
const batchProposal = (fields: string) => `query($org: ID!) { batchMatchProposal(organisationId: $org) { ${fields} } }`;
const requestExclusions = (fields: string) =>
  `query($request: ID!) { requestExclusions(requestId: $request) { ${fields} } }`;
const askInput = "{ needs: [HOUSING], meetingWays: [PHONE], availability: [MONDAY_EVENING] }";
const defaultRules = `{ requiredTraining: [{ code: "induction", name: "Peer mentoring induction" },
  { code: "safeguarding", name: "Safeguarding adults and children", validForMonths: 36 },
  { code: "boundaries", name: "Boundaries and confidentiality", validForMonths: 24 },
  { code: "naloxone", name: "Overdose awareness and naloxone", validForMonths: 24 }],
  isCriminalRecordsCheckRequired: true, criminalRecordsCheckValidMonths: 36, referencesRequired: 2,
  agreementValidMonths: 12, supervisionEveryDays: 56,
  weights: { sharedExperience: 3, pathway: 2, needs: 3, distance: 2, availability: 2, caseload: 1 } }`;
const mentoringToday = new Date().toISOString().slice(0, 10);

export const mentoringAccessRules: Record<string, Rule> = {
  // Support sessions, concerns and follow-ups: the mentee, their mentor while the
  // match is live, and the organisation's staff; another mentor in the organisation may not.
  "Query.matchSessions": { query: matchSessions("id"), allowed: sessionReaders },
  "Query.sessionMatch": { query: sessionMatch("id"), allowed: sessionReaders },
  "Query.mySupportSessions": "own",
  "Query.myFollowUps": "own",
  "Query.openConcerns": { query: openConcerns("waitingMinutes"), allowed: staff },
  "Mutation.logSupportSession": {
    query: `mutation($match: ID!) { logSupportSession(matchId: $match,
      input: { heldOn: "${probeDay}", durationMinutes: 30, contactMode: PHONE }) { id } }`,
    allowed: ["matchedMentor"],
  },
  "Mutation.confirmSupportSession": {
    query: "mutation($supportSession: ID!) { confirmSupportSession(id: $supportSession) { id } }",
    allowed: ["subject"],
  },
  // A fresh unacknowledged concern is made before each viewer's try (access-matrix.test.ts).
  "Mutation.acknowledgeConcern": {
    query: `mutation($concernSession: ID!) { acknowledgeConcern(sessionId: $concernSession, response: "Probe") { id } }`,
    allowed: staff,
  },
  "Mutation.completeFollowUp": {
    query: "mutation($followUp: ID!) { completeFollowUp(id: $followUp) { id } }",
    allowed: ["matchedMentor"],
  },
  ...probesOf("SupportSession", matchSessions, sessionReaders, [
    "id",
    "matchId",
    "heldOn",
    "durationMinutes",
    "travelMinutes",
    "contactMode",
    "topics",
    "signposting",
    "notes",
    "hasConcern",
    "concern",
    "concernAcknowledgedAt",
    "concernAcknowledgedByName",
    "concernResponse",
    "confirmedByMenteeAt",
    "mentorName",
    "menteeName",
    "followUps { id }",
  ]),
  ...probesOf("FollowUp", (f) => matchSessions(`followUps { ${f} }`), sessionReaders, [
    "id",
    "matchId",
    "menteeName",
    "description",
    "dueOn",
    "doneAt",
    "isOverdue",
  ]),
  ...probesOf("SessionMatch", sessionMatch, sessionReaders, [
    "id",
    "status",
    "mentorName",
    "menteeName",
    "viewerRole",
    "canLogSessions",
    "earliestSessionOn",
  ]),
  ...probesOf("OpenConcern", openConcerns, staff, ["session { id }", "raisedAt", "waitingMinutes"]),

  // Supervision and caseloads: the mentor's own supervision, and staff of their organisation.
  "Query.supervisionSessions": { query: supervision("id"), allowed: ["matchedMentor", ...staff] },
  "Query.mentorCaseloads": { query: caseloads("mentorProfileId"), allowed: staff },
  "Query.mentorCaseload": {
    query: "query($mentorProfile: ID!) { mentorCaseload(mentorProfileId: $mentorProfile) { displayName } }",
    allowed: staff,
  },
  "Mutation.logSupervision": {
    query: `mutation($mentorProfile: ID!) { logSupervision(mentorProfileId: $mentorProfile,
      input: { heldOn: "${probeDay}", durationMinutes: 45 }) { id } }`,
    allowed: staff,
  },
  ...probesOf(
    "SupervisionSession",
    supervision,
    ["matchedMentor", ...staff],
    ["id", "heldOn", "durationMinutes", "notes", "supervisorName", "createdAt"],
  ),
  ...probesOf("MentorCaseload", caseloads, staff, [
    "mentorProfileId",
    "displayName",
    "capacity",
    "isTakingBreak",
    "activeCount",
    "pausedCount",
    "proposedCount",
    "overdueFollowUps",
    "openConcerns",
    "lastSupervisionOn",
    "supervisionDueOn",
    "isSupervisionOverdue",
    "sessionsLast30Days",
  ]),
  // Mentor profiles: the mentor and their organisation's staff only (staff reads audited).
  "Query.myMentorProfiles": "own",
  "Query.mentorProfile": { query: mentorProfile("id"), allowed: profileReaders },
  "Query.organisationMentors": {
    query: "query($org: ID!) { organisationMentors(organisationId: $org) { id } }",
    allowed: staff,
  },
  ...probesOf("MentorProfile", mentorProfile, profileReaders, [
    "id",
    "displayName",
    "role",
    "introduction",
    "substances",
    "pathways",
    "lifeExperiences",
    "strengths",
    "languages",
    "gender",
    "ageBand",
    "homeArea",
    "travelMiles",
    "meetingWays",
    "availability",
    "capacity",
    "caseload",
    "isTakingBreak",
    "organisation { name }",
    "visibility { field }",
    "vetting { isCurrent }",
  ]),
  ...probesOf("FieldVisibility", (f) => mentorProfile(`visibility { ${f} }`), profileReaders, ["field", "audience"]),
  ...probesOf("VettingStatus", (f) => mentorProfile(`vetting { ${f} }`), profileReaders, [
    "isCurrent",
    "nextExpiresOn",
    "lastSupervisionOn",
    "supervisionDueOn",
    "problems { code }",
    "records { id }",
  ]),
  ...probesOf("VettingProblem", (f) => mentorProfile(`vetting { problems { ${f} } }`), profileReaders, [
    "code",
    "message",
  ]),
  ...probesOf("VettingRecord", (f) => mentorProfile(`vetting { records { ${f} } }`), profileReaders, [
    "id",
    "kind",
    "trainingCode",
    "trainingName",
    "outcome",
    "completedOn",
    "expiresOn",
    "recordedAt",
    "recordedByName",
  ]),
  // The card is what the subject, as the mentee, sees of their mentor (fields the mentor hides are empty).
  ...probesOf("MentorCard", (f) => theMatch(`mentor { ${f} }`), matchReaders, [
    "id",
    "displayName",
    "introduction",
    "substances",
    "pathways",
    "lifeExperiences",
    "strengths",
    "languages",
    "gender",
    "ageBand",
    "homeArea",
    "meetingWays",
    "availability",
  ]),
  "Mutation.saveMentorProfile": "own",
  "Mutation.recordVetting": {
    query: `mutation($mentorProfile: ID!) { recordVetting(mentorProfileId: $mentorProfile,
      input: { kind: REFERENCE, outcome: SATISFACTORY, completedOn: "${mentoringToday}" }) { id } }`,
    allowed: staff,
  },

  // The organisation's mentoring rules: staff read them, admins change them.
  "Query.mentoringSettings": { query: mentoringSettings("referencesRequired"), allowed: staff },
  ...probesOf("MentoringSettings", mentoringSettings, staff, [
    "isCriminalRecordsCheckRequired",
    "criminalRecordsCheckValidMonths",
    "referencesRequired",
    "agreementValidMonths",
    "supervisionEveryDays",
    "requiredTraining { code }",
    "weights { needs }",
  ]),
  ...probesOf("TrainingModule", (f) => mentoringSettings(`requiredTraining { ${f} }`), staff, [
    "code",
    "name",
    "validForMonths",
  ]),
  ...probesOf("MatchWeights", (f) => mentoringSettings(`weights { ${f} }`), staff, [
    "sharedExperience",
    "pathway",
    "needs",
    "distance",
    "availability",
    "caseload",
  ]),
  "Mutation.updateMentoringSettings": {
    query: `mutation($org: ID!) { updateMentoringSettings(organisationId: $org, input: ${defaultRules}) { referencesRequired } }`,
    allowed: ["admin"],
  },

  // Requests for a mentor: the person, their organisation's staff (audited), and the mentor of a live
  // match on it (audited; they see needs, times, ways to meet, languages and area, the rest empty).
  "Query.myMentorRequests": "own",
  "Query.mentorRequests": {
    query: "query($org: ID!) { mentorRequests(organisationId: $org) { id } }",
    allowed: staff,
  },
  ...probesOf("MentorRequest", (f) => theMatch(`request { ${f} }`), matchReaders, [
    "id",
    "displayName",
    "status",
    "needs",
    "genderPreference",
    "languages",
    "sharedSubstances",
    "sharedLifeExperiences",
    "pathway",
    "meetingWays",
    "availability",
    "area",
    "createdAt",
    "isOnBehalf",
    "matches { id }",
    "organisation { name }",
  ]),
  "Mutation.askForMentor": "own",
  "Mutation.askForMentorOnBehalf": {
    query: `mutation($org: ID!, $onBehalfOf: ID!) { askForMentorOnBehalf(organisationId: $org, personId: $onBehalfOf,
      input: ${askInput}, hasPersonAgreed: true) { id } }`,
    allowed: staff,
  },
  "Mutation.withdrawMentorRequest": {
    query: "mutation($waitingRequest: ID!) { withdrawMentorRequest(id: $waitingRequest) { id } }",
    allowed: ["subject", ...staff],
  },
  // Blocking a mentor changes only who the viewer themself may be matched with.
  "Mutation.blockMentor": "own",
  "Mutation.recordExclusion": {
    query: `mutation($org: ID!, $subject: ID!, $onBehalfOf: ID!) { recordExclusion(organisationId: $org,
      personId: $subject, excludedPersonId: $onBehalfOf, reason: KNOWS) }`,
    allowed: staff,
  },

  // Matches: the two people and the organisation's staff (mentor and staff reads audited).
  "Query.myMatches": "own",
  "Query.match": { query: theMatch("id"), allowed: matchReaders },
  "Query.organisationMatches": {
    query: "query($org: ID!) { organisationMatches(organisationId: $org) { id } }",
    allowed: staff,
  },
  ...probesOf("Match", theMatch, matchReaders, [
    "id",
    "status",
    "menteeName",
    "mentorName",
    "score",
    "reasons",
    "startedOn",
    "plannedEndOn",
    "endedOn",
    "endReason",
    "mentor { id }",
    "request { id }",
    "history { toStatus }",
  ]),
  ...probesOf("MatchEvent", (f) => theMatch(`history { ${f} }`), matchReaders, [
    "fromStatus",
    "toStatus",
    "reason",
    "at",
    "byName",
  ]),
  "Mutation.chooseMentor": {
    query: "mutation($offeredMatch: ID!) { chooseMentor(matchId: $offeredMatch) { id } }",
    allowed: ["subject"],
  },
  "Mutation.respondToMatch": {
    query: "mutation($proposedMatch: ID!) { respondToMatch(matchId: $proposedMatch, accept: false) { id } }",
    allowed: ["matchedMentor"],
  },
  "Mutation.changeMatch": {
    query: `mutation($match: ID!) { changeMatch(matchId: $match,
      input: { change: PLAN_ENDING, plannedEndOn: "2099-12-31" }) { id } }`,
    allowed: ["matchedMentor", ...staff],
  },

  // Making matches: staff of the organisation only, every person read audited.
  "Query.mentorShortlist": { query: shortlist("entries { score }"), allowed: staff },
  "Query.batchMatchProposal": { query: batchProposal("totalScore"), allowed: staff },
  ...probesOf("Shortlist", shortlist, staff, ["entries { score }", "ineligible { reasons }"]),
  ...probesOf("ShortlistEntry", (f) => shortlist(`entries { ${f} }`), staff, ["profile { id }", "score", "reasons"]),
  ...probesOf("IneligibleMentor", (f) => shortlist(`ineligible { ${f} }`), staff, ["profile { id }", "reasons"]),
  ...probesOf("BatchProposal", batchProposal, staff, [
    "assignments { score }",
    "totalScore",
    "greedyTotalScore",
    "unassigned { id }",
  ]),
  ...probesOf("ProposedAssignment", (f) => batchProposal(`assignments { ${f} }`), staff, [
    "request { id }",
    "profile { id }",
    "score",
    "reasons",
  ]),
  "Mutation.approveMatch": {
    query: `mutation($waitingRequest: ID!, $freshMentor: ID!) {
      approveMatch(requestId: $waitingRequest, mentorProfileIds: [$freshMentor]) { id } }`,
    allowed: staff,
  },
  "Mutation.applyBatchProposal": {
    query: `mutation($org: ID!, $waitingRequest: ID!, $freshMentor: ID!) { applyBatchProposal(organisationId: $org,
      assignments: [{ requestId: $waitingRequest, mentorProfileId: $freshMentor }]) { id } }`,
    allowed: staff,
  },

  // Who the person behind a request must never be matched with: staff of its organisation only,
  // every person named audited (the exclusion form beside the shortlist).
  "Query.requestExclusions": { query: requestExclusions("personId"), allowed: staff },
  ...probesOf("RequestExclusions", requestExclusions, staff, [
    "requestId",
    "personId",
    "displayName",
    "exclusions { id }",
  ]),
  ...probesOf("MentoringExclusion", (f) => requestExclusions(`exclusions { ${f} }`), staff, [
    "id",
    "otherPersonId",
    "otherPersonName",
    "reason",
    "recordedAt",
  ]),

  // Role progression: staff change roles (admins alone for coordinators and admins); the history is
  // the person's own and their organisation's staff's (audited).
  "Mutation.changeMemberRole": {
    query: `mutation($org: ID!, $subject: ID!) { changeMemberRole(organisationId: $org, personId: $subject, role: MEMBER) { id } }`,
    allowed: staff,
  },
  "Membership.roleHistory": { query: membersPath("roleHistory { toRole }"), allowed: staff },
  ...probesOf("RoleChange", (f) => membersPath(`roleHistory { ${f} }`), staff, [
    "fromRole",
    "toRole",
    "changedAt",
    "changedByName",
  ]),
};
