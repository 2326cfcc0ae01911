// The Notify adapter against a local server implementing Notify's documented
// contract (test/support/fake-notify.ts): what it sends, how it signs, how it
// reads each documented error, looking messages up, and keeping to the rate limit.
import type { OutgoingMessage } from "@kinship/api/reminders/channels/channel-adapter";
import { createNotifyAdapters, parseNotifyApiKey } from "@kinship/api/reminders/channels/notify-adapter";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeNotify, startFakeNotify } from "../support/fake-notify";

let notify: FakeNotify | undefined;
afterEach(async () => {
  await notify?.close();
  notify = undefined;
});

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  reference: "0b7f4d1e-5b1c-4c8e-9d7a-2f7f1a0c9e11",
  personId: "person",
  channel: "sms",
  to: "+447700900123",
  subject: "A reminder",
  body: "Reminder: catch-up with Sam on Wednesday 13 January at 2pm.\nStop reminders: https://k.example/stop/abc",
  stopUrl: "https://k.example/stop/abc",
  ...overrides,
});

async function adaptersFor(fake: FakeNotify, overrides: Partial<Parameters<typeof createNotifyAdapters>[0]> = {}) {
  return createNotifyAdapters({
    apiKey: fake.apiKey,
    smsTemplateId: fake.smsTemplateId,
    emailTemplateId: fake.emailTemplateId,
    baseUrl: fake.url,
    ...overrides,
  });
}

describe("the Notify adapter", () => {
  it("reads the service id and secret from an API key as Notify shows it", () => {
    const key = "kinship_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    expect(parseNotifyApiKey(key)).toEqual({
      serviceId: "26785a09-ab16-4eb0-8407-a37497a57506",
      secret: "3d844edf-8d35-48ac-975b-e847b4f122b0",
    });
    expect(() => parseNotifyApiKey("not-a-key")).toThrow(/NOTIFY_API_KEY/);
  });

  it("sends a text message and an email with the template, personalisation and reference", async () => {
    notify = await startFakeNotify();
    const adapters = await adaptersFor(notify);
    const sms = await adapters.sms!.send(message());
    const email = await adapters.email!.send(message({ channel: "email", to: "robin@example.test" }));
    expect(sms).toMatchObject({ outcome: "sent", deliveryStatus: "created" });
    expect(email.outcome).toBe("sent");
    const [text, mail] = notify.notifications;
    expect(text).toMatchObject({
      type: "sms",
      to: "+447700900123",
      templateId: notify.smsTemplateId,
      reference: "0b7f4d1e-5b1c-4c8e-9d7a-2f7f1a0c9e11",
      personalisation: { message: message().body },
    });
    expect(mail).toMatchObject({
      type: "email",
      templateId: notify.emailTemplateId,
      personalisation: { subject: "A reminder", message: message().body },
    });
    expect(sms.outcome === "sent" && sms.providerId).toBe(text?.id);
  });

  it("is refused (403) with the wrong secret or a clock more than 30 seconds out, and does not retry", async () => {
    notify = await startFakeNotify();
    const wrongSecret = `kinship_test-${notify.serviceId}-00000000-0000-4000-8000-000000000000`;
    const refused = await (await adaptersFor(notify, { apiKey: wrongSecret })).sms!.send(message());
    expect(refused).toEqual({ outcome: "permanent", error: "notify:403:AuthError" });
    const skewed = await (await adaptersFor(notify, { clock: () => Date.now() - 45_000 })).sms!.send(message());
    expect(skewed).toEqual({ outcome: "permanent", error: "notify:403:AuthError" });
    const withinLimit = await (await adaptersFor(notify, { clock: () => Date.now() - 20_000 })).sms!.send(message());
    expect(withinLimit.outcome).toBe("sent");
    expect(notify.notifications).toHaveLength(1);
    expect(notify.refusals).toEqual([
      "Invalid token: API key not found",
      "Error: Your system clock must be accurate to within 30 seconds",
    ]);
  });

  it("treats a 400 as permanent, and 429 and 500 as worth trying again", async () => {
    notify = await startFakeNotify();
    const { sms } = await adaptersFor(notify);
    expect(await sms!.send(message({ to: "+15555550100" }))).toEqual({
      outcome: "permanent",
      error: "notify:400:ValidationError",
    });
    notify.failNext({ status: 429, retryAfterSeconds: 30 }, { status: 429 }, { status: 500 });
    expect(await sms!.send(message())).toEqual({
      outcome: "retryable",
      error: "notify:429:RateLimitError",
      retryAfterSeconds: 30,
      mayHaveBeenSent: false,
    });
    expect(await sms!.send(message())).toEqual({
      outcome: "retryable",
      error: "notify:429:RateLimitError",
      mayHaveBeenSent: false,
    });
    expect(await sms!.send(message())).toEqual({
      outcome: "retryable",
      error: "notify:500:Exception",
      mayHaveBeenSent: true,
    });
    expect(notify.notifications).toHaveLength(0);
  });

  it("says the network failed when Notify cannot be reached", async () => {
    notify = await startFakeNotify();
    const adapters = await adaptersFor(notify);
    await notify.close();
    const result = await adapters.sms!.send(message());
    expect(result).toMatchObject({ outcome: "retryable", mayHaveBeenSent: true });
    expect(result.outcome === "retryable" && result.error).toMatch(/^network:/);
    notify = undefined;
  });

  it("finds a message by reference, and reads its delivery status", async () => {
    notify = await startFakeNotify();
    const { sms } = await adaptersFor(notify);
    expect(await sms!.findByReference!("0b7f4d1e-5b1c-4c8e-9d7a-2f7f1a0c9e11", "sms")).toBeNull();
    const sent = await sms!.send(message());
    const providerId = sent.outcome === "sent" ? sent.providerId : "";
    expect(await sms!.findByReference!("0b7f4d1e-5b1c-4c8e-9d7a-2f7f1a0c9e11", "sms")).toEqual({
      providerId,
      deliveryStatus: "created",
    });
    // The same reference on another channel is another message.
    expect(await sms!.findByReference!("0b7f4d1e-5b1c-4c8e-9d7a-2f7f1a0c9e11", "email")).toBeNull();
    notify.setStatus(providerId, "delivered");
    expect(await sms!.deliveryStatus!(providerId)).toBe("delivered");
    expect(await sms!.deliveryStatus!("not-a-uuid")).toBeNull();
  });

  it("keeps under the provider's rate limit with its token bucket", async () => {
    // Nine requests a second, like a (much smaller) Notify key limit; the bucket allows 4 at once, then 4 a second.
    notify = await startFakeNotify({ rateLimit: { requests: 9, windowMs: 1000 } });
    const { sms } = await adaptersFor(notify, { perSecond: 4 });
    const started = Date.now();
    const results = [];
    for (let i = 0; i < 12; i++) {
      for (let wait = sms!.limiter.tryTake(); wait > 0; wait = sms!.limiter.tryTake()) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      results.push(await sms!.send(message({ reference: `ref-${i}` })));
    }
    expect(results.every((result) => result.outcome === "sent")).toBe(true);
    // 12 sends at 4 a second (4 at once, then 8 more) take about two seconds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    // Without the bucket, the same burst runs into the limit.
    const unlimited = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sms!.send(message({ reference: `burst-${i}` }))),
    );
    expect(unlimited.some((result) => result.outcome === "retryable")).toBe(true);
  });
});
