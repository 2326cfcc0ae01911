// Who may read each field of mentoring: profiles, vetting, requests, matches,
// sessions, concerns, follow-ups, supervision and caseloads (see access-rules.ts).
import { membersPath, type Rule, staff, type ViewerKind } from "./access-viewers";

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
  "SupportSession.id": { query: matchSessions("id"), allowed: sessionReaders },
  "SupportSession.matchId": { query: matchSessions("matchId"), allowed: sessionReaders },
  "SupportSession.heldOn": { query: matchSessions("heldOn"), allowed: sessionReaders },
  "SupportSession.durationMinutes": { query: matchSessions("durationMinutes"), allowed: sessionReaders },
  "SupportSession.travelMinutes": { query: matchSessions("travelMinutes"), allowed: sessionReaders },
  "SupportSession.contactMode": { query: matchSessions("contactMode"), allowed: sessionReaders },
  "SupportSession.topics": { query: matchSessions("topics"), allowed: sessionReaders },
  "SupportSession.signposting": { query: matchSessions("signposting"), allowed: sessionReaders },
  "SupportSession.notes": { query: matchSessions("notes"), allowed: sessionReaders },
  "SupportSession.hasConcern": { query: matchSessions("hasConcern"), allowed: sessionReaders },
  "SupportSession.concern": { query: matchSessions("concern"), allowed: sessionReaders },
  "SupportSession.concernAcknowledgedAt": { query: matchSessions("concernAcknowledgedAt"), allowed: sessionReaders },
  "SupportSession.concernAcknowledgedByName": {
    query: matchSessions("concernAcknowledgedByName"),
    allowed: sessionReaders,
  },
  "SupportSession.concernResponse": { query: matchSessions("concernResponse"), allowed: sessionReaders },
  "SupportSession.confirmedByMenteeAt": { query: matchSessions("confirmedByMenteeAt"), allowed: sessionReaders },
  "SupportSession.mentorName": { query: matchSessions("mentorName"), allowed: sessionReaders },
  "SupportSession.menteeName": { query: matchSessions("menteeName"), allowed: sessionReaders },
  "SupportSession.followUps": { query: matchSessions("followUps { id }"), allowed: sessionReaders },
  "FollowUp.id": { query: matchSessions("followUps { id }"), allowed: sessionReaders },
  "FollowUp.matchId": { query: matchSessions("followUps { matchId }"), allowed: sessionReaders },
  "FollowUp.menteeName": { query: matchSessions("followUps { menteeName }"), allowed: sessionReaders },
  "FollowUp.description": { query: matchSessions("followUps { description }"), allowed: sessionReaders },
  "FollowUp.dueOn": { query: matchSessions("followUps { dueOn }"), allowed: sessionReaders },
  "FollowUp.doneAt": { query: matchSessions("followUps { doneAt }"), allowed: sessionReaders },
  "FollowUp.isOverdue": { query: matchSessions("followUps { isOverdue }"), allowed: sessionReaders },
  "SessionMatch.id": { query: sessionMatch("id"), allowed: sessionReaders },
  "SessionMatch.status": { query: sessionMatch("status"), allowed: sessionReaders },
  "SessionMatch.mentorName": { query: sessionMatch("mentorName"), allowed: sessionReaders },
  "SessionMatch.menteeName": { query: sessionMatch("menteeName"), allowed: sessionReaders },
  "SessionMatch.viewerRole": { query: sessionMatch("viewerRole"), allowed: sessionReaders },
  "SessionMatch.canLogSessions": { query: sessionMatch("canLogSessions"), allowed: sessionReaders },
  "SessionMatch.earliestSessionOn": { query: sessionMatch("earliestSessionOn"), allowed: sessionReaders },
  "OpenConcern.session": { query: openConcerns("session { id }"), allowed: staff },
  "OpenConcern.raisedAt": { query: openConcerns("raisedAt"), allowed: staff },
  "OpenConcern.waitingMinutes": { query: openConcerns("waitingMinutes"), allowed: staff },

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
  "SupervisionSession.id": { query: supervision("id"), allowed: ["matchedMentor", ...staff] },
  "SupervisionSession.heldOn": { query: supervision("heldOn"), allowed: ["matchedMentor", ...staff] },
  "SupervisionSession.durationMinutes": { query: supervision("durationMinutes"), allowed: ["matchedMentor", ...staff] },
  "SupervisionSession.notes": { query: supervision("notes"), allowed: ["matchedMentor", ...staff] },
  "SupervisionSession.supervisorName": { query: supervision("supervisorName"), allowed: ["matchedMentor", ...staff] },
  "SupervisionSession.createdAt": { query: supervision("createdAt"), allowed: ["matchedMentor", ...staff] },
  "MentorCaseload.mentorProfileId": { query: caseloads("mentorProfileId"), allowed: staff },
  "MentorCaseload.displayName": { query: caseloads("displayName"), allowed: staff },
  "MentorCaseload.capacity": { query: caseloads("capacity"), allowed: staff },
  "MentorCaseload.isTakingBreak": { query: caseloads("isTakingBreak"), allowed: staff },
  "MentorCaseload.activeCount": { query: caseloads("activeCount"), allowed: staff },
  "MentorCaseload.pausedCount": { query: caseloads("pausedCount"), allowed: staff },
  "MentorCaseload.proposedCount": { query: caseloads("proposedCount"), allowed: staff },
  "MentorCaseload.overdueFollowUps": { query: caseloads("overdueFollowUps"), allowed: staff },
  "MentorCaseload.openConcerns": { query: caseloads("openConcerns"), allowed: staff },
  "MentorCaseload.lastSupervisionOn": { query: caseloads("lastSupervisionOn"), allowed: staff },
  "MentorCaseload.supervisionDueOn": { query: caseloads("supervisionDueOn"), allowed: staff },
  "MentorCaseload.isSupervisionOverdue": { query: caseloads("isSupervisionOverdue"), allowed: staff },
  "MentorCaseload.sessionsLast30Days": { query: caseloads("sessionsLast30Days"), allowed: staff },
  // Mentor profiles: the mentor and their organisation's staff only (staff reads audited).
  "Query.myMentorProfiles": "own",
  "Query.mentorProfile": { query: mentorProfile("id"), allowed: profileReaders },
  "Query.organisationMentors": {
    query: "query($org: ID!) { organisationMentors(organisationId: $org) { id } }",
    allowed: staff,
  },
  "MentorProfile.id": { query: mentorProfile("id"), allowed: profileReaders },
  "MentorProfile.displayName": { query: mentorProfile("displayName"), allowed: profileReaders },
  "MentorProfile.role": { query: mentorProfile("role"), allowed: profileReaders },
  "MentorProfile.introduction": { query: mentorProfile("introduction"), allowed: profileReaders },
  "MentorProfile.substances": { query: mentorProfile("substances"), allowed: profileReaders },
  "MentorProfile.pathways": { query: mentorProfile("pathways"), allowed: profileReaders },
  "MentorProfile.lifeExperiences": { query: mentorProfile("lifeExperiences"), allowed: profileReaders },
  "MentorProfile.strengths": { query: mentorProfile("strengths"), allowed: profileReaders },
  "MentorProfile.languages": { query: mentorProfile("languages"), allowed: profileReaders },
  "MentorProfile.gender": { query: mentorProfile("gender"), allowed: profileReaders },
  "MentorProfile.ageBand": { query: mentorProfile("ageBand"), allowed: profileReaders },
  "MentorProfile.homeArea": { query: mentorProfile("homeArea"), allowed: profileReaders },
  "MentorProfile.travelMiles": { query: mentorProfile("travelMiles"), allowed: profileReaders },
  "MentorProfile.meetingWays": { query: mentorProfile("meetingWays"), allowed: profileReaders },
  "MentorProfile.availability": { query: mentorProfile("availability"), allowed: profileReaders },
  "MentorProfile.capacity": { query: mentorProfile("capacity"), allowed: profileReaders },
  "MentorProfile.caseload": { query: mentorProfile("caseload"), allowed: profileReaders },
  "MentorProfile.isTakingBreak": { query: mentorProfile("isTakingBreak"), allowed: profileReaders },
  "MentorProfile.organisation": { query: mentorProfile("organisation { name }"), allowed: profileReaders },
  "MentorProfile.visibility": { query: mentorProfile("visibility { field }"), allowed: profileReaders },
  "MentorProfile.vetting": { query: mentorProfile("vetting { isCurrent }"), allowed: profileReaders },
  "FieldVisibility.field": { query: mentorProfile("visibility { field }"), allowed: profileReaders },
  "FieldVisibility.audience": { query: mentorProfile("visibility { audience }"), allowed: profileReaders },
  "VettingStatus.isCurrent": { query: mentorProfile("vetting { isCurrent }"), allowed: profileReaders },
  "VettingStatus.nextExpiresOn": { query: mentorProfile("vetting { nextExpiresOn }"), allowed: profileReaders },
  "VettingStatus.lastSupervisionOn": { query: mentorProfile("vetting { lastSupervisionOn }"), allowed: profileReaders },
  "VettingStatus.supervisionDueOn": { query: mentorProfile("vetting { supervisionDueOn }"), allowed: profileReaders },
  "VettingStatus.problems": { query: mentorProfile("vetting { problems { code } }"), allowed: profileReaders },
  "VettingStatus.records": { query: mentorProfile("vetting { records { id } }"), allowed: profileReaders },
  "VettingProblem.code": { query: mentorProfile("vetting { problems { code } }"), allowed: profileReaders },
  "VettingProblem.message": { query: mentorProfile("vetting { problems { message } }"), allowed: profileReaders },
  "VettingRecord.id": { query: mentorProfile("vetting { records { id } }"), allowed: profileReaders },
  "VettingRecord.kind": { query: mentorProfile("vetting { records { kind } }"), allowed: profileReaders },
  "VettingRecord.trainingCode": {
    query: mentorProfile("vetting { records { trainingCode } }"),
    allowed: profileReaders,
  },
  "VettingRecord.trainingName": {
    query: mentorProfile("vetting { records { trainingName } }"),
    allowed: profileReaders,
  },
  "VettingRecord.outcome": { query: mentorProfile("vetting { records { outcome } }"), allowed: profileReaders },
  "VettingRecord.completedOn": { query: mentorProfile("vetting { records { completedOn } }"), allowed: profileReaders },
  "VettingRecord.expiresOn": { query: mentorProfile("vetting { records { expiresOn } }"), allowed: profileReaders },
  "VettingRecord.recordedAt": { query: mentorProfile("vetting { records { recordedAt } }"), allowed: profileReaders },
  "VettingRecord.recordedByName": {
    query: mentorProfile("vetting { records { recordedByName } }"),
    allowed: profileReaders,
  },
  // The card is what the subject, as the mentee, sees of their mentor (fields the mentor hides are empty).
  "MentorCard.id": { query: theMatch("mentor { id }"), allowed: matchReaders },
  "MentorCard.displayName": { query: theMatch("mentor { displayName }"), allowed: matchReaders },
  "MentorCard.introduction": { query: theMatch("mentor { introduction }"), allowed: matchReaders },
  "MentorCard.substances": { query: theMatch("mentor { substances }"), allowed: matchReaders },
  "MentorCard.pathways": { query: theMatch("mentor { pathways }"), allowed: matchReaders },
  "MentorCard.lifeExperiences": { query: theMatch("mentor { lifeExperiences }"), allowed: matchReaders },
  "MentorCard.strengths": { query: theMatch("mentor { strengths }"), allowed: matchReaders },
  "MentorCard.languages": { query: theMatch("mentor { languages }"), allowed: matchReaders },
  "MentorCard.gender": { query: theMatch("mentor { gender }"), allowed: matchReaders },
  "MentorCard.ageBand": { query: theMatch("mentor { ageBand }"), allowed: matchReaders },
  "MentorCard.homeArea": { query: theMatch("mentor { homeArea }"), allowed: matchReaders },
  "MentorCard.meetingWays": { query: theMatch("mentor { meetingWays }"), allowed: matchReaders },
  "MentorCard.availability": { query: theMatch("mentor { availability }"), allowed: matchReaders },
  "Mutation.saveMentorProfile": "own",
  "Mutation.recordVetting": {
    query: `mutation($mentorProfile: ID!) { recordVetting(mentorProfileId: $mentorProfile,
      input: { kind: REFERENCE, outcome: SATISFACTORY, completedOn: "${mentoringToday}" }) { id } }`,
    allowed: staff,
  },

  // The organisation's mentoring rules: staff read them, admins change them.
  "Query.mentoringSettings": { query: mentoringSettings("referencesRequired"), allowed: staff },
  "MentoringSettings.isCriminalRecordsCheckRequired": {
    query: mentoringSettings("isCriminalRecordsCheckRequired"),
    allowed: staff,
  },
  "MentoringSettings.criminalRecordsCheckValidMonths": {
    query: mentoringSettings("criminalRecordsCheckValidMonths"),
    allowed: staff,
  },
  "MentoringSettings.referencesRequired": { query: mentoringSettings("referencesRequired"), allowed: staff },
  "MentoringSettings.agreementValidMonths": { query: mentoringSettings("agreementValidMonths"), allowed: staff },
  "MentoringSettings.supervisionEveryDays": { query: mentoringSettings("supervisionEveryDays"), allowed: staff },
  "MentoringSettings.requiredTraining": { query: mentoringSettings("requiredTraining { code }"), allowed: staff },
  "MentoringSettings.weights": { query: mentoringSettings("weights { needs }"), allowed: staff },
  "TrainingModule.code": { query: mentoringSettings("requiredTraining { code }"), allowed: staff },
  "TrainingModule.name": { query: mentoringSettings("requiredTraining { name }"), allowed: staff },
  "TrainingModule.validForMonths": { query: mentoringSettings("requiredTraining { validForMonths }"), allowed: staff },
  "MatchWeights.sharedExperience": { query: mentoringSettings("weights { sharedExperience }"), allowed: staff },
  "MatchWeights.pathway": { query: mentoringSettings("weights { pathway }"), allowed: staff },
  "MatchWeights.needs": { query: mentoringSettings("weights { needs }"), allowed: staff },
  "MatchWeights.distance": { query: mentoringSettings("weights { distance }"), allowed: staff },
  "MatchWeights.availability": { query: mentoringSettings("weights { availability }"), allowed: staff },
  "MatchWeights.caseload": { query: mentoringSettings("weights { caseload }"), allowed: staff },
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
  "MentorRequest.id": { query: theMatch("request { id }"), allowed: matchReaders },
  "MentorRequest.displayName": { query: theMatch("request { displayName }"), allowed: matchReaders },
  "MentorRequest.status": { query: theMatch("request { status }"), allowed: matchReaders },
  "MentorRequest.needs": { query: theMatch("request { needs }"), allowed: matchReaders },
  "MentorRequest.genderPreference": { query: theMatch("request { genderPreference }"), allowed: matchReaders },
  "MentorRequest.languages": { query: theMatch("request { languages }"), allowed: matchReaders },
  "MentorRequest.sharedSubstances": { query: theMatch("request { sharedSubstances }"), allowed: matchReaders },
  "MentorRequest.sharedLifeExperiences": {
    query: theMatch("request { sharedLifeExperiences }"),
    allowed: matchReaders,
  },
  "MentorRequest.pathway": { query: theMatch("request { pathway }"), allowed: matchReaders },
  "MentorRequest.meetingWays": { query: theMatch("request { meetingWays }"), allowed: matchReaders },
  "MentorRequest.availability": { query: theMatch("request { availability }"), allowed: matchReaders },
  "MentorRequest.area": { query: theMatch("request { area }"), allowed: matchReaders },
  "MentorRequest.createdAt": { query: theMatch("request { createdAt }"), allowed: matchReaders },
  "MentorRequest.isOnBehalf": { query: theMatch("request { isOnBehalf }"), allowed: matchReaders },
  "MentorRequest.matches": { query: theMatch("request { matches { id } }"), allowed: matchReaders },
  "MentorRequest.organisation": { query: theMatch("request { organisation { name } }"), allowed: matchReaders },
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
  "Match.id": { query: theMatch("id"), allowed: matchReaders },
  "Match.status": { query: theMatch("status"), allowed: matchReaders },
  "Match.menteeName": { query: theMatch("menteeName"), allowed: matchReaders },
  "Match.mentorName": { query: theMatch("mentorName"), allowed: matchReaders },
  "Match.score": { query: theMatch("score"), allowed: matchReaders },
  "Match.reasons": { query: theMatch("reasons"), allowed: matchReaders },
  "Match.startedOn": { query: theMatch("startedOn"), allowed: matchReaders },
  "Match.plannedEndOn": { query: theMatch("plannedEndOn"), allowed: matchReaders },
  "Match.endedOn": { query: theMatch("endedOn"), allowed: matchReaders },
  "Match.endReason": { query: theMatch("endReason"), allowed: matchReaders },
  "Match.mentor": { query: theMatch("mentor { id }"), allowed: matchReaders },
  "Match.request": { query: theMatch("request { id }"), allowed: matchReaders },
  "Match.history": { query: theMatch("history { toStatus }"), allowed: matchReaders },
  "MatchEvent.fromStatus": { query: theMatch("history { fromStatus }"), allowed: matchReaders },
  "MatchEvent.toStatus": { query: theMatch("history { toStatus }"), allowed: matchReaders },
  "MatchEvent.reason": { query: theMatch("history { reason }"), allowed: matchReaders },
  "MatchEvent.at": { query: theMatch("history { at }"), allowed: matchReaders },
  "MatchEvent.byName": { query: theMatch("history { byName }"), allowed: matchReaders },
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
  "Shortlist.entries": { query: shortlist("entries { score }"), allowed: staff },
  "Shortlist.ineligible": { query: shortlist("ineligible { reasons }"), allowed: staff },
  "ShortlistEntry.profile": { query: shortlist("entries { profile { id } }"), allowed: staff },
  "ShortlistEntry.score": { query: shortlist("entries { score }"), allowed: staff },
  "ShortlistEntry.reasons": { query: shortlist("entries { reasons }"), allowed: staff },
  "IneligibleMentor.profile": { query: shortlist("ineligible { profile { id } }"), allowed: staff },
  "IneligibleMentor.reasons": { query: shortlist("ineligible { reasons }"), allowed: staff },
  "BatchProposal.assignments": { query: batchProposal("assignments { score }"), allowed: staff },
  "BatchProposal.totalScore": { query: batchProposal("totalScore"), allowed: staff },
  "BatchProposal.greedyTotalScore": { query: batchProposal("greedyTotalScore"), allowed: staff },
  "BatchProposal.unassigned": { query: batchProposal("unassigned { id }"), allowed: staff },
  "ProposedAssignment.request": { query: batchProposal("assignments { request { id } }"), allowed: staff },
  "ProposedAssignment.profile": { query: batchProposal("assignments { profile { id } }"), allowed: staff },
  "ProposedAssignment.score": { query: batchProposal("assignments { score }"), allowed: staff },
  "ProposedAssignment.reasons": { query: batchProposal("assignments { reasons }"), allowed: staff },
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
  "RequestExclusions.requestId": { query: requestExclusions("requestId"), allowed: staff },
  "RequestExclusions.personId": { query: requestExclusions("personId"), allowed: staff },
  "RequestExclusions.displayName": { query: requestExclusions("displayName"), allowed: staff },
  "RequestExclusions.exclusions": { query: requestExclusions("exclusions { id }"), allowed: staff },
  "MentoringExclusion.id": { query: requestExclusions("exclusions { id }"), allowed: staff },
  "MentoringExclusion.otherPersonId": { query: requestExclusions("exclusions { otherPersonId }"), allowed: staff },
  "MentoringExclusion.otherPersonName": { query: requestExclusions("exclusions { otherPersonName }"), allowed: staff },
  "MentoringExclusion.reason": { query: requestExclusions("exclusions { reason }"), allowed: staff },
  "MentoringExclusion.recordedAt": { query: requestExclusions("exclusions { recordedAt }"), allowed: staff },

  // Role progression: staff change roles (admins alone for coordinators and admins); the history is
  // the person's own and their organisation's staff's (audited).
  "Mutation.changeMemberRole": {
    query: `mutation($org: ID!, $subject: ID!) { changeMemberRole(organisationId: $org, personId: $subject, role: MEMBER) { id } }`,
    allowed: staff,
  },
  "Membership.roleHistory": { query: membersPath("roleHistory { toRole }"), allowed: staff },
  "RoleChange.fromRole": { query: membersPath("roleHistory { fromRole }"), allowed: staff },
  "RoleChange.toRole": { query: membersPath("roleHistory { toRole }"), allowed: staff },
  "RoleChange.changedAt": { query: membersPath("roleHistory { changedAt }"), allowed: staff },
  "RoleChange.changedByName": { query: membersPath("roleHistory { changedByName }"), allowed: staff },
};
