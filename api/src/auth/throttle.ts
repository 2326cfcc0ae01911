// Throttles failed sign-ins per account and per network address. Each failure
// past a small allowance doubles the wait; a success clears the account's counter.
// Waits are short and capped so an attacker can slow, but never lock out, a real
// person (issue 7 asks that throttling cannot be turned into a lock-out).
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hashSecret } from "./token";

export const throttlePolicy = {
  account: { freeFailures: 5, windowMs: 15 * 60_000, maxBlockMs: 15 * 60_000 },
  address: { freeFailures: 30, windowMs: 15 * 60_000, maxBlockMs: 15 * 60_000 },
  secondFactor: { freeFailures: 5, windowMs: 15 * 60_000, maxBlockMs: 15 * 60_000 },
  // Every sign-up counts here, not only failed ones: it limits account creation per address.
  signUp: { freeFailures: 10, windowMs: 60 * 60_000, maxBlockMs: 60 * 60_000 },
  // Account messages (ADR 020). Every code sent counts against the address it goes to,
  // so nobody can flood someone's phone; every reset asked for counts against the asker's
  // network address; every wrong code counts against it too, on top of the five tries
  // each code allows.
  messageTarget: { freeFailures: 5, windowMs: 60 * 60_000, maxBlockMs: 60 * 60_000 },
  passwordReset: { freeFailures: 10, windowMs: 60 * 60_000, maxBlockMs: 60 * 60_000 },
  wrongCode: { freeFailures: 30, windowMs: 15 * 60_000, maxBlockMs: 15 * 60_000 },
  // Every public suggestion counts: moderators' queues must not be floodable from one address.
  suggestion: { freeFailures: 10, windowMs: 60 * 60_000, maxBlockMs: 60 * 60_000 },
} as const;
export type ThrottleKind = keyof typeof throttlePolicy;

const keyHash = (kind: ThrottleKind, key: string) => hashSecret(`${kind}:${key}`);

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function secondsUntilAllowed(db: Database, kind: ThrottleKind, key: string, now = new Date()) {
  const row = await db.query.signInThrottle.findFirst({ where: { keyHash: keyHash(kind, key) } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return 0;
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailure(db: Database, kind: ThrottleKind, key: string, now = new Date()) {
  const policy = throttlePolicy[kind];
  const hash = keyHash(kind, key);
  const row = await db.query.signInThrottle.findFirst({ where: { keyHash: hash } });
  const isWindowOver = !row || now.getTime() - row.windowStartedAt.getTime() > policy.windowMs;
  const failures = isWindowOver ? 1 : row.failures + 1;
  const windowStartedAt = isWindowOver ? now : row.windowStartedAt;
  const excess = failures - policy.freeFailures;
  const blockedUntil =
    excess > 0 ? new Date(now.getTime() + Math.min(1000 * 2 ** (excess - 1), policy.maxBlockMs)) : null;
  await db
    .insert(schema.signInThrottle)
    .values({ keyHash: hash, failures, windowStartedAt, blockedUntil })
    .onConflictDoUpdate({
      target: schema.signInThrottle.keyHash,
      set: { failures, windowStartedAt, blockedUntil },
    });
}

export async function clearFailures(db: Database, kind: ThrottleKind, key: string) {
  await db.delete(schema.signInThrottle).where(eq(schema.signInThrottle.keyHash, keyHash(kind, key)));
}
