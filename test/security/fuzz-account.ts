// Mutation fuzz of accounts: signing up and in, sessions, consent, second factor,
// re-authentication, one's own email and mobile, one-time codes (sign-up, forgotten
// password, a new address) and erasure (see fuzz-values.ts).
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { defaultPassword } from "../support/factories";
import { anyBoolean, anyId, anyInput, anyString, anything, type FuzzFeature, text } from "./fuzz-values";

const purpose = fc.oneof(fc.constantFrom("REMINDERS_BY_SMS", "SHARE_JOURNEY_WITH_MENTOR"), text, anything);
// The signed-in person's real password now and then, so re-authenticated changes succeed too.
const password = fc.oneof(fc.constantFrom(defaultPassword, "", null), text, anything);
const contactDetail = fc.oneof(
  fc.constantFrom("fuzz.new@example.test", " FUZZ.Upper@Example.TEST ", "", "07700 900456", "+447700900457"),
  text,
  anything,
);

const code = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.constantFrom("", "12 34 56", "1234567"), text, anything);

export const accountFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($input: SignUpInput!) { signUp(input: $input) { verificationId sentTo } }",
      variables: { input: anyInput },
    },
    // One-time codes (ADR 020): ids and codes of every shape, a real-looking code now and then.
    {
      document: "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id } }",
      variables: { v: anyId, c: code },
    },
    {
      document: "mutation($i: String!) { requestPasswordReset(identifier: $i) { verificationId sentTo } }",
      variables: { i: contactDetail },
    },
    {
      document: "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }",
      variables: { input: fc.oneof(fc.record({ verificationId: anyId, code, newPassword: password }), anyInput) },
    },
    {
      document: "mutation($v: ID!, $c: String!) { confirmContactChange(verificationId: $v, code: $c) { id } }",
      variables: { v: anyId, c: code },
    },
    { document: "mutation($input: SignInInput!) { signIn(input: $input) { id } }", variables: { input: anyInput } },
    {
      document: "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }",
      variables: { input: anyInput },
    },
    { document: "mutation($id: ID!) { endSession(id: $id) }", variables: { id: anyId } },
    {
      document: "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }",
      variables: { p: purpose, g: anyBoolean },
    },
    { document: "mutation($c: String!) { verifySecondFactor(code: $c) }", variables: { c: anyString } },
    { document: "mutation($c: String!) { confirmTotpEnrolment(code: $c) }", variables: { c: anyString } },
    {
      document: "mutation($p: String) { startTotpEnrolment(currentPassword: $p) { secret } }",
      variables: { p: password },
    },
    {
      document:
        "mutation($o: ID!, $p: ID!, $c: String) { resetSecondFactor(organisationId: $o, personId: $p, currentPassword: $c) }",
      variables: { o: anyId, p: anyId, c: password },
    },
    // Re-authentication and the signed-in person's own email and mobile (the right password sometimes).
    { document: "mutation($p: String!) { reauthenticate(password: $p) }", variables: { p: password } },
    {
      document:
        "mutation($e: String!, $p: String) { changeEmail(newEmail: $e, currentPassword: $p) { verificationId person { id } } }",
      variables: { e: contactDetail, p: password },
    },
    {
      document:
        "mutation($m: String!, $p: String) { changeMobile(newMobile: $m, currentPassword: $p) { verificationId person { id } } }",
      variables: { m: contactDetail, p: password },
    },
    { document: "mutation($p: String!) { eraseMyAccount(password: $p) }", variables: { p: anyString } },
  ],
  async checkDatabase(db) {
    // A person row is never stored without what it needs to sign in.
    const [incomplete] = await db.all<{ n: number }>(
      sql`select count(*) as n from people where password_hash = '' or (email is null and mobile is null)`,
    );
    expect(incomplete?.n).toBe(0);
    // Codes are kept only as keyed hashes, and messages only sealed: nothing readable at rest.
    const [readable] = await db.all<{ n: number }>(
      sql`select count(*) as n from account_verifications where code_hash glob '[0-9][0-9][0-9][0-9][0-9][0-9]'
          or payload not like 'v1.%'`,
    );
    expect(readable?.n).toBe(0);
    const [unsealed] = await db.all<{ n: number }>(
      sql`select count(*) as n from account_messages where sealed not like 'v1.%'`,
    );
    expect(unsealed?.n).toBe(0);
  },
};
