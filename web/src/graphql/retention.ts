// Operations for an organisation's retention of closed mentoring cases.
import { graphql } from "./graphql";

const RetentionFields = graphql(`
  fragment RetentionFields on RetentionSettings @_unmask {
    closedCaseMonths isDefault defaultClosedCaseMonths minimumMonths maximumMonths clearedCases lastRunAt
  }
`);

export const RetentionSettingsQuery = graphql(
  `query RetentionSettings($organisationId: ID!) {
    retentionSettings(organisationId: $organisationId) { ...RetentionFields }
  }`,
  [RetentionFields],
);

export const UpdateRetentionSettingsMutation = graphql(
  `mutation UpdateRetentionSettings($organisationId: ID!, $closedCaseMonths: Int!) {
    updateRetentionSettings(organisationId: $organisationId, closedCaseMonths: $closedCaseMonths) { ...RetentionFields }
  }`,
  [RetentionFields],
);
