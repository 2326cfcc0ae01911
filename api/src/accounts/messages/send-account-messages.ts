// The account-message worker: claims due messages under a lease, opens each and
// hands it to the channel's adapter (the same adapters, and so the same provider
// rate limits, as reminders), then deletes it once the provider has it. No quiet
// hours, no daily cap, no opt-in: a person is waiting for the code. A retryable
// failure backs off as reminders do; a permanent one, or a message past its
// expiry, is deleted. Only error codes are logged, never an address or a code.
//
// Unlike reminders there is no look-up by reference after a crash: a code sent
// twice does no harm, so account messages are sent at least once.
import { type Database, schema } from "@kinship/db";
import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { FieldCipher } from "../../crypto/field-cipher";
import type { ChannelAdapters } from "../../reminders/channels/channel-adapter";
import { maxAttempts, retryDelayMs } from "../../reminders/delivery/backoff";
import { type SealedMessage, sealedMessageLocation } from "./queue-account-message";

export interface AccountMessageDeps {
  db: Database;
  cipher: FieldCipher;
  adapters: ChannelAdapters;
  now: () => Date;
  workerId: string;
  log?: (line: string) => void;
  random?: () => number;
}

export interface AccountMessageRun extends Record<string, number> {
  sent: number;
  retrying: number;
  failed: number;
  expired: number;
  waiting: number;
}

const leaseMs = 60_000;
/** Verifications are kept a day past their expiry (so a late answer still gets the same "run out" reply), then go. */
const verificationKeepMs = 24 * 60 * 60_000;

export async function sendAccountMessages(deps: AccountMessageDeps, limit = 20): Promise<AccountMessageRun> {
  const { db } = deps;
  const { accountMessages: messages, accountVerifications: verifications } = schema;
  const now = deps.now();
  const expired = await db.delete(messages).where(lte(messages.expiresAt, now)).returning({ id: messages.id });
  await db.delete(verifications).where(lte(verifications.expiresAt, new Date(now.getTime() - verificationKeepMs)));
  const run: AccountMessageRun = { sent: 0, retrying: 0, failed: 0, expired: expired.length, waiting: 0 };

  const channels = (["sms", "email"] as const).filter((channel) => deps.adapters[channel]);
  if (channels.length === 0) return run;
  const due = db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        lte(messages.nextAttemptAt, now),
        inArray(messages.channel, channels),
        or(isNull(messages.leaseUntil), lte(messages.leaseUntil, now)),
      ),
    )
    .orderBy(messages.nextAttemptAt)
    .limit(limit);
  const claimed = await db
    .update(messages)
    .set({ leaseOwner: deps.workerId, leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(inArray(messages.id, due))
    .returning();

  for (const message of claimed) {
    const held = and(eq(messages.id, message.id), eq(messages.leaseOwner, deps.workerId));
    const adapter = deps.adapters[message.channel]!;
    // The provider's rate limit is shared with reminders; codes wait only briefly, then go back.
    if (adapter.limiter.tryTake() > 0) {
      await db.update(messages).set({ leaseOwner: null, leaseUntil: null }).where(held);
      run.waiting += 1;
      continue;
    }
    const content = JSON.parse(
      await deps.cipher.decrypt(message.sealed, sealedMessageLocation(message.id)),
    ) as SealedMessage;
    const result = await adapter.send({
      reference: message.id,
      personId: message.personId,
      channel: message.channel,
      to: content.to,
      subject: content.subject,
      body: content.body,
    });
    if (result.outcome === "sent") {
      await db.delete(messages).where(held);
      run.sent += 1;
      continue;
    }
    const attempts = message.attempts + 1;
    if (result.outcome === "permanent" || attempts >= maxAttempts) {
      deps.log?.(`Account message ${message.id} could not be sent (${result.error}); not trying again.`);
      await db.delete(messages).where(held);
      run.failed += 1;
      continue;
    }
    if (result.retryAfterSeconds || result.error.includes(":429:")) {
      adapter.limiter.pause((result.retryAfterSeconds ?? 10) * 1000);
    }
    const delay = retryDelayMs(attempts, result.retryAfterSeconds, deps.random);
    await db
      .update(messages)
      .set({
        attempts: sql`${messages.attempts} + 1`,
        nextAttemptAt: new Date(deps.now().getTime() + delay),
        lastError: result.error,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(held);
    run.retrying += 1;
  }
  return run;
}
