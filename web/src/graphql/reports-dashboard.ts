// Operations for the service dashboard: an organisation's activity by month, the
// anonymous journey figures and the people who have gone quiet, for its staff.
import { graphql } from "./graphql";

export const ServiceDashboardQuery = graphql(`
  query ServiceDashboard($organisationId: ID!, $from: String!, $to: String!) {
    serviceDashboard(organisationId: $organisationId, from: $from, to: $to) {
      from to today
      months {
        month activeMatches newMatches sessionsHeld supportMinutes
        verifiedVolunteeringMinutes pendingVolunteeringMinutes attendance
      }
      recoveryCapital { peopleCounted improved same worse meanChange }
      goalCompletion { peopleCounted goalsSet goalsAchieved stepsDone }
      networkGrowth {
        peopleCounted supportiveGrew supportiveDidNotGrow meanRecoveryCommunityAtStart meanRecoveryCommunityAtEnd
      }
      goneQuiet {
        total
        people { personId displayName reason lastActivity lastActivityOn lastActivityPlace matchId mentorName daysQuiet }
      }
    }
  }
`);
