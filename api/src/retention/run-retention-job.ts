// The retention schedule, the same on Node (a timer in node-server.ts) and on
// Workers (the quarter-hourly Cron Trigger in worker.ts): once per hour-slot,
// claimed in the database first (reminders' scheduled_runs), so several
// processes or overlapping invocations never run the same hour twice. Each run
// does a bounded amount of work; whatever is left waits for the next hour.
import { type Database, newId } from "@kinship/db";
import { runOncePerSlot } from "../reminders/scheduling/scheduled-runs";
import { clearClosedCases } from "./clear-closed-cases";
import { pruneExpiredRecords } from "./prune-expired-records";

export const retentionJob = "retention";
/** Checked this often; it runs at most once an hour. Often enough that a restart never skips an hour. */
export const retentionCheckEveryMs = 15 * 60_000;

export const defaultRetentionLimits = { cases: 500, rowsOfEachKind: 5_000 };

/** The hour an instant falls in, e.g. "2026-11-23T13Z". */
export const hourSlot = (instant: Date) => `${instant.toISOString().slice(0, 13)}Z`;

// Made on first use: Workers allow no random values at start-up, outside a handler.
let processId: string | undefined;

/** Everything retention does, once, now. Safe to repeat: what was done is not done again. */
export async function applyRetention(db: Database, now: Date, limits = defaultRetentionLimits) {
  const casesCleared = await clearClosedCases(db, now, limits.cases);
  return { casesCleared, ...(await pruneExpiredRecords(db, now, limits.rowsOfEachKind)) };
}

/** Runs retention if this hour has not run yet; null when another process already had it. */
export function runRetentionJob({ db, now, claimedBy }: { db: Database; now: Date; claimedBy?: string }) {
  processId ??= `retention-${newId()}`;
  const claim = { job: retentionJob, slot: hourSlot(now), claimedBy: claimedBy ?? processId, now };
  return runOncePerSlot(db, claim, () => applyRetention(db, now));
}
