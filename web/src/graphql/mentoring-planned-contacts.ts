// Operations for a match's next catch-up (planned contacts) and its
// keeping-in-touch history. Staff operations need a confirmed second factor.
import { graphql } from "./graphql";

export const PlannedContactFields = graphql(`
  fragment PlannedContactFields on PlannedContact @_unmask { id kind contactMode startsAt }
`);

/** What the person being mentored sees: read-only. */
export const NextContactQuery = graphql(
  `query NextContact($matchId: ID!) { match(id: $matchId) { id nextContact { ...PlannedContactFields } } }`,
  [PlannedContactFields],
);

/** What the mentor and staff see on the sessions page. */
export const KeepingInTouchQuery = graphql(
  `query KeepingInTouch($matchId: ID!) {
    match(id: $matchId) { id nextContact { ...PlannedContactFields } }
    matchContactHistory(matchId: $matchId) {
      daysQuiet
      lastSessions { heldOn contactMode }
      missedContacts { id plannedOn contactMode }
      signals { id kind daysQuiet at }
    }
  }`,
  [PlannedContactFields],
);

export const PlanContactMutation = graphql(
  `mutation PlanContact($input: PlanContactInput!) { planContact(input: $input) { ...PlannedContactFields } }`,
  [PlannedContactFields],
);

export const CancelPlannedContactMutation = graphql(`
  mutation CancelPlannedContact($id: ID!) { cancelPlannedContact(id: $id) { id } }
`);

export const RecordMissedContactMutation = graphql(`
  mutation RecordMissedContact($matchId: ID!, $input: MissedContactInput!) {
    recordMissedContact(matchId: $matchId, input: $input) { id plannedOn contactMode }
  }
`);
