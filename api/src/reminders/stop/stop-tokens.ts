// Stop links: `/stop/<token>` in every message. The token is 16 characters from
// the session alphabet (80 random bits), short enough for a text message; only
// its SHA-256 is stored, so a copy of the database holds no working link.
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hashSecret, randomSecret } from "../../auth/token";

const tokenLength = 16;
// A stop link should work for as long as anyone might keep the message.
const lifetimeMs = 366 * 24 * 60 * 60 * 1000;

export const stopPath = (token: string) => `/stop/${token}`;

/** A new token for one message, and the INSERT that makes it work. */
export function issueStopToken(
  db: Database,
  { personId, messageId, now }: { personId: string; messageId: string; now: Date },
) {
  const token = randomSecret(tokenLength);
  const statement = db.insert(schema.reminderStopTokens).values({
    tokenHash: hashSecret(token),
    personId,
    messageId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
  });
  return { token, statement };
}

/** The token's row if it is one of ours and has not expired. Anything malformed never reaches the database. */
export async function findStopToken(db: Database, token: string, now: Date) {
  if (!/^[a-z2-9]{16}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(schema.reminderStopTokens)
    .where(eq(schema.reminderStopTokens.tokenHash, hashSecret(token)));
  return row && row.expiresAt.getTime() > now.getTime() ? row : null;
}
