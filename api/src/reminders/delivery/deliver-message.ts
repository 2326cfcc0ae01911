// Sending one claimed message and recording what happened. Every write is
// conditional on this worker still holding the lease, and a message that may
// already have reached the provider (its last worker died, or the answer was
// lost) is looked up by reference before it is sent again: towards Notify, each
// message arrives once.
import { type Database, schema } from "@kinship/db";
import type { ChannelAdapter, ChannelAdapters, SendResult } from "../channels/channel-adapter";
import { issueStopToken, stopPath } from "../stop/stop-tokens";
import { maxAttempts, retryDelayMs } from "./backoff";
import type { Recipient } from "./batch-context";
import { type ClaimedMessage, heldBy } from "./claim-due-messages";
import { composeMessage } from "./compose-message";
import { planDelivery } from "./delivery-plan";

export interface WorkerDeps {
  db: Database;
  adapters: ChannelAdapters;
  now: () => Date;
  /** e.g. https://kinship.example.org: where stop links point. */
  origin: string;
  workerId: string;
  sleep?: (milliseconds: number) => Promise<void>;
  random?: () => number;
  log?: (line: string) => void;
  /** How long to wait for the provider's rate limit before putting a message back. */
  maxRateWaitMs?: number;
}

export type DeliveryOutcome = "sent" | "retrying" | "failed" | "skipped" | "later" | "released";

// A send must finish well inside the lease, so no other worker takes a message mid-send.
const sendBudgetMs = 30_000;
const realSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

type MessageUpdate = Partial<typeof schema.reminderMessages.$inferInsert>;

export async function deliverMessage(
  deps: WorkerDeps,
  message: ClaimedMessage,
  recipient: Recipient | undefined,
): Promise<DeliveryOutcome> {
  const { db, workerId } = deps;
  const now = deps.now();
  const record = (values: MessageUpdate) =>
    db
      .update(schema.reminderMessages)
      .set({ leaseOwner: null, leaseUntil: null, updatedAt: now, ...values })
      .where(heldBy(message.id, workerId));
  const putBack = (at: Date) => record({ status: "pending", nextAttemptAt: at });

  const plan = planDelivery(message, recipient, now);
  if (plan.action === "skip") {
    await record({ status: "skipped", lastError: plan.reason });
    return "skipped";
  }
  if (plan.action === "later") {
    await putBack(plan.at);
    return "later";
  }
  const adapter = deps.adapters[message.channel]!;
  if ((message.leaseUntil?.getTime() ?? 0) - now.getTime() < sendBudgetMs) {
    await putBack(message.nextAttemptAt);
    return "released";
  }
  // Found by reference, the send that reached the provider was an attempt nobody recorded: count it too.
  const markSent = (providerId: string, deliveryStatus: string | null) =>
    record({
      status: "sent",
      attempts: message.attempts + 1,
      provider: adapter.provider,
      providerId,
      deliveryStatus,
      deliveryCheckedAt: now,
      sentAt: now,
      isUncertain: false,
      lastError: null,
    });

  if (message.isUncertain && adapter.findByReference) {
    const found = await adapter.findByReference(message.id, message.channel).then(
      (result) => ({ result }),
      () => null,
    );
    // Unable to ask: sending blind could send twice, so wait and ask again.
    if (!found)
      return retry(deps, message, record, { outcome: "retryable", error: "lookup_failed", mayHaveBeenSent: true });
    if (found.result) {
      await markSent(found.result.providerId, found.result.deliveryStatus);
      recipient?.sentToday.add(message.dedupeKey);
      return "sent";
    }
  }

  const wait = await waitForRateLimit(deps, adapter);
  if (wait > 0) {
    await putBack(new Date(now.getTime() + wait));
    return "released";
  }
  const mayName = recipient!.preferences.mayNameService;
  const { token, statement } = issueStopToken(db, { personId: message.personId, messageId: message.id, now });
  await statement;
  const outgoing = composeMessage(message, plan.to, `${deps.origin}${stopPath(token)}`, mayName);
  const result = await adapter.send(outgoing);
  if (result.outcome === "sent") {
    await markSent(result.providerId, result.deliveryStatus);
    recipient!.sentToday.add(message.dedupeKey);
    return "sent";
  }
  if (result.outcome === "retryable") {
    if (result.retryAfterSeconds || result.error.includes(":429:")) {
      adapter.limiter.pause((result.retryAfterSeconds ?? 10) * 1000);
    }
    return retry(deps, message, record, result);
  }
  deps.log?.(`Reminder ${message.id} could not be sent (${result.error}); not trying again.`);
  await record({ status: "failed", attempts: message.attempts + 1, lastError: result.error });
  return "failed";
}

async function retry(
  deps: WorkerDeps,
  message: ClaimedMessage,
  record: (values: MessageUpdate) => Promise<unknown>,
  result: Extract<SendResult, { outcome: "retryable" }>,
): Promise<DeliveryOutcome> {
  const attempts = message.attempts + 1;
  const isUncertain = message.isUncertain || result.mayHaveBeenSent;
  if (attempts >= maxAttempts) {
    deps.log?.(`Reminder ${message.id} failed ${attempts} times (${result.error}); giving up.`);
    await record({ status: "failed", attempts, lastError: result.error, isUncertain });
    return "failed";
  }
  const delay = retryDelayMs(attempts, result.retryAfterSeconds, deps.random);
  const nextAttemptAt = new Date(deps.now().getTime() + delay);
  await record({ status: "pending", attempts, nextAttemptAt, lastError: result.error, isUncertain });
  return "retrying";
}

/** 0 when a token was taken; otherwise how long the limiter wants (too long to wait here). */
async function waitForRateLimit(deps: WorkerDeps, adapter: ChannelAdapter) {
  const sleep = deps.sleep ?? realSleep;
  const maxWait = deps.maxRateWaitMs ?? 2_000;
  for (;;) {
    const wait = adapter.limiter.tryTake();
    if (wait === 0) return 0;
    if (wait > maxWait) return wait;
    await sleep(wait);
  }
}
