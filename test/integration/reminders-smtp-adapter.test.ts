// The SMTP adapter against a real SMTP server on a local port: what arrives
// (envelope, subject, body, Message-ID, one-click unsubscribe headers), and how
// SMTP's replies are read (4xx: try later; 5xx: never; no server: the network).
import type { OutgoingMessage } from "@kinship/api/reminders/channels/channel-adapter";
import { createSmtpAdapter } from "@kinship/api/reminders/channels/smtp-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSmtp, startFakeSmtp } from "../support/fake-smtp";

let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  reference: "5a0c1f2e-8d3b-4e6a-9b7c-1d2e3f4a5b6c",
  personId: "person",
  channel: "email",
  to: "robin@example.test",
  subject: "A reminder",
  body: "Reminder: catch-up with Sam on Wednesday 13 January at 2pm.\n\nTo stop these reminders, open this link: https://kinship.example.org/stop/abcdefghijkmnpqr\n",
  stopUrl: "https://kinship.example.org/stop/abcdefghijkmnpqr",
  ...overrides,
});

describe("the SMTP adapter", () => {
  it("delivers the message with its stop headers and the outbox id as Message-ID", async () => {
    const adapter = createSmtpAdapter({ url: smtp.url, from: "Kinship <reminders@kinship.example.org>" });
    const result = await adapter.send(message());
    expect(result).toEqual({
      outcome: "sent",
      providerId: "<5a0c1f2e-8d3b-4e6a-9b7c-1d2e3f4a5b6c@kinship.example.org>",
      deliveryStatus: "accepted",
    });
    const [mail] = smtp.received;
    expect(mail?.from).toBe("reminders@kinship.example.org");
    expect(mail?.to).toEqual(["robin@example.test"]);
    expect(mail?.headers.get("subject")).toBe("A reminder");
    expect(mail?.headers.get("message-id")).toBe("<5a0c1f2e-8d3b-4e6a-9b7c-1d2e3f4a5b6c@kinship.example.org>");
    expect(mail?.headers.get("list-unsubscribe")).toBe("<https://kinship.example.org/stop/abcdefghijkmnpqr>");
    expect(mail?.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail?.body.trim()).toBe(message().body.trim());
    // SMTP cannot be asked what it already has: the worker documents the at-least-once risk instead.
    expect(adapter.findByReference).toBeUndefined();
  });

  it("retries a 4xx reply, gives up on a 5xx, and retries when there is no server", async () => {
    const adapter = createSmtpAdapter({ url: smtp.url, from: "reminders@kinship.example.org" });
    smtp.rejectNext(451, 550);
    expect(await adapter.send(message())).toEqual({ outcome: "retryable", error: "smtp:451", mayHaveBeenSent: false });
    expect(await adapter.send(message())).toEqual({ outcome: "permanent", error: "smtp:550" });
    const nowhere = createSmtpAdapter({ url: "smtp://127.0.0.1:9", from: "reminders@kinship.example.org" });
    const result = await nowhere.send(message());
    expect(result).toMatchObject({ outcome: "retryable", mayHaveBeenSent: true });
  });
});
