// Reminders as notifications, through each browser's push service: RFC 8030 (a
// POST to the subscription's endpoint with TTL, Urgency and Topic), RFC 8291
// (the payload encrypted for that browser, aes128gcm) and RFC 8292 (VAPID: an
// ES256 token naming us). The encryption and signing are @block65/webcrypto-web-push,
// which uses only Web Crypto, so this runs on Node and on Workers alike.
// One message goes to every browser the person turned notifications on in; see
// push/push-outcome.ts for what is recorded when some accept and some do not.
import { buildPushPayload } from "@block65/webcrypto-web-push";
import { type Database, schema } from "@kinship/db";
import { eq, inArray } from "drizzle-orm";
import { TokenBucket } from "../delivery/token-bucket";
import { type BrowserOutcome, browserOutcome, messageOutcome } from "../push/push-outcome";
import { pushPayload, pushTopic, timeToLiveSeconds } from "../push/push-payload";
import type { VapidConfig } from "../push/vapid-keys";
import { type ChannelAdapter, networkFailure, type OutgoingMessage, type SendResult } from "./channel-adapter";

export interface WebPushConfig extends VapidConfig {
  perSecond?: number;
  timeoutMs?: number;
  /** The network; tests hand in one that reaches a local push service. */
  fetch?: typeof fetch;
  now?: () => Date;
}

type Subscription = typeof schema.pushSubscriptions.$inferSelect;

export function createWebPushAdapter(db: Database, config: WebPushConfig): ChannelAdapter {
  const perSecond = config.perSecond ?? 50;
  const timeoutMs = config.timeoutMs ?? 10_000;
  const send = config.fetch ?? fetch;
  const now = config.now ?? (() => new Date());
  const vapid = { subject: config.subject, publicKey: config.publicKey, privateKey: config.privateKey };

  const sendTo = async (subscription: Subscription, message: OutgoingMessage, topic: string) => {
    let request: Awaited<ReturnType<typeof buildPushPayload>>;
    try {
      request = await buildPushPayload(
        {
          data: { ...pushPayload(message) },
          options: { ttl: timeToLiveSeconds(message.expiresAt, now()), topic, urgency: "normal" },
        },
        {
          endpoint: subscription.endpoint,
          expirationTime: null,
          keys: { p256dh: subscription.p256dh, auth: subscription.auth },
        },
        vapid,
      );
    } catch {
      // Keys checked when stored cannot fail here, except by a bug: never retry, never log them.
      return { kind: "refused", error: "web_push:encryption_failed" } satisfies BrowserOutcome;
    }
    try {
      const response = await send(subscription.endpoint, {
        method: "POST",
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return browserOutcome(response, now());
    } catch (error) {
      const failure = networkFailure(error) as Extract<SendResult, { outcome: "retryable" }>;
      return { kind: "retry", error: failure.error, mayHaveBeenSent: true } satisfies BrowserOutcome;
    }
  };

  return {
    provider: "web_push",
    limiter: new TokenBucket({ perSecond, burst: Math.max(1, Math.ceil(perSecond)) }),
    async send(message): Promise<SendResult> {
      const { pushSubscriptions: table } = schema;
      // Push goes only to a person's own browsers; a message with no person has none.
      const subscriptions = message.personId
        ? await db.select().from(table).where(eq(table.personId, message.personId))
        : [];
      if (subscriptions.length === 0) return { outcome: "permanent", error: "web_push:no_subscription" };
      const topic = await pushTopic(message);
      const outcomes = await Promise.all(subscriptions.map((subscription) => sendTo(subscription, message, topic)));
      const idsWhere = (kind: BrowserOutcome["kind"]) =>
        subscriptions.filter((_, index) => outcomes[index]!.kind === kind).map((subscription) => subscription.id);
      const gone = idsWhere("gone");
      const accepted = idsWhere("accepted");
      await Promise.all([
        gone.length > 0 ? db.delete(table).where(inArray(table.id, gone)) : null,
        accepted.length > 0 ? db.update(table).set({ lastSentAt: now() }).where(inArray(table.id, accepted)) : null,
      ]);
      return messageOutcome(outcomes);
    },
  };
}
