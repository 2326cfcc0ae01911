// The reminders worker: put back messages whose worker died, skip those too late
// to help, then claim due messages in small batches and send them one by one,
// until nothing is due or the time allowed is used up. Run by the scheduler
// (a timer on Node, a Cron Trigger on Workers) and safe to run from several
// places at once: claims are leases, every write checks the lease.
import type { ReminderChannel } from "@kinship/db/schema";
import { loadRecipients } from "./batch-context";
import { claimDueMessages, recoverExpiredLeases, skipExpired } from "./claim-due-messages";
import { type DeliveryOutcome, deliverMessage, type WorkerDeps } from "./deliver-message";
import { refreshDeliveryStatuses } from "./refresh-delivery-statuses";

export interface WorkerRun extends Record<string, number> {
  recovered: number;
  expired: number;
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  later: number;
  released: number;
  statusesChecked: number;
}

export async function sendDueReminders(
  deps: WorkerDeps & { batchSize?: number; maxBatches?: number },
): Promise<WorkerRun> {
  const { db, now } = deps;
  const run: WorkerRun = {
    recovered: await recoverExpiredLeases(db, now()),
    expired: await skipExpired(db, now()),
    sent: 0,
    retrying: 0,
    failed: 0,
    skipped: 0,
    later: 0,
    released: 0,
    statusesChecked: 0,
  };
  const channels = (Object.keys(deps.adapters) as ReminderChannel[]).filter((channel) => deps.adapters[channel]);
  const batchSize = deps.batchSize ?? 20;
  for (let batch = 0; batch < (deps.maxBatches ?? 10); batch++) {
    const claimed = await claimDueMessages(db, { workerId: deps.workerId, now: now(), channels, limit: batchSize });
    if (claimed.length === 0) break;
    const recipients = await loadRecipients(
      db,
      claimed.map((message) => message.personId),
      now(),
    );
    let released = 0;
    for (const message of claimed) {
      const outcome: DeliveryOutcome = await deliverMessage(deps, message, recipients.get(message.personId));
      run[outcome] += 1;
      if (outcome === "released") released += 1;
    }
    // Everything handed back (rate limited, lease short): stop rather than claim it again at once.
    if (released === claimed.length) break;
  }
  run.statusesChecked = await refreshDeliveryStatuses(deps);
  return run;
}
