// What a push message carries, all of it encrypted for the browser (RFC 8291):
// the title, the words (discreet unless the person chose named messages: the
// worker has already picked them) and the page to open. Nothing else: no kind,
// no names of the service, no ids. The Topic header, which the push service can
// read, is a hash, so it says nothing about the person or the reminder.
import type { OutgoingMessage } from "../channels/channel-adapter";
import { encodeBase64Url } from "./base64url";

export interface PushPayload {
  title: string;
  body: string;
  /** A path on our own origin; the service worker opens nothing else. */
  url: string;
}

/** The same on every lock screen, whatever the reminder is about. */
export const notificationTitle = "Reminder";
export const notificationUrl = "/account/reminders";

export function pushPayload(message: OutgoingMessage): PushPayload {
  return { title: notificationTitle, body: message.body, url: notificationUrl };
}

/**
 * RFC 8030 §5.4: a push service keeps only the newest undelivered message with the
 * same topic, so a phone that was off gets the latest reminder of each kind, not
 * a pile, and a retried message replaces its own earlier copy. At most 32 base64url
 * characters.
 */
export async function pushTopic(message: Pick<OutgoingMessage, "personId" | "kind" | "reference">) {
  const cause = `${message.personId}:${message.kind ?? message.reference}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(cause));
  return encodeBase64Url(digest).slice(0, 32);
}

const day = 24 * 60 * 60;

/** How long a push service should hold the message: until it is no longer useful, at most a day. */
export function timeToLiveSeconds(expiresAt: Date | undefined, now: Date) {
  if (!expiresAt) return day;
  const seconds = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  return Math.min(day, Math.max(60, seconds));
}
