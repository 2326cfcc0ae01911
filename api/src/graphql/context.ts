// Per-request context: the database, who is asking (loaded once), and the
// cookies a mutation wants to set on the response.
import type { Database } from "@kinship/db";
import type { Role } from "@kinship/db/schema";
import type { AccountMessageSender } from "../accounts/messages/account-message-sender";
import { type ValidSession, validateSessionToken } from "../auth/sessions";
import type { FieldCipher } from "../crypto/field-cipher";
import type { DirectorySettings } from "../directory/settings";

export interface Viewer {
  personId: string;
  session: ValidSession;
  /** The viewer's role in each organisation they belong to, by organisation id. */
  roles: ReadonlyMap<string, Role>;
}

export interface ClientInfo {
  /** The client's network address as the platform reports it; never read from a spoofable header. */
  address: string;
  userAgent: string | undefined;
  isSecure: boolean;
}

export interface Context {
  db: Database;
  cipher: FieldCipher;
  directory: DirectorySettings;
  viewer: Viewer | null;
  // Not named `request`: Yoga puts the Fetch Request object in the context under
  // that name and would overwrite it.
  client: ClientInfo;
  /** Set-Cookie header values to add to the response. */
  responseCookies: string[];
  /** Asks for queued account messages (codes) to be sent once the answer is ready (ADR 020). */
  accountMessages: AccountMessageSender;
  now: () => Date;
  /** Web push's public VAPID key; unset when the service has none (then notifications are not offered). */
  vapidPublicKey?: string | null;
}

export async function loadViewer(db: Database, token: string | null, now: Date): Promise<Viewer | null> {
  if (!token) return null;
  const session = await validateSessionToken(db, token, now);
  if (!session) return null;
  const memberships = await db.query.memberships.findMany({
    columns: { organisationId: true, role: true },
    where: { personId: session.personId },
  });
  return {
    personId: session.personId,
    session,
    roles: new Map(memberships.map((m) => [m.organisationId, m.role])),
  };
}

export const staffRoles: readonly Role[] = ["coordinator", "admin"];
