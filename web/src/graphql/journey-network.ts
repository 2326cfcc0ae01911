// Operations for the personal network map: the map, its growth, suggestions from
// the person's own activity, and the changes only they may make.
import { graphql } from "./graphql";

export const ConnectionFields = graphql(`
  fragment ConnectionFields on Connection @_unmask {
    id label kind influence closeness addedOn isRecoveryCommunity
  }
`);

export const NetworkPointFields = graphql(`
  fragment NetworkPointFields on NetworkPoint @_unmask {
    on connectionCount supportiveCount supportiveShare usingCount recoveryCommunityCount
  }
`);

export const MyNetworkQuery = graphql(
  `query MyNetwork {
    networkMap {
      connections { ...ConnectionFields }
      counts { connectionCount supportiveCount neutralCount usingCount recoveryCommunityCount }
    }
    networkGrowth { ...NetworkPointFields }
    networkSuggestions { key label kind reason }
  }`,
  [ConnectionFields, NetworkPointFields],
);

export const NetworkSummaryQuery = graphql(
  `query NetworkSummary($personId: ID) {
    networkMap(personId: $personId) {
      connections { ...ConnectionFields }
      counts { connectionCount supportiveCount neutralCount usingCount recoveryCommunityCount }
    }
    networkGrowth(personId: $personId) { ...NetworkPointFields }
  }`,
  [ConnectionFields, NetworkPointFields],
);

export const AddConnectionMutation = graphql(
  `mutation AddConnection($input: ConnectionInput!) {
    addConnection(input: $input) { ...ConnectionFields }
  }`,
  [ConnectionFields],
);

export const UpdateConnectionMutation = graphql(
  `mutation UpdateConnection($id: ID!, $input: ConnectionInput!) {
    updateConnection(id: $id, input: $input) { ...ConnectionFields }
  }`,
  [ConnectionFields],
);

export const RemoveConnectionMutation = graphql(`
  mutation RemoveConnection($id: ID!) { removeConnection(id: $id) }
`);

export const AcceptSuggestionMutation = graphql(
  `mutation AcceptSuggestion($key: String!, $influence: ConnectionInfluence, $closeness: Int) {
    acceptSuggestion(key: $key, influence: $influence, closeness: $closeness) { ...ConnectionFields }
  }`,
  [ConnectionFields],
);

export const DismissSuggestionMutation = graphql(`
  mutation DismissSuggestion($key: String!) { dismissSuggestion(key: $key) }
`);
