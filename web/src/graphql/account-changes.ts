// Operations for changing how a person signs in: a new email or mobile (proven
// with a code), or a new authenticator app. Each needs the password again (see
// the API's re-authentication.ts).
import { ViewerFields } from "./accounts";
import { graphql } from "./graphql";

export const ChangeEmailMutation = graphql(
  `mutation ChangeEmail($newEmail: String!, $currentPassword: String) {
    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {
      verificationId
      sentTo
      person { ...ViewerFields }
    }
  }`,
  [ViewerFields],
);

export const ChangeMobileMutation = graphql(
  `mutation ChangeMobile($newMobile: String!, $currentPassword: String) {
    changeMobile(newMobile: $newMobile, currentPassword: $currentPassword) {
      verificationId
      sentTo
      person { ...ViewerFields }
    }
  }`,
  [ViewerFields],
);

// A new email or mobile takes effect with the code sent to it.
export const ConfirmContactChangeMutation = graphql(
  `mutation ConfirmContactChange($verificationId: ID!, $code: String!) {
    confirmContactChange(verificationId: $verificationId, code: $code) { ...ViewerFields }
  }`,
  [ViewerFields],
);

export const ReplaceTotpMutation = graphql(`
  mutation ReplaceTotp($currentPassword: String!) { startTotpEnrolment(currentPassword: $currentPassword) { secret uri } }
`);
