// Operations for the directory's signed-in pages: organisers' listings and
// their moderation queue, suggestions from anyone, and members' attendance.
import { graphql } from "./graphql";

export const OrganisationBySlugQuery = graphql(`
  query OrganisationBySlug($slug: String!) { organisation(slug: $slug) { id name slug } }
`);

export const OrganisationChoicesQuery = graphql(`
  query OrganisationChoices { organisations { id name town } }
`);

// What the organiser's list shows for each listing, and what a status change returns.
export const ListingSummaryFields = graphql(`
  fragment ListingSummaryFields on Gathering @_unmask {
    id name kindLabel attendanceModeLabel schedule
    isCancelled isWithdrawn isStale lastConfirmedAt
    place { town }
  }
`);

// Everything the listing form can change, so editing starts from what is stored.
export const ListingFormFields = graphql(`
  fragment ListingFormFields on Gathering @_unmask {
    id name kind description attendanceMode schedule
    startsOn startTime durationMinutes timezone recurrence
    place { venueName address town postcode latitude longitude }
    online { url phone notes }
    accessibility accessibilityNotes
    tags { code label }
    contactEmail contactPhone website
  }
`);

export const OccurrenceFields = graphql(`
  fragment OccurrenceFields on Occurrence @_unmask { originalOn description status note }
`);

export const OrganisationListingsQuery = graphql(
  `query OrganisationListings($organisationId: ID!) {
    organisationGatherings(organisationId: $organisationId) { ...ListingSummaryFields }
  }`,
  [ListingSummaryFields],
);

export const ListingToEditQuery = graphql(
  `query ListingToEdit($organisationId: ID!) {
    organisationGatherings(organisationId: $organisationId) {
      ...ListingFormFields
      occurrences(limit: 8) { ...OccurrenceFields }
    }
  }`,
  [ListingFormFields, OccurrenceFields],
);

export const CreateGatheringMutation = graphql(`
  mutation CreateGathering($organisationId: ID!, $input: GatheringInput!) {
    createGathering(organisationId: $organisationId, input: $input) { id }
  }
`);

export const UpdateGatheringMutation = graphql(`
  mutation UpdateGathering($id: ID!, $input: GatheringInput!) { updateGathering(id: $id, input: $input) { id } }
`);

export const ChangeListingStatusMutation = graphql(
  `mutation ChangeListingStatus($id: ID!, $change: ListingStatusChange!) {
    changeListingStatus(id: $id, change: $change) { ...ListingSummaryFields }
  }`,
  [ListingSummaryFields],
);

export const ChangeOccurrenceMutation = graphql(
  `mutation ChangeOccurrence($id: ID!, $input: OccurrenceChangeInput!) {
    changeOccurrence(id: $id, input: $input) { id occurrences(limit: 8) { ...OccurrenceFields } }
  }`,
  [OccurrenceFields],
);

export const ListingSuggestionsQuery = graphql(`
  query ListingSuggestions($organisationId: ID!) {
    listingSuggestions(organisationId: $organisationId) {
      id isNewListing message isFromSignedInPerson createdAt
      gathering { id name }
      changes { field label current proposed }
    }
  }
`);

export const ModerateSuggestionMutation = graphql(`
  mutation ModerateSuggestion($id: ID!, $decision: ModerationDecision!, $note: String) {
    moderateSuggestion(id: $id, decision: $decision, note: $note) { id status }
  }
`);

// Public: what a listing says now, for someone suggesting a change or saying they're going.
export const PublicGatheringQuery = graphql(
  `query PublicGathering($id: ID!) {
    gathering(id: $id) {
      id name description schedule isCancelled accessibilityNotes contactEmail contactPhone website
      organisation { name slug }
      place { venueName address town postcode }
      online { url phone notes }
      occurrences(limit: 52) { ...OccurrenceFields }
    }
  }`,
  [OccurrenceFields],
);

export const SuggestListingChangeMutation = graphql(`
  mutation SuggestListingChange($input: ListingSuggestionInput!) { suggestListingChange(input: $input) }
`);

export const OpenCheckInMutation = graphql(`
  mutation OpenCheckIn($gatheringId: ID!) { openCheckIn(gatheringId: $gatheringId) { code path occurrenceOn expiresAt } }
`);

// Coordinators only: each read is recorded in the attendees' record history.
export const GatheringAttendeesQuery = graphql(`
  query GatheringAttendees($gatheringId: ID!, $occurrenceOn: String!) {
    gatheringAttendees(gatheringId: $gatheringId, occurrenceOn: $occurrenceOn) { displayName status checkedInAt }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($code: String!) { checkIn(code: $code) { occurrenceOn gathering { id name } } }
`);

export const SetGoingMutation = graphql(`
  mutation SetGoing($gatheringId: ID!, $occurrenceOn: String!, $isGoing: Boolean!) {
    setGoing(gatheringId: $gatheringId, occurrenceOn: $occurrenceOn, isGoing: $isGoing)
  }
`);

export const MyAttendanceQuery = graphql(`
  query MyAttendance {
    myAttendance { occurrenceOn status checkedInAt gathering { id name organisation { name } } }
  }
`);
