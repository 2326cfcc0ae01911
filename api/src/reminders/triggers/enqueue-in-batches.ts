// Running a sweep's reminder INSERTs a few dozen at a time, stopping once a
// run's allowance of new reminders is written. The allowance counts INSERTs that
// wrote a row: a reminder already enqueued by an earlier run, or one for a
// person with no reminder channel, writes nothing and so never uses it up —
// those people cannot crowd out the ones still waiting.
import type { Database } from "@kinship/db";
import type { enqueueReminder } from "../enqueue-reminder";

const statementsPerBatch = 50;

/** Runs the INSERTs in order until `limit` of them wrote a reminder; returns how many did. */
export async function enqueueInBatches(
  db: Database,
  inserts: readonly ReturnType<typeof enqueueReminder>[],
  limit: number,
) {
  let enqueued = 0;
  for (let i = 0; i < inserts.length && enqueued < limit; ) {
    const size = Math.min(statementsPerBatch, limit - enqueued);
    const [first, ...rest] = inserts.slice(i, i + size);
    i += size;
    const results = await db.batch([first!, ...rest]);
    enqueued += results.filter((result) => result.rowsAffected > 0).length;
  }
  return enqueued;
}
