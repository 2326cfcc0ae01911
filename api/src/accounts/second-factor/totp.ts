// Time-based one-time passwords (RFC 6238) as authenticator apps expect them:
// SHA-1, 6 digits, 30-second steps. One step either side is accepted for clock
// drift, and a step once used is refused again (no replay).
import { Secret, TOTP } from "otpauth";

const period = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label: string) {
  return new TOTP({
    issuer: "Kinship",
    label,
    algorithm: "SHA1",
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The time-step the code belongs to, or null when it is wrong or already used. */
export function acceptedStep(
  secretBase32: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, "").validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
