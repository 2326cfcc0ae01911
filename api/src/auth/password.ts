// Password hashing with argon2id at OWASP's recommended minimum (19 MiB, t=2, p=1),
// in portable JavaScript so the same code and the same stored hashes work on Node
// and on Cloudflare Workers (see docs/decisions/003-password-hashing.md).
import { argon2idAsync } from "@noble/hashes/argon2.js";
import { constantTimeEqual } from "./token";

export const argon2Parameters = { m: 19456, t: 2, p: 1 } as const;
const keyLength = 32;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, "");
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Returns a PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const { m, t, p } = argon2Parameters;
  const hash = await argon2idAsync(password, salt, { m, t, p, dkLen: keyLength });
  return `$argon2id$v=19$m=${m},t=${t},p=${p}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/.exec(phc);
  if (!match) return false;
  const [, m, t, p, salt, expected] = match as unknown as [string, string, string, string, string, string];
  const expectedBytes = fromBase64(expected);
  const actual = await argon2idAsync(password, fromBase64(salt), {
    m: Number(m),
    t: Number(t),
    p: Number(p),
    dkLen: expectedBytes.byteLength,
  });
  return constantTimeEqual(actual, expectedBytes);
}

// Verifying against this when an account does not exist makes a failed sign-in
// take the same time whether or not the email is known (no enumeration by timing).
// A fixed hash of a random password that was thrown away: computing one lazily
// would make the first unknown-account sign-in of each process twice as slow.
export const decoyPasswordHash =
  "$argon2id$v=19$m=19456,t=2,p=1$ubsMRauKQ9250Zh/G+uXvQ$8Nu3L9gH06lSCl7viyXiG+Vn6iWVrPPv0QD4NsQNWJc";
