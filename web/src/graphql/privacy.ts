// Operations for a person's privacy: what they agree to, who has looked at
// their record, and deleting their account.
import { graphql } from "./graphql";

export const ConsentFields = graphql(`
  fragment ConsentFields on Consent @_unmask { purpose title wording isGranted recordedAt isWordingChanged }
`);

export const MyConsentsQuery = graphql(`query MyConsents { myConsents { ...ConsentFields } }`, [ConsentFields]);

export const SetConsentMutation = graphql(
  `mutation SetConsent($purpose: ConsentPurpose!, $isGranted: Boolean!) {
    setConsent(purpose: $purpose, isGranted: $isGranted) { ...ConsentFields }
  }`,
  [ConsentFields],
);

export const MyRecordViewsQuery = graphql(`
  query MyRecordViews {
    myRecordViews(first: 50) { id at viewerName viewerRole relationship fields via organisation { name } }
  }
`);

export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($password: String!) { eraseMyAccount(password: $password) }
`);
