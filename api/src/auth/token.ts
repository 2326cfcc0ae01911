// Session tokens as Lucia's guide designs them: `<id>.<secret>`, each part 120 bits
// from the platform CSPRNG, base32 so they survive any cookie or URL encoding.
import { sha256 } from "@noble/hashes/sha2.js";

const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

export function randomSecret(bytes = 24): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  let out = "";
  // 24 random bytes → 24 characters of 5 bits each = 120 bits.
  for (const byte of random) out += alphabet[byte >> 3];
  return out;
}

/** SHA-256 as lower-case hex: what the database stores in place of a secret. */
export function hashSecret(secret: string): string {
  return Array.from(sha256(new TextEncoder().encode(secret)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Compares in time that depends only on the length, not on where the bytes differ. */
export function constantTimeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === "string") a = new TextEncoder().encode(a);
  if (typeof b === "string") b = new TextEncoder().encode(b);
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function splitToken(token: string): { id: string; secret: string } | null {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { id: parts[0], secret: parts[1] };
}
