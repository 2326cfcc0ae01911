// Operations for recovery-capital check-ins: the form a person is offered, their
// answers, their history (or someone's who shares it with the viewer), and an
// organisation's choice of instrument for its admins and coordinators.
import { graphql } from "./graphql";

export const InstrumentFields = graphql(`
  fragment InstrumentFields on RecoveryInstrument @_unmask {
    id code version name attribution isBuiltIn retiredAt
    items { code domain text isReversed }
    answerOptions { value label }
    bands { fromPercent label meaning }
    suggestedEveryWeeks
  }
`);

export const CheckInFields = graphql(`
  fragment CheckInFields on CheckIn @_unmask {
    id takenOn scorePercent instrumentName
    band { label meaning }
    domains { domain domainWords itemCode itemText answerLabel percent }
    note
  }
`);

export const CheckInFormQuery = graphql(
  `query CheckInForm {
    checkInForm { instrument { ...InstrumentFields } checkInEveryWeeks lastTakenOn nextSuggestedOn today }
  }`,
  [InstrumentFields],
);

export const CompleteCheckInMutation = graphql(
  `mutation CompleteCheckIn($input: CheckInInput!) {
    completeCheckIn(input: $input) {
      checkIn { ...CheckInFields }
      strengths gaps nextSuggestedOn
      changeSinceLast { domain domainWords percentBefore percentNow change }
    }
  }`,
  [CheckInFields],
);

export const CheckInHistoryQuery = graphql(
  `query CheckInHistory($personId: ID) {
    recoveryCheckIns(personId: $personId) {
      instrument { id name attribution }
      checkIns { ...CheckInFields }
      otherCheckIns { id takenOn scorePercent instrumentName band { label } }
      strengths gaps
      changeSinceLast { domain domainWords percentBefore percentNow change }
      checkInEveryWeeks lastTakenOn nextSuggestedOn
    }
  }`,
  [CheckInFields],
);

export const OrganisationInstrumentsQuery = graphql(
  `query OrganisationInstruments($organisationId: ID!) {
    recoveryInstruments(organisationId: $organisationId) { ...InstrumentFields }
    journeySettings(organisationId: $organisationId) { instrument { id name version } checkInEveryWeeks isDefault updatedAt }
  }`,
  [InstrumentFields],
);

export const LoadRecoveryInstrumentMutation = graphql(`
  mutation LoadRecoveryInstrument($organisationId: ID!, $input: RecoveryInstrumentInput!) {
    loadRecoveryInstrument(organisationId: $organisationId, input: $input) { id name version }
  }
`);

export const RetireRecoveryInstrumentMutation = graphql(`
  mutation RetireRecoveryInstrument($id: ID!) { retireRecoveryInstrument(id: $id) { id retiredAt } }
`);

export const SetJourneySettingsMutation = graphql(`
  mutation SetJourneySettings($organisationId: ID!, $instrumentId: ID!, $checkInEveryWeeks: Int!) {
    setJourneySettings(organisationId: $organisationId, instrumentId: $instrumentId, checkInEveryWeeks: $checkInEveryWeeks) {
      instrument { id } checkInEveryWeeks isDefault
    }
  }
`);
