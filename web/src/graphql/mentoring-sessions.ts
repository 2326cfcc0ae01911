// Operations for support sessions, safeguarding concerns, follow-ups,
// supervision and caseloads. Staff operations need a confirmed second factor.
import { graphql } from "./graphql";

export const FollowUpFields = graphql(`
  fragment FollowUpFields on FollowUp @_unmask { id description dueOn doneAt isOverdue }
`);

export const SupportSessionFields = graphql(
  `fragment SupportSessionFields on SupportSession @_unmask {
    id heldOn durationMinutes travelMinutes contactMode topics signposting notes
    hasConcern concern concernAcknowledgedAt concernAcknowledgedByName concernResponse
    confirmedByMenteeAt mentorName menteeName
    followUps { ...FollowUpFields }
  }`,
  [FollowUpFields],
);

export const MatchSessionsQuery = graphql(
  `query MatchSessions($matchId: ID!) {
    sessionMatch(matchId: $matchId) { id status mentorName menteeName viewerRole canLogSessions earliestSessionOn }
    matchSessions(matchId: $matchId) { ...SupportSessionFields }
  }`,
  [SupportSessionFields],
);

export const LogSupportSessionMutation = graphql(
  `mutation LogSupportSession($matchId: ID!, $input: SupportSessionInput!) {
    logSupportSession(matchId: $matchId, input: $input) { ...SupportSessionFields }
  }`,
  [SupportSessionFields],
);

export const ConfirmSupportSessionMutation = graphql(`
  mutation ConfirmSupportSession($id: ID!) { confirmSupportSession(id: $id) { id confirmedByMenteeAt } }
`);

export const CompleteFollowUpMutation = graphql(
  `mutation CompleteFollowUp($id: ID!) { completeFollowUp(id: $id) { ...FollowUpFields } }`,
  [FollowUpFields],
);

export const OpenConcernsQuery = graphql(`
  query OpenConcerns($organisationId: ID!) {
    openConcerns(organisationId: $organisationId) {
      raisedAt waitingMinutes
      session { id matchId heldOn contactMode concern mentorName menteeName }
    }
  }
`);

export const AcknowledgeConcernMutation = graphql(`
  mutation AcknowledgeConcern($sessionId: ID!, $response: String!) {
    acknowledgeConcern(sessionId: $sessionId, response: $response) { id concernAcknowledgedAt concernResponse }
  }
`);

export const MentorCaseloadsQuery = graphql(`
  query MentorCaseloads($organisationId: ID!) {
    mentorCaseloads(organisationId: $organisationId) {
      mentorProfileId displayName capacity isTakingBreak activeCount pausedCount proposedCount
      overdueFollowUps openConcerns lastSupervisionOn supervisionDueOn isSupervisionOverdue sessionsLast30Days
    }
  }
`);

export const SupervisionFields = graphql(`
  fragment SupervisionFields on SupervisionSession @_unmask { id heldOn durationMinutes notes supervisorName }
`);

export const SupervisionSessionsQuery = graphql(
  `query SupervisionSessions($mentorProfileId: ID!) {
    supervisionSessions(mentorProfileId: $mentorProfileId) { ...SupervisionFields }
    mentorCaseload(mentorProfileId: $mentorProfileId) {
      mentorProfileId displayName lastSupervisionOn supervisionDueOn isSupervisionOverdue
    }
  }`,
  [SupervisionFields],
);

export const LogSupervisionMutation = graphql(
  `mutation LogSupervision($mentorProfileId: ID!, $input: SupervisionInput!) {
    logSupervision(mentorProfileId: $mentorProfileId, input: $input) { ...SupervisionFields }
  }`,
  [SupervisionFields],
);
