// The retention schedule, the same on Node and on Workers (scheduled-jobs.ts):
// once per hour-slot, claimed in the database first (scheduled_runs), so several
// processes or overlapping invocations never run the same hour twice. Each run
// does a bounded amount of work; whatever is left waits for the next hour.
import type { Database } from "@kinship/db";
import { hourSlot, runOncePerSlot, thisProcessId } from "../reminders/scheduling/scheduled-runs";
import { clearClosedCases } from "./clear-closed-cases";
import { pruneExpiredRecords } from "./prune-expired-records";

export const retentionJob = "retention";

const defaultRetentionLimits = { cases: 500, rowsOfEachKind: 5_000 };

/** Everything retention does, once, now. Safe to repeat: what was done is not done again. */
export async function applyRetention(db: Database, now: Date, limits = defaultRetentionLimits) {
  const casesCleared = await clearClosedCases(db, now, limits.cases);
  return { casesCleared, ...(await pruneExpiredRecords(db, now, limits.rowsOfEachKind)) };
}

/** Runs retention if this hour has not run yet; null when another process already had it. */
export function runRetentionJob({ db, now, claimedBy }: { db: Database; now: Date; claimedBy?: string }) {
  const claim = { job: retentionJob, slot: hourSlot(now), claimedBy: claimedBy ?? thisProcessId(), now };
  return runOncePerSlot(db, claim, () => applyRetention(db, now));
}
