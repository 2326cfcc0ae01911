// One-time codes: six digits from the platform's CSPRNG, kept only as an HMAC
// bound to their verification (a code hash copied to another row is useless),
// keyed from the service's encryption key, so a copy of the database alone does
// not let anyone try the million codes offline. Compared in constant time.
import type { FieldCipher } from "../../crypto/field-cipher";

export const codeLifetimeMs = 15 * 60_000;
export const maxWrongCodes = 5;

// 4,294,000,000 is the largest multiple of a million below 2^32: values at or
// above it are drawn again, so every code is equally likely.
const unbiasedLimit = 4_294_000_000;

export function newCode() {
  const draw = new Uint32Array(1);
  do crypto.getRandomValues(draw);
  while (draw[0]! >= unbiasedLimit);
  return String(draw[0]! % 1_000_000).padStart(6, "0");
}

export const codeHash = (cipher: FieldCipher, verificationId: string, code: string) =>
  cipher.mac(`${verificationId}:${code}`, "account-verification-code");

/** Equal strings, in a time that does not depend on where they differ (every hash has the same length). */
export function isSameSecret(a: string, b: string) {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let i = 0; i < left.length; i++) difference |= left[i]! ^ right[i]!;
  return difference === 0;
}
