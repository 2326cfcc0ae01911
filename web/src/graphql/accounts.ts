// Operations for accounts: who is signed in, signing in and out, sessions.
import { graphql } from "./graphql";

// Unmasked so every operation that returns the viewer hands back the same shape.
export const ViewerFields = graphql(`
  fragment ViewerFields on Person @_unmask {
    id
    displayName
    email
    mobile
    memberships {
      id
      role
      organisation { name slug kind town }
    }
  }
`);

export const MeQuery = graphql(`query Me { me { ...ViewerFields } }`, [ViewerFields]);

// Signing up sends a code; confirming it creates the account and signs in (ADR 020).
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { verificationId sentTo } }
`);

export const ConfirmSignUpMutation = graphql(
  `mutation ConfirmSignUp($verificationId: ID!, $code: String!) {
    confirmSignUp(verificationId: $verificationId, code: $code) { ...ViewerFields }
  }`,
  [ViewerFields],
);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($identifier: String!) {
    requestPasswordReset(identifier: $identifier) { verificationId sentTo }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }
`);

export const SignInMutation = graphql(
  `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ...ViewerFields } }`,
  [ViewerFields],
);

export const SignOutMutation = graphql(`mutation SignOut { signOut }`);
export const SignOutEverywhereMutation = graphql(`mutation SignOutEverywhere { signOutEverywhere }`);
export const EndSessionMutation = graphql(`mutation EndSession($id: ID!) { endSession(id: $id) }`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }
`);

export const MySessionsQuery = graphql(`
  query MySessions { mySessions { id device createdAt lastUsedAt isCurrent } }
`);
