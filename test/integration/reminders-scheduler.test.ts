// "Never twice for the same slot": two schedulers, each with its own connection
// to the same database file (as two Node processes would have), race for the
// same minutes; each minute runs once, and each reminder is sent once.
import { createNotifyAdapters } from "@kinship/api/reminders/channels/notify-adapter";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { runRemindersJob } from "@kinship/api/reminders/scheduling/run-reminders-job";
import { claimSlot, minuteSlot } from "@kinship/api/reminders/scheduling/scheduled-runs";
import { openDatabase, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { type FakeNotify, startFakeNotify } from "../support/fake-notify";
import { createReminderPerson, sessionReminderText } from "../support/reminder-factories";

let database: Awaited<ReturnType<typeof freshDatabase>>;
let other: Awaited<ReturnType<typeof openDatabase>>;
let notify: FakeNotify;
const start = new Date("2027-05-04T09:00:00Z");

beforeAll(async () => {
  database = await freshDatabase();
  other = await openDatabase({ url: database.url });
  notify = await startFakeNotify();
});
afterAll(async () => {
  await notify.close();
  other.close();
  database.close();
});

describe("the scheduler", () => {
  it("names a minute's slot", () => {
    expect(minuteSlot(new Date("2027-05-04T09:00:59.999Z"))).toBe("2027-05-04T09:00Z");
  });

  it("lets exactly one of two concurrent schedulers claim each slot", async () => {
    const claim = (db: typeof other.db, claimedBy: string, slot: string) =>
      claimSlot(db, { job: "test-job", slot, claimedBy, now: start });
    for (let minute = 0; minute < 20; minute++) {
      const slot = `2027-05-04T09:${String(minute).padStart(2, "0")}Z`;
      const wins = await Promise.all([claim(database.db, "a", slot), claim(other.db, "b", slot)]);
      expect(wins.filter(Boolean)).toHaveLength(1);
    }
    const rows = await database.db.select().from(schema.scheduledRuns).where(eq(schema.scheduledRuns.job, "test-job"));
    expect(rows).toHaveLength(20);
  });

  it("runs the reminders job once per minute however many schedulers try, and sends each reminder once", async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, () => createReminderPerson(database.db, { email: false })),
    );
    await database.db.batch(
      people.map((person, i) =>
        enqueueReminder(database.db, {
          personId: person.id,
          kind: "support_session",
          dedupeKey: `scheduler:${i}`,
          // Due over the next three minutes.
          dueAt: new Date(start.getTime() + (i % 3) * 60_000),
          text: sessionReminderText(new Date(start.getTime() + 86_400_000)),
        }),
      ) as [ReturnType<typeof enqueueReminder>, ...ReturnType<typeof enqueueReminder>[]],
    );
    const scheduler = (db: typeof other.db, name: string, at: Date) =>
      runRemindersJob({
        db,
        adapters: createNotifyAdapters({
          apiKey: notify.apiKey,
          smsTemplateId: notify.smsTemplateId,
          baseUrl: notify.url,
        }),
        now: () => at,
        origin: "https://kinship.example.org",
        workerId: name,
      });
    const outcomes = [];
    for (let minute = 0; minute < 3; minute++) {
      // Each scheduler ticks twice within the minute, at slightly different moments.
      const at = new Date(start.getTime() + minute * 60_000 + 5_000);
      const later = new Date(at.getTime() + 30_000);
      outcomes.push(
        ...(await Promise.all([
          scheduler(database.db, "node-a", at),
          scheduler(other.db, "node-b", at),
          scheduler(database.db, "node-a", later),
          scheduler(other.db, "node-b", later),
        ])),
      );
    }
    const ran = outcomes.filter((outcome) => outcome !== null);
    expect(ran).toHaveLength(3);
    expect(ran.reduce((total, run) => total + (run?.sent ?? 0), 0)).toBe(6);
    const runs = await database.db.select().from(schema.scheduledRuns).where(eq(schema.scheduledRuns.job, "reminders"));
    expect(runs.map((run) => run.slot).sort()).toEqual(["2027-05-04T09:00Z", "2027-05-04T09:01Z", "2027-05-04T09:02Z"]);
    expect(runs.every((run) => run.finishedAt !== null && typeof run.outcome?.sent === "number")).toBe(true);
    const references = notify.notifications.map((n) => n.reference);
    expect(references).toHaveLength(6);
    expect(new Set(references).size).toBe(6);
  });
});
