// The words of every account message (ADR 020). Discreet by default, like
// reminders: a code or a notice shows on a lock screen, so it names neither
// Kinship nor anything about why someone uses it. A person who chose messages
// that name the service (reminder settings) gets the named words instead; a
// sign-up has no person yet, so its code is always discreet. A code is only ever
// asked for seconds before it arrives, so the person knows where it is from.
import type { VerificationPurpose } from "@kinship/db/schema";

export interface AccountMessageText {
  /** Email only. */
  subject: string;
  body: string;
}

const service = (mayName: boolean) => (mayName ? "Kinship " : "");

const codeReason: Record<VerificationPurpose, string> = {
  sign_up: "to finish creating your account",
  password_reset: "to choose a new password",
  contact_change: "to confirm this is your new address for signing in",
};

export const accountMessageTexts = {
  code: ({ code, purpose, mayName }: { code: string; purpose: VerificationPurpose; mayName: boolean }) => ({
    subject: `Your ${service(mayName)}code`,
    body:
      `Your ${service(mayName)}code is ${code}. Use it ${codeReason[purpose]}. It works for 15 minutes. ` +
      "Don't share it with anyone. If you didn't ask for it, you can ignore this message.",
  }),
  addressAlreadyUsed: ({ channel, mayName }: { channel: "email" | "mobile"; mayName: boolean }) => ({
    subject: `Someone tried to create a ${service(mayName)}account`,
    body:
      `Someone tried to create a ${service(mayName)}account with this ${channel === "email" ? "email address" : "number"}, ` +
      "but you already have one. If it was you, sign in, or reset your password if you've forgotten it. " +
      "If it wasn't you, you can ignore this message.",
  }),
  passwordChanged: ({ mayName }: { mayName: boolean }) => ({
    subject: `Your ${service(mayName)}password was changed`,
    body:
      `Your ${service(mayName)}password was changed and every device was signed out. ` +
      "If this wasn't you, reset your password straight away and tell the people who support you.",
  }),
  contactChanged: ({ channel, mayName }: { channel: "email" | "mobile"; mayName: boolean }) => ({
    subject: `Your ${service(mayName)}sign-in details were changed`,
    body:
      `The ${channel === "email" ? "email address" : "mobile number"} you sign in to your ${service(mayName)}account with ` +
      "was changed, so messages now go to the new one. If this wasn't you, tell the people who support you straight away.",
  }),
} satisfies Record<string, (args: never) => AccountMessageText>;
