// A person's reminder settings through the API (the channels are their consents),
// the stop link, the development outbox (never in production), and reminders in
// the data download and after erasure.
import { createApp } from "@kinship/api/app";
import { createDevelopmentSink } from "@kinship/api/reminders/channels/development-sink";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";
import { createReminderPerson, sessionReminderText } from "../support/reminder-factories";

let t: TestAppHandle;
const now = new Date("2027-01-12T10:00:00Z");

beforeAll(async () => {
  t = await testApp({ now: () => now });
});
afterAll(() => t.close());

const settingsQuery = `{ myReminderSettings {
  channels { channel isOn address title wording } quietHours { from until } dailyLimit mayNameService } }`;
const save = `mutation($input: ReminderSettingsInput!) { saveReminderSettings(input: $input) {
  channels { channel isOn } quietHours { from until } dailyLimit mayNameService } }`;
const input = { sms: true, email: true, quietFrom: "22:00", quietUntil: "07:30", dailyLimit: 2, mayNameService: false };

type Settings = {
  channels: { channel: string; isOn: boolean; address: string | null }[];
  quietHours: { from: string; until: string } | null;
  dailyLimit: number;
  mayNameService: boolean;
};

async function signedIn(withMobile = true) {
  const person = await createPerson(t.db);
  const mobile = `+4477009${String(Math.floor(Math.random() * 100000)).padStart(5, "0")}`;
  if (withMobile) await t.db.update(schema.people).set({ mobile }).where(eq(schema.people.id, person.id));
  const client = t.client();
  await client.signIn(person.email, defaultPassword);
  return { ...person, mobile, client };
}

const settingsOf = async (client: TestClient) =>
  (await client.gql<{ myReminderSettings: Settings }>(settingsQuery)).data!.myReminderSettings;

async function sendWithSink(at = now) {
  return sendDueReminders({
    db: t.db,
    adapters: { sms: createDevelopmentSink(t.db, () => at), email: createDevelopmentSink(t.db, () => at) },
    now: () => at,
    origin: "http://localhost",
    workerId: `settings-test-${at.getTime()}`,
  });
}

describe("reminder settings", () => {
  it("start off, quiet at night, three a day, discreet, with the person's own addresses", async () => {
    const person = await signedIn();
    const settings = await settingsOf(person.client);
    expect(settings).toMatchObject({
      quietHours: { from: "21:00", until: "08:00" },
      dailyLimit: 3,
      mayNameService: false,
    });
    expect(settings.channels).toEqual([
      expect.objectContaining({ channel: "SMS", isOn: false, address: person.mobile }),
      expect.objectContaining({ channel: "EMAIL", isOn: false, address: person.email }),
    ]);
  });

  it("saves the choices, recording each channel as a consent with its wording", async () => {
    const person = await signedIn();
    const saved = await person.client.gql<{ saveReminderSettings: Settings }>(save, { input });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveReminderSettings).toEqual({
      channels: [
        { channel: "SMS", isOn: true },
        { channel: "EMAIL", isOn: true },
      ],
      quietHours: { from: "22:00", until: "07:30" },
      dailyLimit: 2,
      mayNameService: false,
    });
    const consents = await t.db.select().from(schema.consents).where(eq(schema.consents.personId, person.id));
    expect(consents.map((c) => [c.purpose, c.isGranted, c.wordingVersion]).sort()).toEqual([
      ["reminders_by_email", true, 1],
      ["reminders_by_sms", true, 1],
    ]);
    // The same consents the privacy page shows.
    const shown = await person.client.gql<{ myConsents: { purpose: string; isGranted: boolean }[] }>(
      "{ myConsents { purpose isGranted } }",
    );
    expect(shown.data?.myConsents.filter((c) => c.isGranted).map((c) => c.purpose)).toEqual([
      "REMINDERS_BY_SMS",
      "REMINDERS_BY_EMAIL",
    ]);
    // Saving the same again records nothing new; turning one off records its withdrawal.
    await person.client.gql(save, { input });
    await person.client.gql(save, { input: { ...input, email: false, quietFrom: null, quietUntil: null } });
    const after = await t.db.select().from(schema.consents).where(eq(schema.consents.personId, person.id));
    expect(after).toHaveLength(3);
    expect(await settingsOf(person.client)).toMatchObject({ quietHours: null });
  });

  it("refuses choices that can't work, field by field, and changes nothing", async () => {
    const person = await signedIn(false);
    const problems = async (changes: Record<string, unknown>) => {
      const result = await person.client.gql(save, { input: { ...input, sms: false, ...changes } });
      expect(errorCodes(result)).toEqual(["VALIDATION"]);
      return Object.keys((result.errors?.[0]?.extensions?.fields ?? {}) as Record<string, string[]>);
    };
    expect(await problems({ quietUntil: null })).toEqual(["quietUntil"]);
    expect(await problems({ quietFrom: "25:00" })).toEqual(["quietFrom"]);
    expect(await problems({ quietFrom: "07:30" })).toEqual(["quietUntil"]);
    expect(await problems({ dailyLimit: 0 })).toEqual(["dailyLimit"]);
    expect(await problems({ dailyLimit: 11 })).toEqual(["dailyLimit"]);
    // No mobile number on the account: no text messages.
    expect(await problems({ sms: true })).toEqual(["sms"]);
    expect(await t.db.select().from(schema.consents).where(eq(schema.consents.personId, person.id))).toEqual([]);
    expect(await settingsOf(person.client)).toMatchObject({ dailyLimit: 3 });
  });

  it("are only ever the viewer's own: another person neither reads nor changes them", async () => {
    const [me, them] = await Promise.all([signedIn(), signedIn()]);
    await me.client.gql(save, { input: { ...input, dailyLimit: 5 } });
    await them.client.gql(save, { input: { ...input, dailyLimit: 1, mayNameService: true } });
    expect(await settingsOf(me.client)).toMatchObject({ dailyLimit: 5, mayNameService: false });
    const theirs = await settingsOf(them.client);
    expect(theirs).toMatchObject({ dailyLimit: 1, mayNameService: true });
    expect(theirs.channels.map((c) => c.address)).not.toContain(me.mobile);
    const anonymous = t.client();
    expect(errorCodes(await anonymous.gql(settingsQuery))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await anonymous.gql(save, { input }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await anonymous.gql("{ myReminders { id } }"))).toEqual(["UNAUTHENTICATED"]);
  });

  it("turning every channel off calls off what is waiting", async () => {
    const person = await signedIn();
    await person.client.gql(save, { input });
    await t.db.batch([
      enqueueReminder(t.db, {
        personId: person.id,
        kind: "support_session",
        dedupeKey: "settings:off",
        dueAt: new Date(now.getTime() + 3_600_000),
        text: sessionReminderText(now),
      }),
    ]);
    const listed = await person.client.gql<{ myReminders: { words: string; status: string }[] }>(
      "{ myReminders { words status channel dueAt sentAt } }",
    );
    expect(listed.data?.myReminders.map((r) => r.status)).toEqual(["PENDING", "PENDING"]);
    await person.client.gql(save, { input: { ...input, sms: false, email: false } });
    const after = await t.db
      .select()
      .from(schema.reminderMessages)
      .where(eq(schema.reminderMessages.personId, person.id));
    expect(after.map((m) => m.status)).toEqual(["cancelled", "cancelled"]);
  });
});

describe("the stop link", () => {
  it("asks, then turns every reminder off with the withdrawal recorded, and says so plainly", async () => {
    const person = await createReminderPerson(t.db);
    const enqueue = (key: string, dueAt: Date) =>
      t.db.batch([
        enqueueReminder(t.db, {
          personId: person.id,
          kind: "support_session",
          dedupeKey: key,
          dueAt,
          text: sessionReminderText(dueAt),
        }),
      ]);
    await enqueue("stop:first", now);
    await enqueue("stop:later", new Date(now.getTime() + 86_400_000));
    expect(await sendWithSink()).toMatchObject({ sent: 2 });
    const [text] = await t.db
      .select()
      .from(schema.developmentOutbox)
      .where(eq(schema.developmentOutbox.channel, "sms"))
      .then((rows) => rows.filter((row) => row.personId === person.id));
    const stopPath = /http:\/\/localhost(\/stop\/[a-z2-9]{16})/.exec(text!.body)![1]!;
    // Only the hash of the token is stored.
    const tokens = await t.db
      .select()
      .from(schema.reminderStopTokens)
      .where(eq(schema.reminderStopTokens.personId, person.id));
    expect(tokens).toHaveLength(2);
    expect(JSON.stringify(tokens)).not.toContain(stopPath.slice(6));

    // Opening the link (a mail scanner might) changes nothing; it asks.
    const asked = await t.app.request(`http://localhost${stopPath}`);
    expect(asked.status).toBe(200);
    const askedPage = await asked.text();
    expect(askedPage).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(askedPage).toContain("Stop reminders?");
    expect(askedPage).toContain(`action="${stopPath}"`);
    expect((await sendWithSink()).sent).toBe(0);

    const stopped = await t.app.request(`http://localhost${stopPath}`, { method: "POST" });
    expect(stopped.status).toBe(200);
    expect(await stopped.text()).toContain("Reminders are off");
    const consents = await t.db.select().from(schema.consents).where(eq(schema.consents.personId, person.id));
    const newest = (purpose: string) => consents.filter((c) => c.purpose === purpose).at(-1);
    expect(newest("reminders_by_sms")).toMatchObject({ isGranted: false, wordingVersion: 1, recordedAt: now });
    expect(newest("reminders_by_email")).toMatchObject({ isGranted: false, wordingVersion: 1 });
    const messages = await t.db
      .select()
      .from(schema.reminderMessages)
      .where(eq(schema.reminderMessages.personId, person.id));
    expect(messages.filter((m) => m.dedupeKey === "stop:later").map((m) => m.status)).toEqual([
      "cancelled",
      "cancelled",
    ]);
    // Nothing more is enqueued for them either.
    await enqueue("stop:after", now);
    expect(
      (await t.db.select().from(schema.reminderMessages).where(eq(schema.reminderMessages.personId, person.id))).length,
    ).toBe(4);

    // Using the link again changes nothing and says the same; a wrong one is plainly refused.
    const again = await t.app.request(`http://localhost${stopPath}`, { method: "POST" });
    expect(await again.text()).toContain("Reminders are off");
    expect(await t.db.select().from(schema.consents).where(eq(schema.consents.personId, person.id))).toHaveLength(4);
    for (const wrong of ["/stop/abcdefghijkmnpqr", "/stop/x", `/stop/${"a".repeat(500)}`]) {
      const refused = await t.app.request(`http://localhost${wrong}`, { method: "POST" });
      expect(refused.status).toBe(404);
      expect(await refused.text()).toContain("This link isn&#x27;t working");
    }
  });
});

describe("the development outbox", () => {
  it("is not served in production", async () => {
    const response = await t.app.request("http://localhost/dev/outbox");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Development outbox");
  });

  it("shows what the development sink kept, in development", async () => {
    const development = createApp({
      getDb: () => t.db,
      getCipher: async () => t.cipher,
      getClientAddress: () => "192.0.2.1",
      isProduction: false,
      now: () => now,
    });
    const person = await createReminderPerson(t.db, { email: false });
    const at = new Date("2027-01-14T09:15:00Z");
    await t.db.batch([
      enqueueReminder(t.db, {
        personId: person.id,
        kind: "support_session",
        dedupeKey: "outbox",
        dueAt: at,
        text: sessionReminderText(at, "Alex"),
      }),
    ]);
    await sendWithSink(at);
    const page = await (await development.request("http://localhost/dev/outbox")).text();
    expect(page).toContain(`Text message to ${person.mobile}`);
    expect(page).toContain("Thursday 14 January at 9:15am");
    expect(page).toContain("Reminder: catch-up with Alex on Thursday 14 January at 9:15am.");
    expect(page).toMatch(/<a href="http:\/\/localhost\/stop\/[a-z2-9]{16}">/);
  });
});

describe("reminders in the person's data", () => {
  it("are in the download, and gone after erasure", async () => {
    const person = await signedIn();
    await person.client.gql(save, { input: { ...input, email: false } });
    await t.db.batch([
      enqueueReminder(t.db, {
        personId: person.id,
        kind: "check_in_due",
        dedupeKey: "export",
        dueAt: now,
        text: sessionReminderText(now, "Jo"),
      }),
    ]);
    await t.db
      .update(schema.reminderPreferences)
      .set({ quietFrom: null, quietUntil: null })
      .where(eq(schema.reminderPreferences.personId, person.id));
    await sendWithSink();
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: person.client.cookie! },
    });
    const { reminders } = (await response.json()) as {
      reminders: {
        preferences: { dailyLimit: number };
        messages: { discreetWords: string; status: string; channel: string }[];
        stopLinks: Record<string, unknown>[];
        developmentMessages: { body: string }[];
      };
    };
    expect(reminders.preferences).toMatchObject({ dailyLimit: 2, quietFrom: null });
    expect(reminders.messages).toEqual([
      expect.objectContaining({
        channel: "sms",
        status: "sent",
        discreetWords: expect.stringContaining("catch-up with Jo"),
      }),
    ]);
    expect(reminders.stopLinks).toHaveLength(1);
    expect(Object.keys(reminders.stopLinks[0]!)).not.toContain("tokenHash");
    expect(reminders.developmentMessages[0]?.body).toContain("catch-up with Jo");

    const erased = await person.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const left = await Promise.all(
      [schema.reminderPreferences, schema.reminderMessages, schema.reminderStopTokens, schema.developmentOutbox].map(
        (table) => t.db.select().from(table).where(eq(table.personId, person.id)),
      ),
    );
    expect(left.flat()).toEqual([]);
  });
});
