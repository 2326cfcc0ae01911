// All relations in one place (drizzle relations v2), so the GraphQL layer can
// turn nested queries into a bounded number of SQL statements.
import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
  organisations: {
    memberships: r.many.memberships(),
    gatherings: r.many.gatherings(),
  },
  gatherings: {
    organisation: r.one.organisations({ from: r.gatherings.organisationId, to: r.organisations.id, optional: false }),
    exceptions: r.many.gatheringExceptions(),
  },
  listingSuggestions: {
    organisation: r.one.organisations({
      from: r.listingSuggestions.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
    gathering: r.one.gatherings({ from: r.listingSuggestions.gatheringId, to: r.gatherings.id }),
  },
  gatheringAttendance: {
    gathering: r.one.gatherings({ from: r.gatheringAttendance.gatheringId, to: r.gatherings.id, optional: false }),
    person: r.one.people({ from: r.gatheringAttendance.personId, to: r.people.id, optional: false }),
  },
  gatheringExceptions: {
    gathering: r.one.gatherings({ from: r.gatheringExceptions.gatheringId, to: r.gatherings.id, optional: false }),
  },
  people: {
    memberships: r.many.memberships(),
    sessions: r.many.sessions(),
    totpCredential: r.one.totpCredentials({ from: r.people.id, to: r.totpCredentials.personId }),
    recoveryCodes: r.many.recoveryCodes(),
    consents: r.many.consents(),
    attendance: r.many.gatheringAttendance(),
    mentorProfiles: r.many.mentorProfiles(),
    mentorRequests: r.many.mentorRequests({ from: r.people.id, to: r.mentorRequests.personId }),
    volunteeringHours: r.many.volunteeringHours(),
    roleChanges: r.many.roleChanges({ from: r.people.id, to: r.roleChanges.personId }),
  },
  memberships: {
    person: r.one.people({ from: r.memberships.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({
      from: r.memberships.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
  },
  sessions: {
    person: r.one.people({ from: r.sessions.personId, to: r.people.id, optional: false }),
  },
  totpCredentials: {
    person: r.one.people({ from: r.totpCredentials.personId, to: r.people.id, optional: false }),
  },
  accessAudit: {
    viewer: r.one.people({ from: r.accessAudit.viewerPersonId, to: r.people.id }),
    subject: r.one.people({ from: r.accessAudit.subjectPersonId, to: r.people.id }),
    organisation: r.one.organisations({ from: r.accessAudit.organisationId, to: r.organisations.id }),
  },
  consents: {
    person: r.one.people({ from: r.consents.personId, to: r.people.id, optional: false }),
  },
  recoveryCodes: {
    person: r.one.people({ from: r.recoveryCodes.personId, to: r.people.id, optional: false }),
  },
  mentorProfiles: {
    person: r.one.people({ from: r.mentorProfiles.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({
      from: r.mentorProfiles.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
    vettingRecords: r.many.vettingRecords(),
    supervisionSessions: r.many.supervisionSessions(),
    matches: r.many.mentoringMatches(),
  },
  vettingRecords: {
    profile: r.one.mentorProfiles({ from: r.vettingRecords.mentorProfileId, to: r.mentorProfiles.id, optional: false }),
  },
  supervisionSessions: {
    profile: r.one.mentorProfiles({
      from: r.supervisionSessions.mentorProfileId,
      to: r.mentorProfiles.id,
      optional: false,
    }),
  },
  mentorRequests: {
    person: r.one.people({ from: r.mentorRequests.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({
      from: r.mentorRequests.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
    matches: r.many.mentoringMatches(),
  },
  mentoringMatches: {
    request: r.one.mentorRequests({ from: r.mentoringMatches.requestId, to: r.mentorRequests.id, optional: false }),
    profile: r.one.mentorProfiles({
      from: r.mentoringMatches.mentorProfileId,
      to: r.mentorProfiles.id,
      optional: false,
    }),
    mentor: r.one.people({ from: r.mentoringMatches.mentorPersonId, to: r.people.id, optional: false }),
    mentee: r.one.people({ from: r.mentoringMatches.menteePersonId, to: r.people.id, optional: false }),
    events: r.many.matchEvents(),
    sessions: r.many.supportSessions(),
  },
  matchEvents: {
    match: r.one.mentoringMatches({ from: r.matchEvents.matchId, to: r.mentoringMatches.id, optional: false }),
  },
  supportSessions: {
    match: r.one.mentoringMatches({ from: r.supportSessions.matchId, to: r.mentoringMatches.id, optional: false }),
    followUps: r.many.followUpActions(),
  },
  followUpActions: {
    session: r.one.supportSessions({ from: r.followUpActions.sessionId, to: r.supportSessions.id, optional: false }),
  },
  volunteeringHours: {
    person: r.one.people({ from: r.volunteeringHours.personId, to: r.people.id }),
    organisation: r.one.organisations({
      from: r.volunteeringHours.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
  },
  roleChanges: {
    organisation: r.one.organisations({ from: r.roleChanges.organisationId, to: r.organisations.id, optional: false }),
  },
  notifications: {
    person: r.one.people({ from: r.notifications.personId, to: r.people.id, optional: false }),
  },
  recoveryCheckIns: {
    instrument: r.one.recoveryInstruments({
      from: r.recoveryCheckIns.instrumentId,
      to: r.recoveryInstruments.id,
      optional: false,
    }),
  },
  journeyGoals: {
    steps: r.many.goalSteps(),
  },
  goalSteps: {
    goal: r.one.journeyGoals({ from: r.goalSteps.goalId, to: r.journeyGoals.id, optional: false }),
  },
}));
