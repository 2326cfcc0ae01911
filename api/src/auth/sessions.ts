// Sign-in sessions following Lucia's design: revocable rows, hashed secrets,
// sliding expiry. Everything here takes `now` so tests can move the clock.
import { type Database, schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { constantTimeEqual, hashSecret, randomSecret, splitToken } from "./token";

const day = 24 * 60 * 60 * 1000;
// A session lives 30 days from its last use; it is extended once it is half spent,
// so an active person stays signed in without a write on every request.
export const sessionLifetimeMs = 30 * day;
const refreshWhenRemainingMs = 15 * day;
// However active, a session ends 90 days after sign-in (an absolute timeout), so a
// phone that is passed on or stolen does not stay signed in for ever.
export const absoluteLifetimeMs = 90 * day;
// A proven second factor lasts a working day: staff confirm it again the next
// day even on a session that stays signed in.
export const secondFactorLifetimeMs = 12 * 60 * 60 * 1000;

export const hasCurrentSecondFactor = (session: { secondFactorAt: Date | null }, now: Date) =>
  session.secondFactorAt !== null && now.getTime() - session.secondFactorAt.getTime() < secondFactorLifetimeMs;

export interface ValidSession {
  id: string;
  personId: string;
  expiresAt: Date;
  isRefreshed: boolean;
  /** When this session proved a second factor, if it has. */
  secondFactorAt: Date | null;
}

export async function createSession(db: Database, personId: string, device: string, now = new Date()) {
  const id = randomSecret();
  const secret = randomSecret();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db.insert(schema.sessions).values({
    id,
    personId,
    secretHash: hashSecret(secret),
    device,
    createdAt: now,
    lastUsedAt: now,
    expiresAt,
  });
  return { token: `${id}.${secret}`, id, expiresAt };
}

export async function validateSessionToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<ValidSession | null> {
  const parts = splitToken(token);
  if (!parts) return null;
  const row = await db.query.sessions.findFirst({
    where: { id: parts.id },
    with: { person: { columns: { disabledAt: true } } },
  });
  if (!row || !constantTimeEqual(hashSecret(parts.secret), row.secretHash)) return null;
  const isPastAbsoluteLimit = now.getTime() - row.createdAt.getTime() >= absoluteLifetimeMs;
  if (row.expiresAt.getTime() <= now.getTime() || isPastAbsoluteLimit || row.person.disabledAt) {
    await db.delete(schema.sessions).where(eq(schema.sessions.id, row.id));
    return null;
  }
  if (row.expiresAt.getTime() - now.getTime() < refreshWhenRemainingMs) {
    const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    await db.update(schema.sessions).set({ expiresAt, lastUsedAt: now }).where(eq(schema.sessions.id, row.id));
    return { ...sessionOf(row), expiresAt, isRefreshed: true };
  }
  return { ...sessionOf(row), isRefreshed: false };
}

const sessionOf = (row: { id: string; personId: string; expiresAt: Date; secondFactorAt: Date | null }) => ({
  id: row.id,
  personId: row.personId,
  expiresAt: row.expiresAt,
  secondFactorAt: row.secondFactorAt,
});

export async function markSecondFactorVerified(db: Database, sessionId: string, now: Date) {
  await db.update(schema.sessions).set({ secondFactorAt: now }).where(eq(schema.sessions.id, sessionId));
}

export async function revokeSession(db: Database, personId: string, sessionId: string) {
  const removed = await db
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.id, sessionId), eq(schema.sessions.personId, personId)))
    .returning({ id: schema.sessions.id });
  return removed.length > 0;
}

export async function revokeAllSessions(db: Database, personId: string) {
  await db.delete(schema.sessions).where(eq(schema.sessions.personId, personId));
}

export function listActiveSessions(db: Database, personId: string, now = new Date()) {
  return db.query.sessions.findMany({
    columns: { id: true, device: true, createdAt: true, lastUsedAt: true, expiresAt: true },
    where: { personId, expiresAt: { gt: now } },
    orderBy: { lastUsedAt: "desc" },
  });
}
