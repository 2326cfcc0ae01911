// What a push service's answer (RFC 8030 §5–§8) means for one browser, and what
// the answers of all of a person's browsers mean for the message. The message is
// sent when at least one browser's push service accepted it: the person has it
// on a device, and sending it again would show it twice there. Only when none
// accepted does the worker's backoff try again (all browsers, the Topic header
// letting a repeat replace a copy still waiting at a push service).
import type { SendResult } from "../channels/channel-adapter";

export type BrowserOutcome =
  | { kind: "accepted"; location: string | null }
  /** 404/410: the browser unsubscribed or the subscription expired; forget it, never retry. */
  | { kind: "gone" }
  | { kind: "retry"; error: string; retryAfterSeconds?: number; mayHaveBeenSent: boolean }
  /** 400, 403, 413…: sending the same again would be refused again. */
  | { kind: "refused"; error: string };

export function browserOutcome(response: Pick<Response, "status" | "headers">, now: Date): BrowserOutcome {
  const { status, headers } = response;
  // The Location names the message at the push service (RFC 8030 §5): our provider id.
  if (status === 201 || status === 202) return { kind: "accepted", location: headers.get("location") };
  if (status === 404 || status === 410) return { kind: "gone" };
  const error = `web_push:${status}`;
  if (status === 429 || status >= 500) {
    const seconds = retryAfterSeconds(headers.get("retry-after"), now);
    // A 429 refused the request; a 5xx may have failed after the message was queued.
    const mayHaveBeenSent = status !== 429;
    return seconds
      ? { kind: "retry", error, retryAfterSeconds: seconds, mayHaveBeenSent }
      : { kind: "retry", error, mayHaveBeenSent };
  }
  return { kind: "refused", error };
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterSeconds(value: string | null, now: Date) {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds);
  const at = Date.parse(value);
  return Number.isFinite(at) && at > now.getTime() ? Math.ceil((at - now.getTime()) / 1000) : undefined;
}

export function messageOutcome(outcomes: readonly BrowserOutcome[]): SendResult {
  const accepted = outcomes.filter((outcome) => outcome.kind === "accepted");
  if (accepted.length > 0) {
    return {
      outcome: "sent",
      providerId: accepted.find((outcome) => outcome.location)?.location ?? "web_push",
      deliveryStatus: `accepted by ${accepted.length} of ${outcomes.length} browsers`,
    };
  }
  const retries = outcomes.flatMap((outcome) => (outcome.kind === "retry" ? [outcome] : []));
  if (retries.length > 0) {
    const longest = Math.max(0, ...retries.map((outcome) => outcome.retryAfterSeconds ?? 0));
    const mayHaveBeenSent = retries.some((outcome) => outcome.mayHaveBeenSent);
    const error = retries[0]!.error;
    return longest > 0
      ? { outcome: "retryable", error, retryAfterSeconds: longest, mayHaveBeenSent }
      : { outcome: "retryable", error, mayHaveBeenSent };
  }
  const refused = outcomes.find((outcome) => outcome.kind === "refused");
  return { outcome: "permanent", error: refused?.error ?? "web_push:gone" };
}
