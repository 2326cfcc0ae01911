// Operations for volunteering hours: a person's own log, totals and milestones,
// and an organisation's queue and totals for its coordinators.
import { graphql } from "./graphql";

export const VolunteeringEntryFields = graphql(`
  fragment VolunteeringEntryFields on VolunteeringEntry @_unmask {
    id activity workedOn minutes description status declineReason decidedAt isFromSupportSession
    organisation { id name }
  }
`);

export const MyVolunteeringHoursQuery = graphql(
  `query MyVolunteeringHours {
    me { id memberships { id organisation { id name } } }
    myVolunteeringHours {
      entries { ...VolunteeringEntryFields }
      approvedMinutes pendingMinutes
      byActivity { activity approvedMinutes pendingMinutes }
      byOrganisation { organisation { id name } approvedMinutes pendingMinutes }
      milestones { hours reachedAt }
      nextMilestone { hours minutesToGo }
    }
  }`,
  [VolunteeringEntryFields],
);

export const LogVolunteeringHoursMutation = graphql(
  `mutation LogVolunteeringHours($organisationId: ID!, $input: HoursInput!) {
    logVolunteeringHours(organisationId: $organisationId, input: $input) { ...VolunteeringEntryFields }
  }`,
  [VolunteeringEntryFields],
);

export const UpdatePendingHoursMutation = graphql(
  `mutation UpdatePendingHours($id: ID!, $input: HoursInput!) {
    updatePendingHours(id: $id, input: $input) { ...VolunteeringEntryFields }
  }`,
  [VolunteeringEntryFields],
);

export const OrganisationHoursQuery = graphql(`
  query OrganisationHours($organisationId: ID!, $status: HoursStatus) {
    organisationHours(organisationId: $organisationId, status: $status) {
      id personName isYours activity workedOn minutes description status
    }
  }
`);

export const HoursTotalsQuery = graphql(`
  query HoursTotals($organisationId: ID!, $from: String, $to: String) {
    hoursTotals(organisationId: $organisationId, from: $from, to: $to) {
      from to approvedMinutes pendingMinutes
      byPerson { personName approvedMinutes entryCount }
      byActivity { activity approvedMinutes }
      byMonth { month approvedMinutes }
    }
  }
`);

export const DecideHoursMutation = graphql(`
  mutation DecideHours($ids: [ID!]!, $decision: HoursDecision!, $reason: String) {
    decideHours(ids: $ids, decision: $decision, reason: $reason) { id status }
  }
`);
