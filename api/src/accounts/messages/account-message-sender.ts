// "Send at once": when a request has queued an account message, the app starts
// the worker once the answer is ready (app.ts), so the answer takes the same
// time whether or not a message was queued (no account enumeration by timing).
// On Workers the run is handed to `waitUntil`. The every-minute scheduled job
// (scheduled-jobs.ts) picks up whatever is left: retries, and messages queued
// while no provider could be reached.
import type { Database } from "@kinship/db";
import type { Context as HonoContext } from "hono";
import type { FieldCipher } from "../../crypto/field-cipher";
import type { ChannelAdapters } from "../../reminders/channels/channel-adapter";
import { sendAccountMessages } from "./send-account-messages";

/** What a use case calls after queuing a message; the app decides when the sending starts. */
export interface AccountMessageSender {
  sendSoon(): void;
}

export type StartAccountMessages = (c: HonoContext, deps: { db: Database; cipher: FieldCipher }) => void;

export function accountMessagesStarter({
  adapters,
  now = () => new Date(),
  log,
  defer = () => {},
}: {
  adapters: (c: HonoContext, db: Database) => ChannelAdapters;
  now?: () => Date;
  log?: (line: string) => void;
  /** Keeps the background work alive (Workers' waitUntil), or lets a test wait for it. */
  defer?: (c: HonoContext, work: Promise<unknown>) => void;
}): StartAccountMessages {
  return (c, { db, cipher }) => {
    const workerId = `account-messages-${crypto.randomUUID()}`;
    const work = sendAccountMessages({ db, cipher, adapters: adapters(c, db), now, log, workerId }).catch(
      (error: unknown) => log?.(`Sending account messages failed: ${error instanceof Error ? error.name : "error"}`),
    );
    defer(c, work);
  };
}
