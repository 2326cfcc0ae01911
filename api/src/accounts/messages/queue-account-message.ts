// Puts an account message in its outbox: an INSERT for the same batch as the
// change that causes it, with the address and the words sealed under the service
// key (a code is a secret until it is used; an address may belong to nobody yet).
import { type Database, newId, schema } from "@kinship/db";
import type { FieldCipher } from "../../crypto/field-cipher";
import type { AccountMessageText } from "./account-message-texts";

export type ContactChannel = "email" | "mobile";

/** Account messages are no use after a day; codes are no use after their own 15 minutes. */
export const accountMessageLifetimeMs = 24 * 60 * 60_000;

export const sealedMessageLocation = (id: string) => ({ table: "account_messages", column: "sealed", rowId: id });

export interface SealedMessage {
  to: string;
  subject: string;
  body: string;
}

export async function queueAccountMessage(
  { db, cipher, now }: { db: Database; cipher: FieldCipher; now: Date },
  message: { personId: string | null; channel: ContactChannel; to: string; text: AccountMessageText; expiresAt?: Date },
) {
  const id = newId();
  const content: SealedMessage = { to: message.to, ...message.text };
  const sealed = await cipher.encrypt(JSON.stringify(content), sealedMessageLocation(id));
  // Wrapped: an async function returning the query itself would run it (a query is a thenable).
  const statement = db.insert(schema.accountMessages).values({
    id,
    channel: message.channel === "email" ? "email" : "sms",
    personId: message.personId,
    sealed,
    nextAttemptAt: now,
    createdAt: now,
    expiresAt: message.expiresAt ?? new Date(now.getTime() + accountMessageLifetimeMs),
  });
  return { statement };
}

/**
 * Whether the person chose messages that name the service (reminder settings).
 * Asked whether or not there is a person, so that an address with an account
 * and one without cost the same work.
 */
export async function mayNameServiceFor(db: Database, personId: string | null) {
  const preferences = await db.query.reminderPreferences.findFirst({
    columns: { mayNameService: true },
    where: { personId: personId ?? "" },
  });
  return preferences?.mayNameService ?? false;
}
