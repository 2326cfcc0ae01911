// Who may read each field of the recovery journey (see access-rules.ts). A journey
// is the person's own; their matched mentor reads it with share_journey_with_mentor
// and their organisation's staff with share_journey_with_service. Each feature adds
// its own block below with a comment header.
import { ownFields, probesOf, publicFields, type Rule, staff, type ViewerKind } from "./access-viewers";

// Service dashboard: figures and the gone-quiet list for the organisation's own
// coordinators and administrators (second factor proven), nobody else.
const dashboard = (fields: string) =>
  `query($org: ID!) { serviceDashboard(organisationId: $org, from: "2026-01-01", to: "2026-12-31") { ${fields} } }`;
const serviceDashboardRules: Record<string, Rule> = {
  "Query.serviceDashboard": { query: dashboard("from"), allowed: staff },
  ...probesOf("ServiceDashboard", dashboard, staff, [
    "from",
    "to",
    "today",
    "months { __typename }",
    "recoveryCapital { __typename }",
    "goalCompletion { __typename }",
    "networkGrowth { __typename }",
    "goneQuiet { __typename }",
  ]),
  ...probesOf("DashboardMonth", (f) => dashboard(`months { ${f} }`), staff, [
    "month",
    "activeMatches",
    "newMatches",
    "sessionsHeld",
    "supportMinutes",
    "verifiedVolunteeringMinutes",
    "pendingVolunteeringMinutes",
    "attendance",
  ]),
  ...probesOf("RecoveryCapitalChange", (f) => dashboard(`recoveryCapital { ${f} }`), staff, [
    "peopleCounted",
    "improved",
    "same",
    "worse",
    "meanChange",
  ]),
  ...probesOf("GoalCompletion", (f) => dashboard(`goalCompletion { ${f} }`), staff, [
    "peopleCounted",
    "goalsSet",
    "goalsAchieved",
    "stepsDone",
  ]),
  ...probesOf("NetworkGrowth", (f) => dashboard(`networkGrowth { ${f} }`), staff, [
    "peopleCounted",
    "supportiveGrew",
    "supportiveDidNotGrow",
    "meanRecoveryCommunityAtStart",
    "meanRecoveryCommunityAtEnd",
  ]),
  ...probesOf("GoneQuiet", (f) => dashboard(`goneQuiet { ${f} }`), staff, ["people { personId }", "total"]),
  ...probesOf("QuietPerson", (f) => dashboard(`goneQuiet { people { ${f} } }`), staff, [
    "personId",
    "displayName",
    "reason",
    "lastActivity",
    "lastActivityOn",
    "lastActivityPlace",
    "matchId",
    "mentorName",
    "daysQuiet",
  ]),
};

// Check-ins: the subject shares their journey with their mentor and their service
// (access-matrix.test.ts), so their matched mentor and home staff may read them.
// Instruments and settings hold no personal data, but only staff see an
// organisation's, and only its admins change them. $instrument is a home instrument.
const journeyReaders: ViewerKind[] = ["subject", "matchedMentor", "coordinator", "admin"];
const checkIns = (fields: string) => `query($subject: ID) { recoveryCheckIns(personId: $subject) { ${fields} } }`;
const admins: ViewerKind[] = ["admin"];
const probeDefinition = {
  items: [{ code: "safe", domain: "housing_safety", text: "I feel safe at home." }],
  scale: { min: 0, max: 1, labels: ["No", "Yes"] },
  strengthAtLeastPercent: 80,
  gapAtMostPercent: 20,
  bands: [{ fromPercent: 0, label: "All", meaning: "Every score." }],
  suggestedEveryWeeks: 6,
};
const checkInAccessRules: Record<string, Rule> = {
  "Query.recoveryCheckIns": { query: checkIns("lastTakenOn"), allowed: journeyReaders },
  "Query.checkInForm": "own",
  "Query.recoveryInstruments": {
    query: "query($org: ID!) { recoveryInstruments(organisationId: $org) { id } }",
    allowed: staff,
  },
  "Query.journeySettings": {
    query: "query($org: ID!) { journeySettings(organisationId: $org) { isDefault } }",
    allowed: staff,
  },
  // Whoever calls it checks in for themself: there is no one else to check in for.
  "Mutation.completeCheckIn": "own",
  // Only the admin gets through, once, so the one version it loads never conflicts.
  "Mutation.loadRecoveryInstrument": {
    query: `mutation($org: ID!) { loadRecoveryInstrument(organisationId: $org, input: { code: "matrix-probe", version: 1,
      name: "Probe", attribution: "Probe", definitionJson: """${JSON.stringify(probeDefinition)}""" }) { id } }`,
    allowed: admins,
  },
  // Retiring twice changes nothing, and choosing the built-in one again neither.
  "Mutation.retireRecoveryInstrument": {
    query: "mutation($instrument: ID!) { retireRecoveryInstrument(id: $instrument) { id } }",
    allowed: admins,
  },
  "Mutation.setJourneySettings": {
    query: `mutation($org: ID!) { setJourneySettings(organisationId: $org, instrumentId: "kinship-recovery-capital-v1",
      checkInEveryWeeks: 6) { isDefault } }`,
    allowed: admins,
  },
  ...probesOf("CheckInHistory", checkIns, journeyReaders, [
    "instrument { __typename }",
    "checkIns { __typename }",
    "otherCheckIns { __typename }",
    "strengths",
    "gaps",
    "changeSinceLast { __typename }",
    "checkInEveryWeeks",
    "lastTakenOn",
    "nextSuggestedOn",
  ]),
  ...probesOf("CheckIn", (f) => checkIns(`checkIns { ${f} }`), journeyReaders, [
    "id",
    "takenOn",
    "instrumentName",
    "scorePercent",
    "band { __typename }",
    "domains { __typename }",
    "note",
  ]),
  ...probesOf("DomainScore", (f) => checkIns(`checkIns { domains { ${f} } }`), journeyReaders, [
    "domain",
    "domainWords",
    "itemCode",
    "itemText",
    "value",
    "answerLabel",
    "percent",
  ]),
  ...probesOf("DomainChange", (f) => checkIns(`changeSinceLast { ${f} }`), journeyReaders, [
    "domain",
    "domainWords",
    "percentBefore",
    "percentNow",
    "change",
  ]),
  ...ownFields("CheckInForm", ["instrument", "checkInEveryWeeks", "lastTakenOn", "nextSuggestedOn", "today"]),
  ...ownFields("CompletedCheckIn", ["checkIn", "strengths", "gaps", "changeSinceLast", "nextSuggestedOn"]),
  ...publicFields("RecoveryInstrument", [
    "id",
    "code",
    "version",
    "name",
    "attribution",
    "isBuiltIn",
    "retiredAt",
    "items",
    "answerOptions",
    "bands",
    "strengthAtLeastPercent",
    "gapAtMostPercent",
    "suggestedEveryWeeks",
  ]),
  ...publicFields("InstrumentItem", ["code", "domain", "text", "isReversed", "outcome"]),
  ...publicFields("AnswerOption", ["value", "label"]),
  ...publicFields("InstrumentBand", ["fromPercent", "label", "meaning"]),
  ...publicFields("JourneySettings", ["instrument", "checkInEveryWeeks", "isDefault", "updatedAt"]),
};

// Goals, steps, lapses, milestones and treatment phases (J2). The matrix's subject
// shares their journey with their mentor and their service, so journey reads are
// open to them, the matched mentor and home staff (journeyReaders, above). Lapses
// never reach staff; the treatment phase is the service's own record (no consent
// needed), written by staff.
const lapseReaders: ViewerKind[] = ["subject", "matchedMentor"];
const goalsOfSubject = (fields: string) => `query($subject: ID) { journeyGoals(personId: $subject) { ${fields} } }`;
const lapsesOfSubject = (fields: string) => `query($subject: ID) { lapses(personId: $subject) { ${fields} } }`;
const milestonesOfSubject = (fields: string) =>
  `query($subject: ID) { journeyMilestones(personId: $subject) { ${fields} } }`;
const sharedJourney = (fields: string) => `query($subject: ID!) { sharedJourney(personId: $subject) { ${fields} } }`;
const phaseOfSubject = (fields: string) =>
  `query($org: ID!, $subject: ID!) { treatmentPhase(organisationId: $org, personId: $subject) { ${fields} } }`;
const organisationPhases = (fields: string) =>
  `query($org: ID!) { organisationPhases(organisationId: $org) { ${fields} } }`;
const probeReviewOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const goalsAccessRules: Record<string, Rule> = {
  "Query.journeyGoals": { query: goalsOfSubject("id"), allowed: journeyReaders },
  "Query.lapses": { query: lapsesOfSubject("id"), allowed: lapseReaders },
  "Query.journeyMilestones": { query: milestonesOfSubject("weeksBuilding"), allowed: journeyReaders },
  "Query.sharedJourney": { query: sharedJourney("personId"), allowed: journeyReaders },
  "Query.treatmentPhase": { query: phaseOfSubject("personId"), allowed: journeyReaders },
  "Query.organisationPhases": { query: organisationPhases("personId"), allowed: staff },
  // Setting a goal for someone: the person, or their mentor while they share their journey.
  "Mutation.setGoal": {
    query: `mutation($subject: ID) { setGoal(input: { personId: $subject, title: "Probe goal", steps: ["A small step"] }) { id } }`,
    allowed: ["subject", "matchedMentor"],
  },
  "Mutation.addGoalStep": "own",
  "Mutation.editGoal": "own",
  "Mutation.completeGoalStep": "own",
  "Mutation.reopenGoalStep": "own",
  "Mutation.achieveGoal": "own",
  "Mutation.setGoalAside": "own",
  "Mutation.resumeGoal": "own",
  "Mutation.recordLapse": "own",
  "Mutation.recordTreatmentPhase": {
    query: `mutation($org: ID!, $subject: ID!) { recordTreatmentPhase(organisationId: $org, personId: $subject,
      phase: MAINTENANCE, reviewOn: "${probeReviewOn}") { personId } }`,
    allowed: staff,
  },
  "Match.menteeId": {
    query: "query($match: ID!) { match(id: $match) { menteeId } }",
    allowed: ["subject", "matchedMentor", "coordinator", "admin"],
  },
  ...probesOf("JourneyGoal", goalsOfSubject, journeyReaders, [
    "id",
    "title",
    "needs",
    "status",
    "targetOn",
    "createdAt",
    "achievedAt",
    "setAsideAt",
    "isSetTogether",
    "setWithName",
    "steps { id }",
    "stepsDone",
  ]),
  ...probesOf("GoalStep", (f) => goalsOfSubject(`steps { ${f} }`), journeyReaders, [
    "id",
    "title",
    "position",
    "dueOn",
    "doneAt",
  ]),
  ...ownFields("StepCompleted", ["goal", "step", "celebration", "isEveryStepDone"]),
  ...probesOf("Lapse", lapsesOfSubject, lapseReaders, ["id", "happenedOn", "note", "recordedAt"]),
  ...ownFields("LapseRecorded", ["lapse", "message", "rePlanLinks"]),
  ...ownFields("RePlanLink", ["label", "href"]),
  ...probesOf("JourneyMilestones", milestonesOfSubject, journeyReaders, [
    "buildingSince",
    "weeksBuilding",
    "buildingSentence",
    "milestones { kind }",
  ]),
  ...probesOf("JourneyMilestone", (f) => milestonesOfSubject(`milestones { ${f} }`), journeyReaders, [
    "kind",
    "count",
    "title",
    "reachedOn",
  ]),
  ...probesOf("SharedJourney", sharedJourney, journeyReaders, [
    "personId",
    "displayName",
    "relationship",
    "canSeeLapses",
  ]),
  ...probesOf("TreatmentPhaseStatus", phaseOfSubject, journeyReaders, [
    "personId",
    "organisationId",
    "current { id }",
    "history { id }",
    "isReviewOverdue",
  ]),
  ...probesOf("TreatmentPhaseRecord", (f) => phaseOfSubject(`history { ${f} }`), journeyReaders, [
    "id",
    "phase",
    "reviewOn",
    "recordedAt",
    "recordedByName",
  ]),
  ...probesOf("MemberTreatmentPhase", organisationPhases, staff, [
    "personId",
    "displayName",
    "role",
    "phase",
    "reviewOn",
    "recordedAt",
    "isReviewOverdue",
  ]),
};

// Network map (J3): the subject's map and its growth, for journeyReaders (above).
// Suggestions come from the viewer's own activity, and only the person changes
// their map: someone else's connection id is simply not found.
const mapOfSubject = (fields: string) => `query($subject: ID) { networkMap(personId: $subject) { ${fields} } }`;
const growthOfSubject = (fields: string) => `query($subject: ID) { networkGrowth(personId: $subject) { ${fields} } }`;
const networkAccessRules: Record<string, Rule> = {
  "Query.networkMap": { query: mapOfSubject("counts { connectionCount }"), allowed: journeyReaders },
  "Query.networkGrowth": { query: growthOfSubject("on"), allowed: journeyReaders },
  "Query.networkSuggestions": "own",
  "Mutation.addConnection": "own",
  "Mutation.updateConnection": "own",
  "Mutation.removeConnection": "own",
  "Mutation.acceptSuggestion": "own",
  "Mutation.dismissSuggestion": "own",
  ...probesOf("NetworkMap", mapOfSubject, journeyReaders, ["connections { id }", "counts { connectionCount }"]),
  ...probesOf("Connection", (f) => mapOfSubject(`connections { ${f} }`), journeyReaders, [
    "id",
    "label",
    "kind",
    "influence",
    "closeness",
    "addedOn",
    "isRecoveryCommunity",
  ]),
  ...probesOf("NetworkCounts", (f) => mapOfSubject(`counts { ${f} }`), journeyReaders, [
    "connectionCount",
    "supportiveCount",
    "neutralCount",
    "usingCount",
    "recoveryCommunityCount",
  ]),
  ...probesOf("NetworkPoint", growthOfSubject, journeyReaders, [
    "on",
    "connectionCount",
    "supportiveCount",
    "supportiveShare",
    "usingCount",
    "recoveryCommunityCount",
  ]),
  ...ownFields("NetworkSuggestion", ["key", "label", "kind", "reason"]),
};

// Commissioner report (J4): anonymous, suppressed figures for the organisation's
// own coordinators and administrators (second factor proven), nobody else.
const commissionerReport = (fields: string) =>
  `query($org: ID!) { commissionerReport(organisationId: $org, from: "2026-01-01", to: "2026-03-31") { ${fields} } }`;
const commissionerReportAccessRules: Record<string, Rule> = {
  "Query.commissionerReport": { query: commissionerReport("from"), allowed: staff },
  ...probesOf("CommissionerReport", commissionerReport, staff, [
    "organisationName",
    "from",
    "to",
    "generatedOn",
    "sections { __typename }",
    "howToRead",
  ]),
  ...probesOf("CommissionerReportSection", (f) => commissionerReport(`sections { ${f} }`), staff, [
    "key",
    "title",
    "figures { __typename }",
    "tables { __typename }",
    "notes",
  ]),
  ...probesOf("CommissionerReportFigure", (f) => commissionerReport(`sections { figures { ${f} } }`), staff, [
    "key",
    "label",
    "value",
    "text",
  ]),
  ...probesOf("CommissionerReportTable", (f) => commissionerReport(`sections { tables { ${f} } }`), staff, [
    "key",
    "title",
    "caption",
    "columns",
    "rows { __typename }",
    "columnTotals",
    "total",
    "totalLabel",
    "hasRowTotals",
  ]),
  ...probesOf("CommissionerReportTableRow", (f) => commissionerReport(`sections { tables { rows { ${f} } } }`), staff, [
    "label",
    "cells",
    "total",
  ]),
};

export const journeyAccessRules: Record<string, Rule> = {
  ...serviceDashboardRules,
  ...commissionerReportAccessRules,
  ...checkInAccessRules,
  ...goalsAccessRules,
  ...networkAccessRules,
};
