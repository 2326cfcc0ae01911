// Operations for the second factor: an authenticator app that staff use to
// prove it's them before they see other people's personal information.
import { graphql } from "./graphql";

export const MySecondFactorQuery = graphql(`
  query MySecondFactor { mySecondFactor { isEnrolled isVerifiedThisSession isRequired } }
`);

export const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment { startTotpEnrolment { secret uri } }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) { confirmTotpEnrolment(code: $code) }
`);

export const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($code: String!) { verifySecondFactor(code: $code) }
`);
