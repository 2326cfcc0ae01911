// Everything that runs on a schedule, in one list for both ways of running the
// app: one timer on Node (node-server.ts), the Cron Triggers on Workers
// (worker.ts). Each job claims its work in the database first (import sources,
// minute- and hour-slots, messages under a lease), so several Node processes or
// overlapping Cron invocations never do the same work twice.
import type { Database } from "@kinship/db";
import type { Geocoder } from "./directory/geocoding/geocoder";
import { runDueImports } from "./directory/imports/run-due-imports";
import { sweepVettingLapses } from "./mentoring/vetting/sweep-vetting-lapses";
import type { ChannelAdapters } from "./reminders/channels/channel-adapter";
import { runReminderSweeps } from "./reminders/scheduling/run-reminder-sweeps";
import { runRemindersJob } from "./reminders/scheduling/run-reminders-job";
import { runRetentionJob } from "./retention/run-retention-job";

export interface ScheduledJob {
  /** Names the job in the log when a run fails. */
  name: string;
  /** How often Node runs it. On Workers, jobs of every minute run on the every-minute trigger, all on the quarter-hourly one. */
  everyMinutes: number;
  run: (now: Date) => Promise<unknown>;
}

export function scheduledJobs({
  db,
  geocoder,
  adapters,
  origin,
  log,
}: {
  db: Database;
  geocoder: Geocoder;
  /** Hold each provider's rate limit, so they live as long as the process. */
  adapters: ChannelAdapters;
  /** Where stop links point. */
  origin: string;
  log?: (line: string) => void;
}): ScheduledJob[] {
  return [
    {
      name: "Sending reminders",
      everyMinutes: 1,
      // Its own clock: sending a batch takes time, and each message is judged at the moment it goes.
      run: () => runRemindersJob({ db, adapters, now: () => new Date(), origin, log }),
    },
    { name: "Scheduled import", everyMinutes: 10, run: (now) => runDueImports(db, geocoder, now) },
    // Tells each lapse once (notices carry a dedupe key), so hourly is plenty.
    { name: "Vetting sweep", everyMinutes: 60, run: (now) => sweepVettingLapses({ db, now }) },
    // Retention and the reminder sweeps run at most once per hour-slot; checking
    // every quarter hour means a restart never skips an hour.
    { name: "Retention run", everyMinutes: 15, run: (now) => runRetentionJob({ db, now }) },
    { name: "Reminder sweeps", everyMinutes: 15, run: (now) => runReminderSweeps({ db, now }) },
  ];
}
