// Who may read each field of the API. Every field of every type is listed here,
// so a new field cannot reach clients without someone deciding who may see it:
// access-matrix.test.ts fails on any field missing from this table.
//
// - "public": holds no personal data.
// - "own": only ever the viewer's own data (root fields that read the viewer's
//   own records, the types only they lead to, and mutations on one's own account).
// - a probe: a query that reads the field about another person, and the viewers
//   who may do so. Everyone else must be refused.

import { defaultPassword } from "../support/factories";
import { membersPath, promoters, type Rule, staff } from "./access-viewers";
import { accountMessagesAccessRules } from "./account-messages-access-rules";
import { disengagementAccessRules } from "./disengagement-access-rules";
import { journeyAccessRules } from "./journey-access-rules";
import { mentoringAccessRules } from "./mentoring-access-rules";
import { plannedContactsAccessRules } from "./planned-contacts-access-rules";
import { remindersAccessRules } from "./reminders-access-rules";
import { retentionAccessRules } from "./retention-access-rules";
import { volunteeringAccessRules } from "./volunteering-access-rules";

export { type Probe, type Rule, type ViewerKind, viewerKinds } from "./access-viewers";

const listingInput = `{ name: "Probe café", kind: RECOVERY_CAFE, description: "", attendanceMode: ONLINE,
  schedule: { repeat: WEEKLY, startsOn: "2026-12-07", startTime: "10:00", durationMinutes: 60, weekdays: [MO] },
  online: { url: "https://meet.example.org/probe" } }`;
// A suggestion is not personal data, but only the moderators may read the queue.
const suggestionQueue = (fields: string) =>
  `query($org: ID!) { listingSuggestions(organisationId: $org) { ${fields} } }`;
const attendees = (fields: string) =>
  `query($gathering: ID!) { gatheringAttendees(gatheringId: $gathering, occurrenceOn: "2026-11-30") { ${fields} } }`;
// $live is a daily gathering that is on now, so a check-in can open.
const checkInCode = (fields: string) => `mutation($live: ID!) { openCheckIn(gatheringId: $live) { ${fields} } }`;
const importSources = (fields: string) => `query($org: ID!) { importSources(organisationId: $org) { ${fields} } }`;
const accessLog = (fields: string) => `query($org: ID!) { organisationAccessLog(organisationId: $org) { ${fields} } }`;

export const accessRules: Record<string, Rule> = {
  "Query.organisations": "public",
  "Query.organisation": "public",
  "Query.me": "own",
  "Query.mySessions": "own",
  "Query.myConsents": "own",
  "Query.myRecordViews": "own",
  "Query.mySecondFactor": "own",
  "Query.organisationAccessLog": { query: accessLog("id"), allowed: ["admin"] },
  "Query.findGatherings": "public",
  "Query.gathering": "public",
  "Query.myAttendance": "own",
  "Query.myNotifications": "own",
  "Query.importSources": { query: importSources("id"), allowed: promoters },
  "Query.gatheringAttendees": { query: attendees("displayName"), allowed: staff },
  "Query.listingSuggestions": {
    query: "query($org: ID!) { listingSuggestions(organisationId: $org) { id } }",
    allowed: promoters,
  },
  // Listings are public, but only their organisation's promoters see withdrawn ones and change any.
  "Query.organisationGatherings": {
    query: "query($org: ID!) { organisationGatherings(organisationId: $org) { id } }",
    allowed: promoters,
  },

  "Organisation.id": "public",
  "Organisation.slug": "public",
  "Organisation.name": "public",
  "Organisation.kind": "public",
  "Organisation.town": "public",
  "Organisation.website": "public",
  "Organisation.description": "public",
  "Organisation.members": { query: membersPath("id"), allowed: staff },

  "Membership.id": { query: membersPath("id"), allowed: staff },
  "Membership.role": { query: membersPath("role"), allowed: staff },
  "Membership.since": { query: membersPath("since"), allowed: staff },
  "Membership.organisation": { query: membersPath("organisation { name }"), allowed: staff },
  "Membership.person": { query: membersPath("person { id }"), allowed: staff },

  "Person.id": { query: membersPath("person { id }"), allowed: staff },
  "Person.displayName": { query: membersPath("person { displayName }"), allowed: staff },
  "Person.email": { query: membersPath("person { email }"), allowed: [] },
  "Person.mobile": { query: membersPath("person { mobile }"), allowed: [] },
  "Person.memberships": { query: membersPath("person { memberships { role } }"), allowed: [] },

  "AccessRecord.id": { query: accessLog("id"), allowed: ["admin"] },
  "AccessRecord.at": { query: accessLog("at"), allowed: ["admin"] },
  "AccessRecord.viewerName": { query: accessLog("viewerName"), allowed: ["admin"] },
  "AccessRecord.viewerRole": { query: accessLog("viewerRole"), allowed: ["admin"] },
  "AccessRecord.relationship": { query: accessLog("relationship"), allowed: ["admin"] },
  "AccessRecord.fields": { query: accessLog("fields"), allowed: ["admin"] },
  "AccessRecord.via": { query: accessLog("via"), allowed: ["admin"] },
  "AccessRecord.organisation": { query: accessLog("organisation { name }"), allowed: ["admin"] },

  "Gathering.accessibility": "public",
  "Gathering.accessibilityNotes": "public",
  "Gathering.attendanceMode": "public",
  "Gathering.attendanceModeLabel": "public",
  "Gathering.contactEmail": "public",
  "Gathering.contactPhone": "public",
  "Gathering.description": "public",
  "Gathering.durationMinutes": "public",
  "Gathering.id": "public",
  "Gathering.isCancelled": "public",
  "Gathering.isStale": "public",
  "Gathering.isWithdrawn": "public",
  "Gathering.kind": "public",
  "Gathering.kindLabel": "public",
  "Gathering.lastConfirmedAt": "public",
  "Gathering.name": "public",
  "Gathering.occurrences": "public",
  "Gathering.online": "public",
  "Gathering.organisation": "public",
  "Gathering.place": "public",
  "Gathering.recurrence": "public",
  "Gathering.schedule": "public",
  "Gathering.startTime": "public",
  "Gathering.startsOn": "public",
  "Gathering.tags": "public",
  "Gathering.timezone": "public",
  "Gathering.website": "public",
  "Occurrence.description": "public",
  "Occurrence.endsAt": "public",
  "Occurrence.localStart": "public",
  "Occurrence.note": "public",
  "Occurrence.originalOn": "public",
  "Occurrence.startsAt": "public",
  "Occurrence.status": "public",
  "GatheringTag.code": "public",
  "GatheringTag.label": "public",
  "GatheringPlace.address": "public",
  "GatheringPlace.latitude": "public",
  "GatheringPlace.longitude": "public",
  "GatheringPlace.postcode": "public",
  "GatheringPlace.town": "public",
  "GatheringPlace.venueName": "public",
  "OnlineJoining.notes": "public",
  "OnlineJoining.phone": "public",
  "OnlineJoining.url": "public",
  "GatheringOrganiser.id": "public",
  "GatheringOrganiser.name": "public",
  "GatheringOrganiser.slug": "public",
  "SearchLocation.label": "public",
  "SearchLocation.latitude": "public",
  "SearchLocation.longitude": "public",
  "SearchLocation.precision": "public",
  "GatheringSearchHit.distanceMiles": "public",
  "GatheringSearchHit.gathering": "public",
  "GatheringSearchHit.next": "public",
  "GatheringSearchResult.hits": "public",
  "GatheringSearchResult.isPlaceUnknown": "public",
  "GatheringSearchResult.isRadiusWidened": "public",
  "GatheringSearchResult.location": "public",
  "GatheringSearchResult.radiusMiles": "public",
  "GatheringSearchResult.total": "public",

  "ListingSuggestion.id": { query: suggestionQueue("id"), allowed: promoters },
  "ListingSuggestion.gathering": { query: suggestionQueue("gathering { id }"), allowed: promoters },
  "ListingSuggestion.isNewListing": { query: suggestionQueue("isNewListing"), allowed: promoters },
  "ListingSuggestion.changes": { query: suggestionQueue("changes { field }"), allowed: promoters },
  "ListingSuggestion.message": { query: suggestionQueue("message"), allowed: promoters },
  "ListingSuggestion.isFromSignedInPerson": { query: suggestionQueue("isFromSignedInPerson"), allowed: promoters },
  "ListingSuggestion.status": { query: suggestionQueue("status"), allowed: promoters },
  "ListingSuggestion.createdAt": { query: suggestionQueue("createdAt"), allowed: promoters },
  "ListingSuggestion.moderatedAt": { query: suggestionQueue("moderatedAt"), allowed: promoters },
  "ListingSuggestion.moderationNote": { query: suggestionQueue("moderationNote"), allowed: promoters },
  "SuggestedChange.field": { query: suggestionQueue("changes { field }"), allowed: promoters },
  "SuggestedChange.label": { query: suggestionQueue("changes { label }"), allowed: promoters },
  "SuggestedChange.current": { query: suggestionQueue("changes { current }"), allowed: promoters },
  "SuggestedChange.proposed": { query: suggestionQueue("changes { proposed }"), allowed: promoters },

  "Attendee.displayName": { query: attendees("displayName"), allowed: staff },
  "Attendee.status": { query: attendees("status"), allowed: staff },
  "Attendee.checkedInAt": { query: attendees("checkedInAt"), allowed: staff },
  "MyAttendance.gathering": "own",
  "MyAttendance.occurrenceOn": "own",
  "MyAttendance.status": "own",
  "MyAttendance.checkedInAt": "own",
  "CheckInCode.code": { query: checkInCode("code"), allowed: promoters },
  "CheckInCode.path": { query: checkInCode("path"), allowed: promoters },
  "CheckInCode.occurrenceOn": { query: checkInCode("occurrenceOn"), allowed: promoters },
  "CheckInCode.expiresAt": { query: checkInCode("expiresAt"), allowed: promoters },

  "ImportSource.id": { query: importSources("id"), allowed: promoters },
  "ImportSource.name": { query: importSources("name"), allowed: promoters },
  "ImportSource.format": { query: importSources("format"), allowed: promoters },
  "ImportSource.url": { query: importSources("url"), allowed: promoters },
  "ImportSource.defaultKind": { query: importSources("defaultKind"), allowed: promoters },
  "ImportSource.everyHours": { query: importSources("everyHours"), allowed: promoters },
  "ImportSource.lastRunAt": { query: importSources("lastRunAt"), allowed: promoters },
  "ImportSource.lastReport": { query: importSources("lastReport { records }"), allowed: promoters },
  "ImportReport.ranAt": { query: importSources("lastReport { ranAt }"), allowed: promoters },
  "ImportReport.records": { query: importSources("lastReport { records }"), allowed: promoters },
  "ImportReport.added": { query: importSources("lastReport { added }"), allowed: promoters },
  "ImportReport.updated": { query: importSources("lastReport { updated }"), allowed: promoters },
  "ImportReport.unchanged": { query: importSources("lastReport { unchanged }"), allowed: promoters },
  "ImportReport.withdrawn": { query: importSources("lastReport { withdrawn }"), allowed: promoters },
  "ImportReport.relisted": { query: importSources("lastReport { relisted }"), allowed: promoters },
  "ImportReport.conflicts": { query: importSources("lastReport { conflicts }"), allowed: promoters },
  "ImportReport.invalid": { query: importSources("lastReport { invalid { record } }"), allowed: promoters },
  "ImportReport.error": { query: importSources("lastReport { error }"), allowed: promoters },
  "ImportProblem.record": { query: importSources("lastReport { invalid { record } }"), allowed: promoters },
  "ImportProblem.problems": { query: importSources("lastReport { invalid { problems } }"), allowed: promoters },

  "SignInSession.id": "own",
  "SignInSession.device": "own",
  "SignInSession.createdAt": "own",
  "SignInSession.lastUsedAt": "own",
  "SignInSession.expiresAt": "own",
  "SignInSession.isCurrent": "own",
  "Consent.purpose": "own",
  "Consent.title": "own",
  "Consent.wording": "own",
  "Consent.isGranted": "own",
  "Consent.recordedAt": "own",
  "Consent.isWordingChanged": "own",
  "SecondFactorStatus.isEnrolled": "own",
  "SecondFactorStatus.isVerifiedThisSession": "own",
  "SecondFactorStatus.isRequired": "own",
  "TotpEnrolment.secret": "own",
  "TotpEnrolment.uri": "own",

  "Mutation.signUp": "own",
  "Mutation.signIn": "own",
  "Mutation.signOut": "own",
  "Mutation.signOutEverywhere": "own",
  "Mutation.endSession": "own",
  "Mutation.changePassword": "own",
  // Re-authentication and changing one's own sign-in details: the viewer's own account only.
  "Mutation.reauthenticate": "own",
  "Mutation.changeEmail": "own",
  "Mutation.changeMobile": "own",
  "Mutation.startTotpEnrolment": "own",
  "Mutation.confirmTotpEnrolment": "own",
  "Mutation.verifySecondFactor": "own",
  // With the admin's own password: a reset needs a fresh re-authentication.
  "Mutation.resetSecondFactor": {
    query: `mutation($org: ID!, $subject: ID!) {
      resetSecondFactor(organisationId: $org, personId: $subject, currentPassword: "${defaultPassword}") }`,
    allowed: ["admin"],
  },
  "Mutation.setConsent": "own",
  "Mutation.eraseMyAccount": "own",
  "Mutation.suggestListingChange": "public",
  "Mutation.setGoing": "own",
  "Mutation.addImportSource": {
    query: `mutation($org: ID!) { addImportSource(organisationId: $org,
      input: { name: "Probe feed", format: MEETING_GUIDE, defaultKind: ALCOHOLICS_ANONYMOUS }) { id } }`,
    allowed: promoters,
  },
  "Mutation.runImport": {
    query: `mutation($source: ID!) { runImport(sourceId: $source, feed: "[]") { records } }`,
    allowed: promoters,
  },
  "Mutation.checkIn": "own",
  "Mutation.markNotificationsRead": "own",
  "Mutation.openCheckIn": { query: checkInCode("code"), allowed: promoters },
  "Mutation.moderateSuggestion": {
    query: `mutation($suggestion: ID!) { moderateSuggestion(id: $suggestion, decision: REJECT) { id } }`,
    allowed: promoters,
  },
  "Mutation.createGathering": {
    query: `mutation($org: ID!) { createGathering(organisationId: $org, input: ${listingInput}) { id } }`,
    allowed: promoters,
  },
  "Mutation.updateGathering": {
    query: `mutation($gathering: ID!) { updateGathering(id: $gathering, input: ${listingInput}) { id } }`,
    allowed: promoters,
  },
  "Mutation.changeListingStatus": {
    query: "mutation($gathering: ID!) { changeListingStatus(id: $gathering, change: CONFIRM) { id } }",
    allowed: promoters,
  },
  "Mutation.changeOccurrence": {
    query: `mutation($gathering: ID!) {
      changeOccurrence(id: $gathering, input: { occurrenceOn: "2026-12-07", change: CANCEL }) { id } }`,
    allowed: promoters,
  },

  "Notification.id": "own",
  "Notification.kind": "own",
  "Notification.message": "own",
  "Notification.link": "own",
  "Notification.createdAt": "own",
  "Notification.isRead": "own",
  ...volunteeringAccessRules,
  ...mentoringAccessRules,
  ...journeyAccessRules,
  // Reminders: a person's own settings and messages only.
  ...remindersAccessRules,
  // Retention: an organisation's period for closed mentoring cases, staff read, admins change.
  ...retentionAccessRules,
  ...accountMessagesAccessRules,
  // Keeping in touch: a match's quiet-spell history for its mentor and staff; thresholds staff read, admins change.
  ...disengagementAccessRules,
  ...plannedContactsAccessRules,
};
