// The hourly look for what should cause a reminder but has no single change to
// enqueue it (time passing is the cause): quiet matches (nudges and alerts) and
// the triggers in ../triggers. Once per hour-slot, claimed in the database first
// like retention, so several processes or Cron invocations never run one hour
// twice; each part does bounded work and every message has a dedupe key.
import { type Database, newId } from "@kinship/db";
import { sweepDisengagement } from "../../mentoring/disengagement/sweep-disengagement";
import { hourSlot } from "../../retention/run-retention-job";
import { runOncePerSlot } from "./scheduled-runs";

export const reminderSweepsJob = "reminder-sweeps";
/** Checked this often; it runs at most once an hour. */
export const reminderSweepsCheckEveryMs = 15 * 60_000;

let processId: string | undefined;

/** Every hourly sweep, once, now. Safe to repeat: what was told is not told again. */
export async function applyReminderSweeps(db: Database, now: Date) {
  const disengagement = await sweepDisengagement({ db, now });
  return { nudges: disengagement.nudges, alerts: disengagement.alerts };
}

/** Runs the sweeps if this hour has not run yet; null when another process already had it. */
export function runReminderSweeps({ db, now, claimedBy }: { db: Database; now: Date; claimedBy?: string }) {
  processId ??= `reminder-sweeps-${newId()}`;
  const claim = { job: reminderSweepsJob, slot: hourSlot(now), claimedBy: claimedBy ?? processId, now };
  return runOncePerSlot(db, claim, () => applyReminderSweeps(db, now));
}
