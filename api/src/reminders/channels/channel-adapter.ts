// One interface for every way a reminder leaves Kinship: GOV.UK Notify, SMTP,
// web push, or the development sink. The worker knows nothing else about providers.
import type { ReminderChannel, ReminderKind, ReminderProvider } from "@kinship/db/schema";
import type { TokenBucket } from "../delivery/token-bucket";

export interface OutgoingMessage {
  /** The outbox id, sent as the provider's reference so the send can be found again. */
  reference: string;
  /** Null for an account message to an address with no account yet (ADR 020). */
  personId: string | null;
  channel: ReminderChannel;
  kind?: ReminderKind;
  /** E.164 mobile number or email address; for push, unused (the adapter sends to each of the person's browsers). */
  to: string;
  /** Email only. */
  subject: string;
  body: string;
  /** Reminders only: account messages (codes, ADR 020) are not opt-in, so have no stop link. */
  stopUrl?: string;
  /** Not worth delivering after this: a push service holds it no longer. */
  expiresAt?: Date;
}

export type SendResult =
  | { outcome: "sent"; providerId: string; deliveryStatus: string | null }
  /** Worth trying again later: rate limited, the provider's fault, or the network's. */
  | { outcome: "retryable"; error: string; retryAfterSeconds?: number; mayHaveBeenSent: boolean }
  /** Trying again would fail the same way: a bad number, a refused key. */
  | { outcome: "permanent"; error: string };

export interface FoundMessage {
  providerId: string;
  deliveryStatus: string | null;
}

export interface ChannelAdapter {
  provider: ReminderProvider;
  send(message: OutgoingMessage): Promise<SendResult>;
  /**
   * A message sent earlier with this reference, null if the provider has none.
   * Absent when the provider cannot be asked (SMTP): then a message whose worker
   * died mid-send may arrive twice (at least once, never lost).
   */
  findByReference?(reference: string, channel: ReminderChannel): Promise<FoundMessage | null>;
  /** The provider's latest delivery status of a sent message, when it can say. */
  deliveryStatus?(providerId: string): Promise<string | null>;
  /** Shared by every adapter of one provider account: its rate limit is per account. */
  limiter: TokenBucket;
}

/** The adapter for each channel that can be sent on; a channel without one waits. */
export type ChannelAdapters = Partial<Record<ReminderChannel, ChannelAdapter>>;

/** Network failures (refused, reset, timed out) are always worth another try. */
// The request may have reached the provider before the answer was lost.
export const networkFailure = (error: unknown): SendResult => ({
  outcome: "retryable",
  error: `network:${error instanceof Error ? error.name : "error"}`,
  mayHaveBeenSent: true,
});
