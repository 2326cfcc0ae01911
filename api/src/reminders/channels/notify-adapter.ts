// GOV.UK Notify's documented HTTP API (v2): text messages and emails through one
// template each, whose whole content is the placeholder ((message)) (and the
// email's subject ((subject))), so the words stay in templates.ts. Each request
// carries a fresh JWT (HS256 over the secret half of the API key, `iss` the
// service id, `iat` now: Notify refuses tokens more than 30 seconds off).
// The outbox id is the `reference`, so after a crash a send can be looked up.
import type { ReminderChannel } from "@kinship/db/schema";
import { sign } from "hono/jwt";
import { TokenBucket } from "../delivery/token-bucket";
import {
  type ChannelAdapter,
  type ChannelAdapters,
  type FoundMessage,
  networkFailure,
  type OutgoingMessage,
  type SendResult,
} from "./channel-adapter";

export interface NotifyConfig {
  /** As Notify shows it: `{key name}-{service id}-{secret}`, the last two UUIDs. */
  apiKey: string;
  smsTemplateId?: string;
  emailTemplateId?: string;
  baseUrl?: string;
  /** Notify allows 3,000 requests a minute per key; stay well under by default. */
  perSecond?: number;
  timeoutMs?: number;
  /** Epoch milliseconds for the token's `iat`; the real clock unless a test says otherwise. */
  clock?: () => number;
}

export const notifyBaseUrl = "https://api.notifications.service.gov.uk";
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const keyPattern = new RegExp(`^.+-(${uuid})-(${uuid})$`, "i");

export function parseNotifyApiKey(apiKey: string) {
  const match = keyPattern.exec(apiKey.trim());
  if (!match) throw new Error("NOTIFY_API_KEY is not a Notify API key (name, then the service id and secret).");
  return { serviceId: match[1]!, secret: match[2]! };
}

interface NotifyError {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

export function createNotifyAdapters(config: NotifyConfig): ChannelAdapters {
  const { serviceId, secret } = parseNotifyApiKey(config.apiKey);
  const baseUrl = (config.baseUrl ?? notifyBaseUrl).replace(/\/$/, "");
  const timeoutMs = config.timeoutMs ?? 10_000;
  const clock = config.clock ?? Date.now;
  const perSecond = config.perSecond ?? 20;
  const limiter = new TokenBucket({ perSecond, burst: Math.max(1, Math.ceil(perSecond)) });

  const request = async (path: string, init: { method: "GET" | "POST"; body?: unknown }) => {
    const token = await sign({ iss: serviceId, iat: Math.floor(clock() / 1000) }, secret, "HS256");
    return fetch(`${baseUrl}${path}`, {
      method: init.method,
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "user-agent": "kinship-reminders",
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  };

  const send = async (message: OutgoingMessage, templateId: string): Promise<SendResult> => {
    const isSms = message.channel === "sms";
    const body = isSms
      ? {
          phone_number: message.to,
          template_id: templateId,
          personalisation: { message: message.body },
          reference: message.reference,
        }
      : {
          email_address: message.to,
          template_id: templateId,
          personalisation: { subject: message.subject, message: message.body },
          reference: message.reference,
          ...(message.stopUrl ? { one_click_unsubscribe_url: message.stopUrl } : {}),
        };
    let response: Response;
    try {
      response = await request(`/v2/notifications/${isSms ? "sms" : "email"}`, { method: "POST", body });
    } catch (error) {
      return networkFailure(error);
    }
    if (response.status === 201) {
      const created = (await response.json()) as { id: string };
      return { outcome: "sent", providerId: created.id, deliveryStatus: "created" };
    }
    return failureFrom(response);
  };

  const findByReference = async (reference: string, channel: ReminderChannel): Promise<FoundMessage | null> => {
    const query = new URLSearchParams({ reference, template_type: channel === "sms" ? "sms" : "email" });
    const response = await request(`/v2/notifications?${query}`, { method: "GET" });
    if (!response.ok) throw new Error(`Notify answered ${response.status} to a look-up by reference.`);
    const { notifications } = (await response.json()) as { notifications: { id: string; status: string }[] };
    const [found] = notifications;
    return found ? { providerId: found.id, deliveryStatus: found.status } : null;
  };

  const deliveryStatus = async (providerId: string) => {
    const response = await request(`/v2/notifications/${encodeURIComponent(providerId)}`, { method: "GET" });
    if (!response.ok) return null;
    return ((await response.json()) as { status?: string }).status ?? null;
  };

  const adapterFor = (templateId: string): ChannelAdapter => ({
    provider: "notify",
    send: (message) => send(message, templateId),
    findByReference,
    deliveryStatus,
    limiter,
  });
  const adapters: ChannelAdapters = {};
  if (config.smsTemplateId) adapters.sms = adapterFor(config.smsTemplateId);
  if (config.emailTemplateId) adapters.email = adapterFor(config.emailTemplateId);
  return adapters;
}

// 429 and 5xx are worth another try (honouring Retry-After when sent); 400 and
// 403 would fail the same way again. Only the error's name is kept, never its
// message, which may quote what was sent.
async function failureFrom(response: Response): Promise<SendResult> {
  const parsed = (await response.json().catch(() => ({}))) as NotifyError;
  const name = parsed.errors?.[0]?.error ?? "Unknown";
  const error = `notify:${response.status}:${name.replace(/[^A-Za-z]/g, "").slice(0, 40)}`;
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get("retry-after"));
    // A 429 refused the request; a 5xx may have failed after the notification was created.
    const mayHaveBeenSent = response.status !== 429;
    return Number.isFinite(retryAfter) && retryAfter > 0
      ? { outcome: "retryable", error, retryAfterSeconds: retryAfter, mayHaveBeenSent }
      : { outcome: "retryable", error, mayHaveBeenSent };
  }
  return { outcome: "permanent", error };
}
