// Operations for coordinators' and admins' mentoring pages beyond matching: the
// organisation's mentoring rules and match weights, asking for a mentor on a
// member's behalf, and keeping two people apart. Staff only, with a second factor.
import { graphql } from "./graphql";

export const MentoringSettingsFields = graphql(`
  fragment MentoringSettingsFields on MentoringSettings @_unmask {
    requiredTraining { code name validForMonths }
    isCriminalRecordsCheckRequired criminalRecordsCheckValidMonths referencesRequired
    agreementValidMonths supervisionEveryDays
    weights { sharedExperience pathway needs distance availability caseload }
  }
`);

export const MentoringSettingsQuery = graphql(
  `query MentoringSettings($organisationId: ID!) {
    mentoringSettings(organisationId: $organisationId) { ...MentoringSettingsFields }
  }`,
  [MentoringSettingsFields],
);

export const UpdateMentoringSettingsMutation = graphql(
  `mutation UpdateMentoringSettings($organisationId: ID!, $input: MentoringSettingsInput!) {
    updateMentoringSettings(organisationId: $organisationId, input: $input) { ...MentoringSettingsFields }
  }`,
  [MentoringSettingsFields],
);

// Choosing a member (for asking on their behalf, or keeping two people apart) uses
// MembersForRolesQuery from ./mentoring: every read of it is audited per person.

export const AskForMentorOnBehalfMutation = graphql(`
  mutation AskForMentorOnBehalf($organisationId: ID!, $personId: ID!, $input: MentorRequestInput!, $hasPersonAgreed: Boolean!) {
    askForMentorOnBehalf(organisationId: $organisationId, personId: $personId, input: $input, hasPersonAgreed: $hasPersonAgreed) {
      id displayName isOnBehalf
    }
  }
`);

export const RequestExclusionsQuery = graphql(`
  query RequestExclusions($requestId: ID!) {
    requestExclusions(requestId: $requestId) {
      personId displayName
      exclusions { id otherPersonId otherPersonName reason recordedAt }
    }
  }
`);

export const RecordExclusionMutation = graphql(`
  mutation RecordExclusion($organisationId: ID!, $personId: ID!, $excludedPersonId: ID!, $reason: ExclusionReason!) {
    recordExclusion(organisationId: $organisationId, personId: $personId, excludedPersonId: $excludedPersonId, reason: $reason)
  }
`);
