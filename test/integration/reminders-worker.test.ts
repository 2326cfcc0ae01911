// The outbox and its worker against the fake Notify: enqueued in the same batch
// as the change, once per dedupe key, only on channels the person agreed to;
// sent with retries and backoff, quiet hours and the daily limit respected,
// a message whose worker died looked up before it is sent again.
import { createNotifyAdapters } from "@kinship/api/reminders/channels/notify-adapter";
import { leaseMs } from "@kinship/api/reminders/delivery/claim-due-messages";
import type { WorkerDeps } from "@kinship/api/reminders/delivery/deliver-message";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { type Database, schema } from "@kinship/db";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createPerson } from "../support/factories";
import { type FakeNotify, startFakeNotify } from "../support/fake-notify";
import { createReminderPerson, sessionReminderText } from "../support/reminder-factories";

let t: TestAppHandle;
let notify: FakeNotify;
// A Tuesday in January: London is on GMT, so London time is UTC.
const tuesday10am = new Date("2027-01-12T10:00:00Z");
const minute = 60_000;
const hour = 60 * minute;

beforeAll(async () => {
  [t, notify] = await Promise.all([testApp(), startFakeNotify()]);
});
afterAll(async () => {
  await notify.close();
  await t.close();
});
// Each test starts with nothing waiting: one test's messages are not another's to send.
beforeEach(async () => {
  await t.db
    .update(schema.reminderMessages)
    .set({ status: "cancelled" })
    .where(inArray(schema.reminderMessages.status, ["pending", "sending"]));
});

function worker(at: Date, overrides: Partial<WorkerDeps> = {}) {
  const deps: WorkerDeps = {
    db: t.db,
    adapters: createNotifyAdapters({
      apiKey: notify.apiKey,
      smsTemplateId: notify.smsTemplateId,
      emailTemplateId: notify.emailTemplateId,
      baseUrl: notify.url,
    }),
    now: () => at,
    origin: "https://kinship.example.org",
    workerId: `test-worker-${at.getTime()}`,
    random: () => 1,
    ...overrides,
  };
  return sendDueReminders(deps);
}

async function enqueue(db: Database, personId: string, dedupeKey: string, dueAt = tuesday10am, expiresAt?: Date) {
  await db.batch([
    enqueueReminder(db, {
      personId,
      kind: "support_session",
      dedupeKey,
      dueAt,
      text: sessionReminderText(new Date(dueAt.getTime() + 28 * hour)),
      expiresAt,
    }),
  ]);
}

const messagesOf = (personId: string) =>
  t.db.select().from(schema.reminderMessages).where(eq(schema.reminderMessages.personId, personId));
const sentTo = (address: string) => notify.notifications.filter((n) => n.to === address);

describe("enqueueing", () => {
  it("writes one row per agreed channel with an address, once per dedupe key, in the caller's batch", async () => {
    const both = await createReminderPerson(t.db);
    const smsOnly = await createReminderPerson(t.db, { email: false });
    const neither = await createPerson(t.db);
    for (const person of [both, smsOnly, neither]) {
      await enqueue(t.db, person.id, "session:1:day_before");
      await enqueue(t.db, person.id, "session:1:day_before");
    }
    expect((await messagesOf(both.id)).map((m) => m.channel).sort()).toEqual(["email", "sms"]);
    expect((await messagesOf(smsOnly.id)).map((m) => m.channel)).toEqual(["sms"]);
    expect(await messagesOf(neither.id)).toEqual([]);
    const [message] = await messagesOf(smsOnly.id);
    expect(message).toMatchObject({ status: "pending", attempts: 0, kind: "support_session" });
    expect(message?.text).toBe("Reminder: catch-up with Sam on Wednesday 13 January at 2pm.");
    expect(message?.namedText).toContain("Bury Recovery Community");
  });

  it("is written or not together with the change that causes it", async () => {
    const person = await createReminderPerson(t.db);
    const failing = t.db.batch([
      enqueueReminder(t.db, {
        personId: person.id,
        kind: "support_session",
        dedupeKey: "session:rolled-back",
        dueAt: tuesday10am,
        text: sessionReminderText(tuesday10am),
      }),
      // The "change" fails (a person id that does not exist breaks a foreign key): nothing is kept.
      t.db.insert(schema.reminderPreferences).values({ personId: "no-such-person", updatedAt: tuesday10am }),
    ]);
    await expect(failing).rejects.toThrow();
    expect(await messagesOf(person.id)).toEqual([]);
  });
});

describe("sending", () => {
  it("sends each due message once, discreetly, with a stop link, and records it", async () => {
    const person = await createReminderPerson(t.db);
    await enqueue(t.db, person.id, "session:2:day_before");
    const early = await worker(new Date(tuesday10am.getTime() - minute));
    expect(early.sent).toBe(0);
    const run = await worker(tuesday10am);
    expect(run.sent).toBe(2);
    expect(await worker(new Date(tuesday10am.getTime() + minute))).toMatchObject({ sent: 0 });

    const [text] = sentTo(person.mobile);
    expect(sentTo(person.mobile)).toHaveLength(1);
    expect(text?.type).toBe("sms");
    expect(text?.personalisation.message).toMatch(
      /^Reminder: catch-up with Sam on Wednesday 13 January at 2pm\.\nStop reminders: https:\/\/kinship\.example\.org\/stop\/[a-z2-9]{16}$/,
    );
    const [mail] = sentTo(person.email);
    expect(mail?.personalisation.subject).toBe("A reminder");
    const messages = await messagesOf(person.id);
    for (const message of messages) {
      expect(message).toMatchObject({ status: "sent", attempts: 1, provider: "notify", deliveryStatus: "created" });
      expect(message.sentAt).toEqual(tuesday10am);
      // The outbox id was the reference: Notify can find the message by it.
      expect(notify.notifications.find((n) => n.id === message.providerId)?.reference).toBe(message.id);
    }
  });

  it("uses the words that name the service only for people who chose them", async () => {
    const person = await createReminderPerson(t.db, { email: false, mayNameService: true });
    await enqueue(t.db, person.id, "session:3:day_before");
    await worker(tuesday10am);
    expect(sentTo(person.mobile)[0]?.personalisation.message).toMatch(
      /^Reminder from Bury Recovery Community: peer mentoring session with Sam/,
    );
  });

  it("retries a 500 with exponential backoff, then sends, and gives up on a 400", async () => {
    const person = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, person.id, "session:4:day_before");
    notify.failNext({ status: 500 });
    expect(await worker(tuesday10am)).toMatchObject({ retrying: 1, sent: 0 });
    let [message] = await messagesOf(person.id);
    // random() = 1: the whole of the first step, one minute.
    expect(message).toMatchObject({ status: "pending", attempts: 1, lastError: "notify:500:Exception" });
    expect(message?.nextAttemptAt).toEqual(new Date(tuesday10am.getTime() + minute));
    // A 500 may have been sent after all: the next attempt asks Notify first.
    expect(message?.isUncertain).toBe(true);

    notify.failNext({ status: 500 });
    await worker(new Date(tuesday10am.getTime() + minute));
    [message] = await messagesOf(person.id);
    expect(message?.nextAttemptAt).toEqual(new Date(tuesday10am.getTime() + 3 * minute));
    await worker(new Date(tuesday10am.getTime() + 3 * minute));
    [message] = await messagesOf(person.id);
    expect(message).toMatchObject({ status: "sent", attempts: 3 });
    expect(sentTo(person.mobile)).toHaveLength(1);

    const other = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, other.id, "session:5:day_before");
    notify.failNext({ status: 400 });
    expect(await worker(tuesday10am)).toMatchObject({ failed: 1 });
    expect((await messagesOf(other.id))[0]).toMatchObject({
      status: "failed",
      lastError: "notify:400:BadRequestError",
    });
  });

  it("gives up after eight failed attempts", async () => {
    const person = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, person.id, "session:6:day_before", tuesday10am, new Date(tuesday10am.getTime() + 24 * hour));
    let at = tuesday10am;
    for (let attempt = 1; attempt <= 8; attempt++) {
      notify.failNext({ status: 429 });
      await worker(at, { maxRateWaitMs: 0 });
      const [message] = await messagesOf(person.id);
      expect(message?.attempts).toBe(attempt);
      if (attempt < 8) expect(message?.status).toBe("pending");
      at = message!.nextAttemptAt;
    }
    expect((await messagesOf(person.id))[0]).toMatchObject({
      status: "failed",
      lastError: "notify:429:RateLimitError",
    });
    expect(sentTo(person.mobile)).toHaveLength(0);
  });

  it("honours a 429's Retry-After, and pauses the rest of the batch for that provider", async () => {
    const first = await createReminderPerson(t.db, { email: false });
    const second = await createReminderPerson(t.db, { email: false });
    const at = new Date(tuesday10am.getTime() + 5 * hour);
    await enqueue(t.db, first.id, "session:7:day_before", at);
    await enqueue(t.db, second.id, "session:7:day_before", at);
    notify.failNext({ status: 429, retryAfterSeconds: 600 });
    const run = await worker(at);
    expect(run).toMatchObject({ retrying: 1, released: 1, sent: 0 });
    const messages = [...(await messagesOf(first.id)), ...(await messagesOf(second.id))];
    for (const message of messages) {
      expect(message.status).toBe("pending");
      expect(message.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(at.getTime() + 599_000);
    }
    // A 429 refused the request: nothing to look up first.
    expect(messages.every((message) => !message.isUncertain)).toBe(true);
    // Only one was tried: the rest waited for the provider instead of hammering it.
    expect(messages.map((m) => m.attempts).sort()).toEqual([0, 1]);
  });

  it("skips a message once the person withdraws consent, and one past its expiry", async () => {
    const person = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, person.id, "session:8:day_before");
    await t.db.insert(schema.consents).values({
      personId: person.id,
      purpose: "reminders_by_sms",
      isGranted: false,
      wordingVersion: 1,
      recordedAt: tuesday10am,
    });
    expect(await worker(tuesday10am)).toMatchObject({ skipped: 1, sent: 0 });
    expect((await messagesOf(person.id))[0]).toMatchObject({ status: "skipped", lastError: "no_consent" });

    const late = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, late.id, "session:9:day_before", tuesday10am, new Date(tuesday10am.getTime() + hour));
    await worker(new Date(tuesday10am.getTime() + 2 * hour));
    expect((await messagesOf(late.id))[0]).toMatchObject({ status: "skipped", lastError: "too_late" });
    expect(sentTo(person.mobile).length + sentTo(late.mobile).length).toBe(0);
  });
});

describe("quiet hours and the daily limit", () => {
  it("holds a message due in quiet hours until they end, on the London clock", async () => {
    const person = await createReminderPerson(t.db, { email: false, quiet: { from: "21:00", until: "08:00" } });
    const lateEvening = new Date("2027-01-12T22:30:00Z");
    await enqueue(t.db, person.id, "session:10:day_before", lateEvening);
    expect(await worker(lateEvening)).toMatchObject({ later: 1, sent: 0 });
    expect((await messagesOf(person.id))[0]?.nextAttemptAt).toEqual(new Date("2027-01-13T08:00:00Z"));
    expect(await worker(new Date("2027-01-13T07:59:00Z"))).toMatchObject({ sent: 0 });
    expect(await worker(new Date("2027-01-13T08:00:00Z"))).toMatchObject({ sent: 1 });

    // In summer 8am in London is 7am UTC.
    const summer = await createReminderPerson(t.db, { email: false, quiet: { from: "21:00", until: "08:00" } });
    const summerEvening = new Date("2027-06-15T20:30:00Z");
    await enqueue(t.db, summer.id, "session:11:day_before", summerEvening);
    await worker(summerEvening);
    expect((await messagesOf(summer.id))[0]?.nextAttemptAt).toEqual(new Date("2027-06-16T07:00:00Z"));
  });

  it("sends at most the chosen number a day, counting a reminder on two channels once", async () => {
    const person = await createReminderPerson(t.db, { dailyLimit: 2 });
    const morning = new Date("2027-02-02T09:00:00Z");
    for (const key of ["a", "b", "c"]) await enqueue(t.db, person.id, `limit:${key}`, morning);
    const run = await worker(morning);
    expect(run).toMatchObject({ sent: 4, later: 2 });
    // Two reminders went on both channels; the third waits on both for tomorrow.
    const held = (await messagesOf(person.id)).filter((m) => m.status === "pending");
    expect(held).toHaveLength(2);
    expect(new Set(held.map((m) => m.dedupeKey)).size).toBe(1);
    for (const message of held) expect(message.nextAttemptAt).toEqual(new Date("2027-02-03T00:00:00Z"));
    expect(await worker(new Date("2027-02-03T00:00:00Z"))).toMatchObject({ sent: 2 });
  });
});

describe("a worker that died", () => {
  it("looks a message up by reference before sending again, so Notify gets it once", async () => {
    const person = await createReminderPerson(t.db, { email: false });
    await enqueue(t.db, person.id, "session:12:day_before");
    const adapters = createNotifyAdapters({
      apiKey: notify.apiKey,
      smsTemplateId: notify.smsTemplateId,
      baseUrl: notify.url,
    });
    // A worker claims the message, hands it to Notify, and dies before recording it.
    const { claimDueMessages } = await import("@kinship/api/reminders/delivery/claim-due-messages");
    const [claimed] = await claimDueMessages(t.db, {
      workerId: "doomed",
      now: tuesday10am,
      channels: ["sms"],
      limit: 1,
    });
    const result = await adapters.sms!.send({
      reference: claimed!.id,
      personId: person.id,
      channel: "sms",
      to: person.mobile,
      subject: "A reminder",
      body: claimed!.text,
      stopUrl: "https://kinship.example.org/stop/abcdefghijkmnpqr",
    });
    expect(result.outcome).toBe("sent");

    // While the lease holds, no other worker touches it.
    expect(await worker(new Date(tuesday10am.getTime() + minute))).toMatchObject({ recovered: 0, sent: 0 });
    const afterLease = new Date(tuesday10am.getTime() + leaseMs + minute);
    expect(await worker(afterLease)).toMatchObject({ recovered: 1, sent: 1 });
    expect(sentTo(person.mobile)).toHaveLength(1);
    const [message] = await messagesOf(person.id);
    expect(message).toMatchObject({ status: "sent", isUncertain: false });
    expect(message?.providerId).toBe(sentTo(person.mobile)[0]?.id);
  });
});

describe("delivery status", () => {
  it("asks Notify how sent messages fared, until it says something final", async () => {
    const person = await createReminderPerson(t.db, { email: false });
    const at = new Date("2027-03-01T12:00:00Z");
    await enqueue(t.db, person.id, "session:13:day_before", at);
    await worker(at);
    const [sent] = sentTo(person.mobile);
    notify.setStatus(sent!.id, "delivered");
    const later = await worker(new Date(at.getTime() + 11 * minute));
    expect(later.statusesChecked).toBeGreaterThanOrEqual(1);
    expect((await messagesOf(person.id))[0]?.deliveryStatus).toBe("delivered");
  });
});
