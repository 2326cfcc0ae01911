// "Never twice for the same slot": a job claims its slot by inserting a
// (job, slot) row before it runs. The primary key lets exactly one insert win,
// however many schedulers (Node processes, overlapping Cron invocations) try.
import { type Database, newId, schema } from "@kinship/db";
import { and, eq, lt } from "drizzle-orm";

const keepRunsForMs = 7 * 24 * 60 * 60_000;

/** The minute an instant falls in, e.g. "2026-11-23T13:40Z": the slot of a job run every minute. */
export const minuteSlot = (instant: Date) => `${instant.toISOString().slice(0, 16)}Z`;

/** The hour an instant falls in, e.g. "2026-11-23T13Z": the slot of a job run at most hourly. */
export const hourSlot = (instant: Date) => `${instant.toISOString().slice(0, 13)}Z`;

let idOfThisProcess: string | undefined;
/**
 * One id per process (or Worker isolate): who claimed a slot, and whose lease a
 * claimed reminder is under. Made on first use: Workers allow no random values
 * while a module loads.
 */
export function thisProcessId() {
  idOfThisProcess ??= `worker-${newId()}`;
  return idOfThisProcess;
}

export async function claimSlot(
  db: Database,
  { job, slot, claimedBy, now }: { job: string; slot: string; claimedBy: string; now: Date },
) {
  const inserted = await db
    .insert(schema.scheduledRuns)
    .values({ job, slot, claimedBy, claimedAt: now })
    .onConflictDoNothing()
    .returning({ job: schema.scheduledRuns.job });
  return inserted.length === 1;
}

/**
 * Runs `work` if this caller wins the slot, and records when it finished and
 * what it did. Returns null when another scheduler had the slot already.
 */
export async function runOncePerSlot<T extends Record<string, number>>(
  db: Database,
  claim: { job: string; slot: string; claimedBy: string; now: Date },
  work: () => Promise<T>,
): Promise<T | null> {
  if (!(await claimSlot(db, claim))) return null;
  const { scheduledRuns } = schema;
  const outcome = await work();
  await db.batch([
    db
      .update(scheduledRuns)
      .set({ finishedAt: new Date(), outcome })
      .where(and(eq(scheduledRuns.job, claim.job), eq(scheduledRuns.slot, claim.slot))),
    // Old slots are kept a week, for looking back at what ran.
    db
      .delete(scheduledRuns)
      .where(
        and(
          eq(scheduledRuns.job, claim.job),
          lt(scheduledRuns.claimedAt, new Date(claim.now.getTime() - keepRunsForMs)),
        ),
      ),
  ]);
  return outcome;
}
