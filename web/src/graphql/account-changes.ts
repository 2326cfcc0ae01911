// Operations for changing how a person signs in: a new email or mobile, or a new
// authenticator app. Each needs the password again (see the API's re-authentication.ts).
import { ViewerFields } from "./accounts";
import { graphql } from "./graphql";

export const ChangeEmailMutation = graphql(
  `mutation ChangeEmail($newEmail: String!, $currentPassword: String) {
    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) { ...ViewerFields }
  }`,
  [ViewerFields],
);

export const ChangeMobileMutation = graphql(
  `mutation ChangeMobile($newMobile: String!, $currentPassword: String) {
    changeMobile(newMobile: $newMobile, currentPassword: $currentPassword) { ...ViewerFields }
  }`,
  [ViewerFields],
);

export const ReplaceTotpMutation = graphql(`
  mutation ReplaceTotp($currentPassword: String!) { startTotpEnrolment(currentPassword: $currentPassword) { secret uri } }
`);
