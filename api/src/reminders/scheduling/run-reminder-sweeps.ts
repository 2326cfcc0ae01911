// The hourly look for what should cause a reminder but has no single change to
// enqueue it (time passing is the cause): quiet matches, for nudges and alerts.
// Once per hour-slot, claimed in the database first like retention, so several
// processes or Cron invocations never run one hour twice; the sweep does bounded
// work and every message has a dedupe key.
import type { Database } from "@kinship/db";
import { sweepDisengagement } from "../../mentoring/disengagement/sweep-disengagement";
import { hourSlot, runOncePerSlot, thisProcessId } from "./scheduled-runs";

const reminderSweepsJob = "reminder-sweeps";

/** Runs the sweeps if this hour has not run yet; null when another process already had it. */
export function runReminderSweeps({ db, now, claimedBy }: { db: Database; now: Date; claimedBy?: string }) {
  const claim = { job: reminderSweepsJob, slot: hourSlot(now), claimedBy: claimedBy ?? thisProcessId(), now };
  return runOncePerSlot(db, claim, async () => {
    const { nudges, alerts } = await sweepDisengagement({ db, now });
    return { nudges, alerts };
  });
}
