// What a person may type when creating or using an account, with messages
// written for someone who may be stressed and on a small screen.
import { parsePhoneNumberWithError } from "libphonenumber-js/min";
import { z } from "zod";
import { isCommonPassword } from "../auth/common-passwords";

export const ZDisplayName = z
  .string()
  .trim()
  .min(1, "Tell us what to call you. A first name or a nickname is fine.")
  .max(60, "Please keep your name to 60 characters or fewer.");

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("That doesn't look like an email address. Check for typos."));

/** UK numbers may be typed in national form (07…); stored in E.164 (+447…). */
export const ZMobile = z
  .string()
  .trim()
  .max(32, "That phone number is too long.")
  .transform((value, ctx) => {
    try {
      const phone = parsePhoneNumberWithError(value, "GB");
      // "Possible" (right length for the country) rather than "valid": a stricter
      // check would turn away real numbers from newly issued ranges.
      if (phone.isPossible()) return phone.number;
    } catch {
      // fall through to the message below
    }
    ctx.addIssue({ code: "custom", message: "That doesn't look like a mobile number. Try 07… or +44…" });
    return z.NEVER;
  });

// OWASP ASVS: at least 8 characters, at least 64 accepted, no composition rules.
export const ZNewPassword = z
  .string()
  .min(8, "Use at least 8 characters. A short phrase you'll remember works well.")
  .max(128, "Please use 128 characters or fewer.")
  .refine((password) => !isCommonPassword(password), {
    message: "That password is one of the most common, so it's easy to guess. Try a short phrase instead.",
  });

/** The `currentPassword` argument of a change that needs a recent re-authentication (re-authentication.ts). */
export const currentPasswordArg = {
  description: "Your password, to prove it's you. Not needed if you re-authenticated in the last 5 minutes.",
  validate: z.string().max(1024, "That password is too long.").nullish(),
};

/** A sign-in identifier: an email address or a mobile number. */
export function parseIdentifier(value: string): { email: string } | { mobile: string } | null {
  const email = ZEmail.safeParse(value);
  if (email.success) return { email: email.data };
  const mobile = ZMobile.safeParse(value);
  if (mobile.success) return { mobile: mobile.data };
  return null;
}
