// Reminders as notifications: subscribing a browser through the API, and the web
// push adapter against a local push service implementing RFC 8030/8291/8292
// (test/support/fake-push-service.ts), which verifies the VAPID token and
// decrypts each payload with the browser's own key. Also: who may touch a
// subscription, the input checks, the data download and erasure.
import { createApp } from "@kinship/api/app";
import { createFieldCipher, generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import { createWebPushAdapter } from "@kinship/api/reminders/channels/web-push-adapter";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { nextLondonClock } from "@kinship/api/reminders/london-clock";
import { generateVapidKeys, parseVapidConfig } from "@kinship/api/reminders/push/vapid-keys";
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodes, TestClient, testApp } from "../support/app";
import { freshDatabase } from "../support/database";
import { createPerson, defaultPassword } from "../support/factories";
import { type FakeBrowser, startFakePushService } from "../support/fake-push-service";
import { sessionReminderText } from "../support/reminder-factories";

const day = 24 * 60 * 60_000;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function pushWorld() {
  const vapid = parseVapidConfig({ ...(await generateVapidKeys()), subject: "mailto:ops@kinship.example" });
  const database = await freshDatabase();
  const cipher = await createFieldCipher(generateKeyEntry("test"));
  const app = createApp({
    getDb: () => database.db,
    getCipher: async () => cipher,
    getClientAddress: (c) => c.req.header("x-test-client-address") ?? "192.0.2.1",
    isProduction: true,
    vapidPublicKey: vapid.publicKey,
  });
  const service = await startFakePushService({ vapidPublicKey: vapid.publicKey });
  cleanups.push(database.close, service.close);
  const db = database.db;
  const adapter = () => createWebPushAdapter(db, { ...vapid, fetch: service.fetch });
  const runWorker = (at: Date, push = adapter()) =>
    sendDueReminders({
      db,
      adapters: { push },
      now: () => at,
      origin: "https://kinship.example",
      workerId: `w-${at.getTime()}`,
    });

  // Made in the database and signed in through the API (sign-up's own checks are tested elsewhere).
  async function person(name = "Robin") {
    const made = await createPerson(db, { displayName: name });
    const client = new TestClient(app);
    await client.signIn(made.email, defaultPassword);
    return { client, id: made.id };
  }
  const subscribe = (client: TestClient, browser: Pick<FakeBrowser, "endpoint" | "p256dh" | "auth">) =>
    client.gql<{ subscribeToPush: { pushDeviceCount: number } }>(
      "mutation($i: PushSubscriptionInput!) { subscribeToPush(input: $i) { pushDeviceCount } }",
      { i: { endpoint: browser.endpoint, p256dh: browser.p256dh, auth: browser.auth } },
    );
  // Due at noon London time, two days ahead: outside the default quiet hours.
  const dueAt = nextLondonClock(new Date(Date.now() + 2 * day), "12:00");
  const remind = (personId: string, key = "push-test") =>
    db.batch([
      enqueueReminder(db, {
        personId,
        kind: "support_session",
        dedupeKey: key,
        dueAt,
        text: sessionReminderText(new Date(dueAt.getTime() + day)),
      }),
    ]);
  return { db, app, vapid, service, person, subscribe, remind, runWorker, adapter, dueAt };
}

const messagesOf = (db: Database, personId: string) =>
  db.select().from(schema.reminderMessages).where(eq(schema.reminderMessages.personId, personId));
const subscriptionsOf = (db: Database, personId: string) =>
  db.select().from(schema.pushSubscriptions).where(eq(schema.pushSubscriptions.personId, personId));

describe("web push delivery, against a push service's contract", () => {
  it("sends the discreet words, encrypted, to each of the person's browsers", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const [phone, laptop] = [world.service.newBrowser(), world.service.newBrowser()];
    expect(errorCodes(await world.subscribe(robin.client, phone))).toEqual([]);
    expect((await world.subscribe(robin.client, laptop)).data?.subscribeToPush.pushDeviceCount).toBe(2);

    await world.remind(robin.id);
    // Robin agreed only to notifications (by turning them on): one message, on push.
    const [queued] = await messagesOf(world.db, robin.id);
    expect(queued).toMatchObject({ channel: "push", status: "pending" });
    expect(await world.runWorker(world.dueAt)).toMatchObject({ sent: 1, failed: 0, retrying: 0 });

    expect(world.service.received.map((push) => push.problems)).toEqual([[], []]);
    expect(world.service.received.map((push) => push.browserId).sort()).toEqual([phone.id, laptop.id].sort());
    for (const push of world.service.received) {
      expect(push.payload).toEqual({ title: "Reminder", body: queued!.text, url: "/account/reminders" });
      expect(push.ttl).toBeGreaterThan(0);
      expect(push.ttl).toBeLessThanOrEqual(24 * 60 * 60);
      expect(push.urgency).toBe("normal");
      expect(push.topic).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }
    // The discreet words say nothing about what the reminder is for or who sent it.
    expect(queued!.text).not.toMatch(/kinship|recovery|Bury/i);
    const [sent] = await messagesOf(world.db, robin.id);
    expect(sent).toMatchObject({
      status: "sent",
      provider: "web_push",
      deliveryStatus: "accepted by 2 of 2 browsers",
      lastError: null,
    });
    expect(sent!.providerId).toMatch(/^https:\/\/push\.example\.test\/message\//);
    expect((await subscriptionsOf(world.db, robin.id)).every((row) => row.lastSentAt !== null)).toBe(true);
  });

  it("forgets a browser whose push service answers 410 or 404, and never retries it", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const [phone, laptop] = [world.service.newBrowser(), world.service.newBrowser()];
    await world.subscribe(robin.client, phone);
    await world.subscribe(robin.client, laptop);
    world.service.answerNext(phone, { status: 410 });
    await world.remind(robin.id);
    expect(await world.runWorker(world.dueAt)).toMatchObject({ sent: 1 });
    expect((await subscriptionsOf(world.db, robin.id)).map((row) => row.endpoint)).toEqual([laptop.endpoint]);
    expect((await messagesOf(world.db, robin.id))[0]).toMatchObject({
      deliveryStatus: "accepted by 1 of 2 browsers",
    });

    // The last browser gone: the message fails with a short code, and is not tried again.
    world.service.answerNext(laptop, { status: 404 });
    await world.remind(robin.id, "push-test-2");
    expect(await world.runWorker(world.dueAt)).toMatchObject({ sent: 0, failed: 1, retrying: 0 });
    const second = (await messagesOf(world.db, robin.id)).find((row) => row.dedupeKey === "push-test-2");
    expect(second).toMatchObject({ status: "failed", lastError: "web_push:gone", attempts: 1 });
    expect(await subscriptionsOf(world.db, robin.id)).toEqual([]);
    expect(world.service.received).toHaveLength(3);
  });

  it("backs off on 429 (honouring Retry-After) and on 500, then sends", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const phone = world.service.newBrowser();
    await world.subscribe(robin.client, phone);
    world.service.answerNext(phone, { status: 429, headers: { "retry-after": "120" } }, { status: 500 });
    await world.remind(robin.id);

    expect(await world.runWorker(world.dueAt)).toMatchObject({ retrying: 1, sent: 0 });
    const [limited] = await messagesOf(world.db, robin.id);
    expect(limited).toMatchObject({ status: "pending", attempts: 1, lastError: "web_push:429" });
    expect(limited!.nextAttemptAt.getTime() - world.dueAt.getTime()).toBeGreaterThanOrEqual(120_000);

    // Too early: nothing is tried. Then the 500 is met with the backoff (attempt 2: one to two minutes).
    expect(await world.runWorker(new Date(limited!.nextAttemptAt.getTime() - 1_000))).toMatchObject({ retrying: 0 });
    expect(await world.runWorker(limited!.nextAttemptAt)).toMatchObject({ retrying: 1 });
    const [failedOnce] = await messagesOf(world.db, robin.id);
    expect(failedOnce).toMatchObject({ status: "pending", attempts: 2, lastError: "web_push:500" });
    const delay = failedOnce!.nextAttemptAt.getTime() - limited!.nextAttemptAt.getTime();
    expect(delay).toBeGreaterThanOrEqual(60_000);
    expect(delay).toBeLessThanOrEqual(120_000);

    expect(await world.runWorker(failedOnce!.nextAttemptAt)).toMatchObject({ sent: 1 });
    expect((await messagesOf(world.db, robin.id))[0]).toMatchObject({ status: "sent", attempts: 3 });
    expect(world.service.received.map((push) => push.status)).toEqual([429, 500, 201]);
    expect(world.service.received.every((push) => push.problems.length === 0)).toBe(true);
  });

  it("fails a message the push service refuses as too large, with a short code", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const phone = world.service.newBrowser();
    await world.subscribe(robin.client, phone);
    world.service.answerNext(phone, { status: 413 });
    await world.remind(robin.id);
    expect(await world.runWorker(world.dueAt)).toMatchObject({ failed: 1 });
    expect((await messagesOf(world.db, robin.id))[0]).toMatchObject({ status: "failed", lastError: "web_push:413" });
    expect(await subscriptionsOf(world.db, robin.id)).toHaveLength(1);
  });

  it("sends the named words only to a person who chose them", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    await world.subscribe(robin.client, world.service.newBrowser());
    await world.db.insert(schema.reminderPreferences).values({
      personId: robin.id,
      dailyLimit: 3,
      mayNameService: true,
      quietFrom: null,
      quietUntil: null,
      updatedAt: new Date(),
    });
    await world.remind(robin.id);
    await world.runWorker(world.dueAt);
    const [message] = await messagesOf(world.db, robin.id);
    expect(world.service.received[0]?.payload).toMatchObject({ body: message!.namedText });
  });
});

describe("subscribing and unsubscribing", () => {
  const settingsQuery = "{ myReminderSettings { vapidPublicKey pushDeviceCount channels { channel isOn } } }";

  it("turns the push channel on with the first browser and off with the last", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const before = await robin.client.gql<{ myReminderSettings: Record<string, unknown> }>(settingsQuery);
    expect(before.data?.myReminderSettings).toMatchObject({
      vapidPublicKey: world.vapid.publicKey,
      pushDeviceCount: 0,
      channels: expect.arrayContaining([{ channel: "PUSH", isOn: false }]),
    });
    const [phone, laptop] = [world.service.newBrowser(), world.service.newBrowser()];
    await world.subscribe(robin.client, phone);
    await world.subscribe(robin.client, laptop);
    // The same browser again: still two.
    expect((await world.subscribe(robin.client, phone)).data?.subscribeToPush.pushDeviceCount).toBe(2);
    const on = await robin.client.gql<{ myReminderSettings: Record<string, unknown> }>(settingsQuery);
    expect(on.data?.myReminderSettings.channels).toContainEqual({ channel: "PUSH", isOn: true });

    const unsubscribe =
      "mutation($e: String!) { unsubscribeFromPush(endpoint: $e) { pushDeviceCount channels { channel isOn } } }";
    const first = await robin.client.gql<{ unsubscribeFromPush: Record<string, unknown> }>(unsubscribe, {
      e: phone.endpoint,
    });
    expect(first.data?.unsubscribeFromPush).toMatchObject({ pushDeviceCount: 1 });
    expect(first.data?.unsubscribeFromPush.channels).toContainEqual({ channel: "PUSH", isOn: true });
    const last = await robin.client.gql<{ unsubscribeFromPush: Record<string, unknown> }>(unsubscribe, {
      e: laptop.endpoint,
    });
    expect(last.data?.unsubscribeFromPush.channels).toContainEqual({ channel: "PUSH", isOn: false });
    const consents = await world.db.query.consents.findMany({
      where: { personId: robin.id, purpose: "reminders_by_push" },
    });
    expect(consents.map((consent) => consent.isGranted)).toEqual([true, false]);
  });

  it("lets nobody else unsubscribe or see a person's browsers", async () => {
    const world = await pushWorld();
    const robin = await world.person("Robin");
    const sam = await world.person("Sam");
    const phone = world.service.newBrowser();
    await world.subscribe(robin.client, phone);

    const byOther = await sam.client.gql<{ unsubscribeFromPush: { pushDeviceCount: number } }>(
      "mutation($e: String!) { unsubscribeFromPush(endpoint: $e) { pushDeviceCount } }",
      { e: phone.endpoint },
    );
    // The same answer as for an unknown address: nothing says whose it is.
    expect(byOther.data?.unsubscribeFromPush.pushDeviceCount).toBe(0);
    expect(await subscriptionsOf(world.db, robin.id)).toHaveLength(1);
    const samSees = await sam.client.gql<{ myReminderSettings: { pushDeviceCount: number } }>(settingsQuery);
    expect(samSees.data?.myReminderSettings.pushDeviceCount).toBe(0);

    const anonymous = new TestClient(world.app);
    const refused = await anonymous.gql(
      "mutation($e: String!) { unsubscribeFromPush(endpoint: $e) { pushDeviceCount } }",
      {
        e: phone.endpoint,
      },
    );
    expect(errorCodes(refused)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await world.subscribe(anonymous, world.service.newBrowser()))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses endpoints and keys that are not a browser's, with typed errors and no write", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const good = world.service.newBrowser();
    const offCurve = `BA${"A".repeat(85)}`; // 65 bytes, 0x04 prefix, but not a point on P-256
    const cases: [Partial<FakeBrowser>, string][] = [
      [{ endpoint: "http://push.example.test/push/1" }, "endpoint"],
      [{ endpoint: "https://127.0.0.1/push/1" }, "endpoint"],
      [{ endpoint: "https://localhost/push/1" }, "endpoint"],
      [{ endpoint: "https://push.example.test:8443/push/1" }, "endpoint"],
      [{ endpoint: `https://push.example.test/${"a".repeat(1_000)}` }, "endpoint"],
      [{ endpoint: "not a url" }, "endpoint"],
      [{ p256dh: good.p256dh.slice(0, 40) }, "p256dh"],
      [{ p256dh: `${good.p256dh.slice(0, -2)}!!` }, "p256dh"],
      [{ auth: Buffer.alloc(15).toString("base64url") }, "auth"],
      [{ p256dh: offCurve }, "p256dh"],
    ];
    for (const [override, field] of cases) {
      const result = await world.subscribe(robin.client, { ...good, ...override });
      expect(errorCodes(result), JSON.stringify(override)).toEqual(["VALIDATION"]);
      expect(JSON.stringify(result.errors?.[0]?.extensions?.fields), field).toContain(field);
    }
    expect(await subscriptionsOf(world.db, robin.id)).toEqual([]);
    const consents = await world.db.query.consents.findMany({
      where: { personId: robin.id, purpose: "reminders_by_push" },
    });
    expect(consents).toEqual([]);
  });

  it("does not offer notifications when the service has no VAPID keys", async () => {
    const t = await testApp();
    cleanups.push(t.close);
    const client = t.client();
    const made = await createPerson(t.db);
    await client.signIn(made.email, defaultPassword);
    const settings = await client.gql<{
      myReminderSettings: { vapidPublicKey: string | null; channels: { channel: string }[] };
    }>(settingsQuery);
    expect(settings.data?.myReminderSettings.vapidPublicKey).toBeNull();
    expect(settings.data?.myReminderSettings.channels.map((c) => c.channel)).not.toContain("PUSH");
    const service = await startFakePushService({ vapidPublicKey: "unused" });
    cleanups.push(service.close);
    const browser = service.newBrowser();
    const refused = await client.gql(
      "mutation($i: PushSubscriptionInput!) { subscribeToPush(input: $i) { pushDeviceCount } }",
      {
        i: { endpoint: browser.endpoint, p256dh: browser.p256dh, auth: browser.auth },
      },
    );
    expect(errorCodes(refused)).toEqual(["NOT_FOUND"]);
  });
});

describe("a person's browsers in their data", () => {
  it("lists each browser's push service by host only, and erasure removes them", async () => {
    const world = await pushWorld();
    const robin = await world.person();
    const phone = world.service.newBrowser();
    await world.subscribe(robin.client, phone);
    const response = await world.app.request("http://localhost/api/my-data", {
      headers: { cookie: robin.client.cookie!, "x-test-client-address": "192.0.2.1" },
    });
    const data = (await response.json()) as { notificationDevices: Record<string, unknown>[] };
    expect(data.notificationDevices).toEqual([
      { pushServiceHost: "push.example.test", turnedOnAt: expect.any(String), lastSentAt: null },
    ]);
    expect(JSON.stringify(data)).not.toContain(phone.endpoint);
    expect(JSON.stringify(data)).not.toContain(phone.p256dh);

    const erased = await robin.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(errorCodes(erased)).toEqual([]);
    expect(await world.db.select().from(schema.pushSubscriptions)).toEqual([]);
  });
});
