// The scheduled reminders job, the same on Node (a timer in node-server.ts) and
// on Workers (the Cron Trigger in worker.ts): once per minute-slot, send what is
// due, then let go of what is past keeping.
import { newId } from "@kinship/db";
import type { WorkerDeps } from "../delivery/deliver-message";
import { sendDueReminders } from "../delivery/send-due-reminders";
import { pruneReminders } from "./prune-reminders";
import { minuteSlot, runOncePerSlot } from "./scheduled-runs";

export const remindersJob = "reminders";
export const remindersEveryMs = 60_000;

let workerIdOfThisProcess: string | undefined;
/**
 * One id per process (or Worker isolate): whose lease a claimed message is under.
 * Made on first use: Workers allow no random values while a module loads.
 */
export function processWorkerId() {
  workerIdOfThisProcess ??= `worker-${newId()}`;
  return workerIdOfThisProcess;
}

export async function runRemindersJob(deps: Omit<WorkerDeps, "workerId"> & { workerId?: string }) {
  const now = deps.now();
  const workerId = deps.workerId ?? processWorkerId();
  return runOncePerSlot(deps.db, { job: remindersJob, slot: minuteSlot(now), claimedBy: workerId, now }, async () => {
    const run = await sendDueReminders({ ...deps, workerId });
    return { ...run, pruned: await pruneReminders(deps.db, now) };
  });
}
