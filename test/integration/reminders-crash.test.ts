// Killing the worker mid-batch and starting it again sends every due message
// exactly once. The worker runs in a process of its own; it is killed with
// SIGKILL at the moment Notify has accepted a message but not yet answered, so
// that message reached Notify with no record of it in the database, and the
// rest of its batch sits claimed under a lease that will run out. The fake
// Notify de-duplicates nothing, so any second send would show.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { leaseMs } from "@kinship/api/reminders/delivery/claim-due-messages";
import { enqueueReminder } from "@kinship/api/reminders/enqueue-reminder";
import { schema } from "@kinship/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { type FakeNotify, startFakeNotify } from "../support/fake-notify";
import { createReminderPerson, sessionReminderText } from "../support/reminder-factories";

const testDir = fileURLToPath(new URL("..", import.meta.url));
const people = 30;
const killAfter = 13;
const dueAt = new Date("2027-04-06T09:00:00Z");

let database: Awaited<ReturnType<typeof freshDatabase>>;
let notify: FakeNotify;
let running: ChildProcess | undefined;
let onKillPoint: () => void = () => {};

beforeAll(async () => {
  database = await freshDatabase();
  notify = await startFakeNotify({
    delayMs: 150,
    onAccepted: (_notification, count) => {
      if (count === killAfter) onKillPoint();
    },
  });
  for (let i = 0; i < people; i++) {
    const person = await createReminderPerson(database.db, { email: false });
    await database.db.batch([
      enqueueReminder(database.db, {
        personId: person.id,
        kind: "support_session",
        dedupeKey: `crash:${i}`,
        dueAt,
        text: sessionReminderText(new Date(dueAt.getTime() + 24 * 60 * 60_000)),
      }),
    ]);
  }
});
afterAll(async () => {
  running?.kill("SIGKILL");
  await notify.close();
  database.close();
});

function startWorker(now: Date) {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "support/reminder-worker-process.ts"], {
    cwd: testDir,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_SMS_TEMPLATE_ID: notify.smsTemplateId,
      NOTIFY_BASE_URL: notify.url,
      WORKER_NOW: now.toISOString(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  running = child;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, output })),
  );
  return { child, exited };
}

describe("a worker killed mid-batch", () => {
  it("sends every due message exactly once after a restart", { timeout: 90_000 }, async () => {
    const first = startWorker(dueAt);
    onKillPoint = () => first.child.kill("SIGKILL");
    const killed = await first.exited;
    expect(killed.signal, killed.output).toBe("SIGKILL");
    onKillPoint = () => {};

    const rows = await database.db.select().from(schema.reminderMessages);
    const atNotify = new Set(notify.notifications.map((n) => n.reference));
    const inFlight = rows.filter((row) => row.status === "sending");
    // Killed mid-batch: one message reached Notify unrecorded, others were claimed and never sent.
    expect(notify.notifications).toHaveLength(killAfter);
    expect(inFlight.filter((row) => atNotify.has(row.id))).toHaveLength(1);
    expect(inFlight.filter((row) => !atNotify.has(row.id)).length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(killAfter - 1);

    // The restarted worker's clock is past the dead worker's lease.
    const second = startWorker(new Date(dueAt.getTime() + leaseMs + 60_000));
    const finished = await second.exited;
    expect(finished.code, finished.output).toBe(0);
    expect(JSON.parse(finished.output.trim().split("\n").at(-1)!)).toMatchObject({
      recovered: inFlight.length,
      sent: people - (killAfter - 1),
    });

    const after = await database.db.select().from(schema.reminderMessages);
    expect(after.every((row) => row.status === "sent")).toBe(true);
    const references = notify.notifications.map((n) => n.reference);
    expect(references).toHaveLength(people);
    expect(new Set(references).size).toBe(people);
    expect(new Set(references)).toEqual(new Set(after.map((row) => row.id)));
    // Each message's recorded provider id is the one Notify gave it.
    for (const row of after) {
      expect(notify.notifications.find((n) => n.id === row.providerId)?.reference).toBe(row.id);
    }
  });
});
