// One-time codes and the account-message outbox (ADR 020): five wrong tries kill
// a code, fifteen minutes end it, one use only; a new email or mobile takes
// effect only with its code; codes and addresses are sealed at rest; the worker
// retries and gives up as reminders do; erasure takes everything with it.
import { accountMessageTexts } from "@kinship/api/accounts/messages/account-message-texts";
import { queueAccountMessage } from "@kinship/api/accounts/messages/queue-account-message";
import { sendAccountMessages } from "@kinship/api/accounts/messages/send-account-messages";
import { bannedWordIn } from "@kinship/api/reminders/banned-words";
import type { ChannelAdapter, OutgoingMessage, SendResult } from "@kinship/api/reminders/channels/channel-adapter";
import { TokenBucket } from "@kinship/api/reminders/delivery/token-bucket";
import { schema } from "@kinship/db";
import { verificationPurposes } from "@kinship/db/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFromNewAddress, errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
let clock = new Date("2027-05-01T09:00:00Z");
beforeAll(async () => {
  t = await testApp({ now: () => clock });
});
afterAll(() => t.close());
const later = (ms = 2 * 60 * 60_000) => {
  clock = new Date(clock.getTime() + ms);
};
const client = () => clientFromNewAddress(t);
const confirmSignUp = (browser: TestClient, v: string, c: string) =>
  browser.gql<{ confirmSignUp: { id: string } }>(
    "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id } }",
    { v, c },
  );
const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("one-time codes", () => {
  it("die after five wrong tries: even the right code is refused then", async () => {
    later();
    const browser = client();
    const started = await browser.startSignUp({ email: "five-tries@example.test" });
    const code = (await t.latestCode("five-tries@example.test"))!;
    const id = started.data!.signUp.verificationId;
    for (let i = 0; i < 5; i++)
      expect(errorCodes(await confirmSignUp(browser, id, wrongFor(code)))).toEqual(["VALIDATION"]);
    expect(errorCodes(await confirmSignUp(browser, id, code))).toEqual(["VALIDATION"]);
    expect(await t.db.query.people.findFirst({ where: { email: "five-tries@example.test" } })).toBeUndefined();
  });

  it("run out after 15 minutes", async () => {
    later();
    const browser = client();
    const started = await browser.startSignUp({ email: "slow@example.test" });
    const code = (await t.latestCode("slow@example.test"))!;
    later(15 * 60_000 + 1);
    expect(errorCodes(await confirmSignUp(browser, started.data!.signUp.verificationId, code))).toEqual(["VALIDATION"]);
  });

  it("work once", async () => {
    later();
    const browser = client();
    const started = await browser.startSignUp({ email: "once@example.test" });
    const code = (await t.latestCode("once@example.test"))!;
    expect((await confirmSignUp(browser, started.data!.signUp.verificationId, code)).errors).toBeUndefined();
    expect(errorCodes(await confirmSignUp(client(), started.data!.signUp.verificationId, code))).toEqual([
      "VALIDATION",
    ]);
  });

  it("count wrong codes against the network address too, so many codes cannot be tried from one place", async () => {
    later();
    const browser = client();
    const codes: (string | undefined)[][] = [];
    for (let i = 0; i < 32; i++) codes.push(errorCodes(await confirmSignUp(browser, `made-up-${i}`, "123456")));
    expect(codes.slice(0, 30).every((c) => c[0] === "VALIDATION")).toBe(true);
    expect(codes.at(-1)).toEqual(["RATE_LIMITED"]);
  });

  it("are kept only as keyed hashes, and messages only sealed", async () => {
    later();
    await client().startSignUp({ email: "sealed@example.test" });
    const code = (await t.latestCode("sealed@example.test"))!;
    const stored = JSON.stringify(await t.db.select().from(schema.accountVerifications));
    expect(stored).not.toContain(code);
    expect(stored).not.toContain("sealed@example.test");
    const { statement } = await queueAccountMessage(
      { db: t.db, cipher: t.cipher, now: clock },
      {
        personId: null,
        channel: "email",
        to: "waiting@example.test",
        text: accountMessageTexts.code({ code: "424242", purpose: "sign_up", mayName: false }),
      },
    );
    await statement;
    const queued = JSON.stringify(await t.db.select().from(schema.accountMessages));
    expect(queued).not.toContain("424242");
    expect(queued).not.toContain("waiting@example.test");
    await t.db.delete(schema.accountMessages);
  });
});

describe("a new email address or mobile number", () => {
  it("takes effect only with the code sent to it, and the old address is told", async () => {
    later();
    const person = await createPerson(t.db, {});
    const browser = client();
    await browser.signIn(person.email, defaultPassword);
    const started = await browser.gql<{ changeEmail: { verificationId: string; sentTo: string } }>(
      "mutation($e: String!, $p: String) { changeEmail(newEmail: $e, currentPassword: $p) { verificationId sentTo } }",
      { e: "moved@example.test", p: defaultPassword },
    );
    expect(started.data?.changeEmail.sentTo).toBe("EMAIL");
    expect((await t.db.query.people.findFirst({ where: { id: person.id } }))?.email).toBe(person.email);
    const code = (await t.latestCode("moved@example.test"))!;
    const confirm = (by: TestClient, c: string) =>
      by.gql<{ confirmContactChange: { email: string } }>(
        "mutation($v: ID!, $c: String!) { confirmContactChange(verificationId: $v, code: $c) { email } }",
        { v: started.data!.changeEmail.verificationId, c },
      );
    expect(errorCodes(await confirm(browser, wrongFor(code)))).toEqual(["VALIDATION"]);
    // Someone else, signed in, with the right code: not theirs to use.
    const other = await createPerson(t.db, {});
    const stranger = client();
    await stranger.signIn(other.email, defaultPassword);
    expect(errorCodes(await confirm(stranger, code))).toEqual(["VALIDATION"]);
    expect(errorCodes(await confirm(client(), code))).toEqual(["UNAUTHENTICATED"]);

    expect((await confirm(browser, code)).data?.confirmContactChange.email).toBe("moved@example.test");
    const notice = await t.db.query.developmentOutbox.findFirst({ where: { recipient: person.email } });
    expect(notice?.body).toMatch(/The email address you sign in to your account with was changed/);
  });
});

describe("the account-message worker", () => {
  const adapterAnswering = (answers: SendResult[]) => {
    const sent: OutgoingMessage[] = [];
    const adapter: ChannelAdapter = {
      provider: "notify",
      limiter: new TokenBucket({ perSecond: 100, burst: 100 }),
      send: async (message) => {
        sent.push(message);
        return answers.shift() ?? { outcome: "sent", providerId: "p-1", deliveryStatus: "created" };
      },
    };
    return { adapter, sent };
  };
  const queue = async (to: string) => {
    const text = accountMessageTexts.passwordChanged({ mayName: false });
    const { statement } = await queueAccountMessage(
      { db: t.db, cipher: t.cipher, now: clock },
      { personId: null, channel: "mobile", to, text },
    );
    await statement;
  };
  const run = (adapter: ChannelAdapter) =>
    sendAccountMessages({
      db: t.db,
      cipher: t.cipher,
      adapters: { sms: adapter },
      now: () => clock,
      workerId: "test",
      random: () => 1,
    });

  it("sends with no stop link, deletes once sent, backs off when asked to wait, and gives up on a permanent failure", async () => {
    later();
    const { adapter, sent } = adapterAnswering([
      { outcome: "retryable", error: "notify:500:Exception", mayHaveBeenSent: false },
      { outcome: "permanent", error: "notify:400:BadRequestError" },
    ]);
    await queue("+447700900601");
    expect(await run(adapter)).toMatchObject({ sent: 0, retrying: 1 });
    expect(await run(adapter)).toMatchObject({ sent: 0, retrying: 0 });
    later(60_000);
    expect(await run(adapter)).toMatchObject({ failed: 1 });
    expect(await t.db.select().from(schema.accountMessages)).toEqual([]);
    await queue("+447700900602");
    expect(await run(adapter)).toMatchObject({ sent: 1 });
    expect(sent.at(-1)).toMatchObject({ to: "+447700900602", personId: null, channel: "sms" });
    expect(sent.at(-1)?.stopUrl).toBeUndefined();
    expect(await t.db.select().from(schema.accountMessages)).toEqual([]);
  });

  it("drops a message a day old unsent", async () => {
    later();
    await queue("+447700900603");
    later(24 * 60 * 60_000);
    expect(await run(adapterAnswering([]).adapter)).toMatchObject({ expired: 1, sent: 0 });
  });
});

describe("account messages", () => {
  it("are discreet unless the person chose otherwise", () => {
    const discreet = [
      ...verificationPurposes.map((purpose) => accountMessageTexts.code({ code: "123456", purpose, mayName: false })),
      accountMessageTexts.addressAlreadyUsed({ channel: "email", mayName: false }),
      accountMessageTexts.addressAlreadyUsed({ channel: "mobile", mayName: false }),
      accountMessageTexts.passwordChanged({ mayName: false }),
      accountMessageTexts.contactChanged({ channel: "email", mayName: false }),
      accountMessageTexts.contactChanged({ channel: "mobile", mayName: false }),
    ];
    for (const text of discreet) {
      expect(bannedWordIn(text.subject), text.subject).toBeNull();
      expect(bannedWordIn(text.body), text.body).toBeNull();
    }
    expect(accountMessageTexts.passwordChanged({ mayName: true }).body).toMatch(/Kinship/);
  });

  it("go with the person on erasure", async () => {
    later();
    const person = await createPerson(t.db, {});
    const browser = client();
    await browser.signIn(person.email, defaultPassword);
    await browser.gql("mutation($i: String!) { requestPasswordReset(identifier: $i) { verificationId } }", {
      i: person.email,
    });
    const text = accountMessageTexts.passwordChanged({ mayName: false });
    const { statement } = await queueAccountMessage(
      { db: t.db, cipher: t.cipher, now: clock },
      { personId: person.id, channel: "email", to: person.email, text },
    );
    await statement;
    const erased = await browser.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", { p: defaultPassword });
    expect(erased.errors).toBeUndefined();
    expect(await t.db.query.accountVerifications.findMany({ where: { personId: person.id } })).toEqual([]);
    expect(await t.db.query.accountMessages.findMany({ where: { personId: person.id } })).toEqual([]);
    expect(await t.db.query.developmentOutbox.findMany({ where: { personId: person.id } })).toEqual([]);
  });
});
