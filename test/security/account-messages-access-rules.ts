// Who may read each field of one-time codes (ADR 020): what sign-up, a forgotten
// password and a new email or mobile answer with. Each is returned only to the
// request that started it, and says nothing about anyone else (the same answer
// whether or not an address has an account), so every field is "own".
import type { Rule } from "./access-viewers";

export const accountMessagesAccessRules: Record<string, Rule> = {
  "VerificationStarted.verificationId": "own",
  "VerificationStarted.sentTo": "own",
  "ContactChange.verificationId": "own",
  "ContactChange.sentTo": "own",
  "ContactChange.person": "own",
  "Mutation.confirmSignUp": "own",
  "Mutation.requestPasswordReset": "own",
  "Mutation.resetPassword": "own",
  "Mutation.confirmContactChange": "own",
};
