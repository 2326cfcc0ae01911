// The scheduled reminders job, the same on Node and on Workers (scheduled-jobs.ts):
// once per minute-slot, send what is due, then let go of what is past keeping.
import type { WorkerDeps } from "../delivery/deliver-message";
import { sendDueReminders } from "../delivery/send-due-reminders";
import { pruneReminders } from "./prune-reminders";
import { minuteSlot, runOncePerSlot, thisProcessId } from "./scheduled-runs";

const remindersJob = "reminders";

export async function runRemindersJob(deps: Omit<WorkerDeps, "workerId"> & { workerId?: string }) {
  const now = deps.now();
  // The process's id is also whose lease a claimed message is under.
  const workerId = deps.workerId ?? thisProcessId();
  return runOncePerSlot(deps.db, { job: remindersJob, slot: minuteSlot(now), claimedBy: workerId, now }, async () => {
    const run = await sendDueReminders({ ...deps, workerId });
    return { ...run, pruned: await pruneReminders(deps.db, now) };
  });
}
