// GraphQL for one-time codes (ADR 020): what sign-up, a forgotten password and a
// new email or mobile answer with, and the mutations that take the code back.
import { z } from "zod";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { ZNewPassword } from "./account-input";
import { confirmContactChange } from "./confirm-contact-change";
import { confirmSignUp } from "./confirm-sign-up";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { Person } from "./types";

export const ContactChannelEnum = enumOfValues("ContactChannel", ["email", "mobile"] as const);

export const VerificationStarted = builder.objectRef<{ verificationId: string; sentTo: "email" | "mobile" }>(
  "VerificationStarted",
);
VerificationStarted.implement({
  description: "A code is on its way. It works for 15 minutes, once, and allows five wrong tries.",
  fields: (t) => ({
    verificationId: t.exposeID("verificationId", { description: "Send it back with the code." }),
    sentTo: t.expose("sentTo", { type: ContactChannelEnum, description: "Where the code went: email or text." }),
  }),
});

/** Six digits; spaces and dashes people copy with them are ignored. */
export const ZCode = z.preprocess(
  (value) => (typeof value === "string" ? value.replace(/[\s-]/g, "") : value),
  z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the message."),
);
const ZVerificationId = z.string().min(1).max(64);

const ResetPasswordInput = builder.inputType("ResetPasswordInput", {
  fields: (t) => ({
    verificationId: t.id({ required: true, validate: ZVerificationId }),
    code: t.string({ required: true, validate: ZCode }),
    newPassword: t.string({ required: true, validate: ZNewPassword }),
  }),
});

builder.mutationFields((t) => ({
  confirmSignUp: t.field({
    type: Person,
    description: "Creates the account with the code sent by `signUp`, and signs in on this device.",
    args: {
      verificationId: t.arg.id({ required: true, validate: ZVerificationId }),
      code: t.arg.string({ required: true, validate: ZCode }),
    },
    resolve: async (_root, { verificationId, code }, ctx) => {
      const id = await confirmSignUp({ ctx, verificationId: String(verificationId), code });
      return (await ctx.db.query.people.findFirst({ where: { id } }))!;
    },
  }),
  requestPasswordReset: t.field({
    type: VerificationStarted,
    description:
      "Forgotten password: sends a code to the email address or mobile number you sign in with, if it has an account. The answer is the same either way.",
    args: {
      identifier: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, "Enter the email address or mobile number you sign in with.").max(254),
      }),
    },
    resolve: (_root, { identifier }, ctx) => requestPasswordReset({ ctx, identifier }),
  }),
  resetPassword: t.boolean({
    description:
      "Sets a new password with the code from `requestPasswordReset`, and signs out every device. Does not sign in.",
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await resetPassword({ ctx, input: { ...input, verificationId: String(input.verificationId) } });
      return true;
    },
  }),
  confirmContactChange: t.field({
    type: Person,
    description:
      "Makes a new email address or mobile number yours, with the code sent to it. Signs out every other device.",
    authScopes: { signedIn: true },
    args: {
      verificationId: t.arg.id({ required: true, validate: ZVerificationId }),
      code: t.arg.string({ required: true, validate: ZCode }),
    },
    resolve: async (_root, { verificationId, code }, ctx) => {
      const viewer = requireViewer(ctx);
      await confirmContactChange({ ctx, viewer, verificationId: String(verificationId), code });
      return (await ctx.db.query.people.findFirst({ where: { id: viewer.personId } }))!;
    },
  }),
}));
