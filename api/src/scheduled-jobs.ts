// Everything that runs on a schedule, in one list for both ways of running the
// app: one timer on Node (node-server.ts), the Cron Triggers on Workers
// (worker.ts). Each job claims its work in the database first (import sources,
// minute- and hour-slots, messages under a lease), so several Node processes or
// overlapping Cron invocations never do the same work twice.
import { type Database, newId } from "@kinship/db";
import { sendAccountMessages } from "./accounts/messages/send-account-messages";
import type { FieldCipher } from "./crypto/field-cipher";
import { runDueImports } from "./directory/imports/run-due-imports";
import type { DirectorySettings } from "./directory/settings";
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
  directory,
  adapters,
  origin,
  log,
  cipher,
}: {
  db: Database;
  /** Where imports place venues, and when listings go stale (their organisers are reminded before). */
  directory: Pick<DirectorySettings, "geocoder" | "staleAfterDays">;
  /** Hold each provider's rate limit, so they live as long as the process. */
  adapters: ChannelAdapters;
  /** Where stop links point. */
  origin: string;
  log?: (line: string) => void;
  /** Opens account messages (codes, ADR 020) to send them; without it they are left to a process that has it. */
  cipher?: FieldCipher;
}): ScheduledJob[] {
  return [
    // Normally sent straight after the request that queued them; this catches retries and leftovers.
    ...(cipher
      ? [
          {
            name: "Sending account messages",
            everyMinutes: 1,
            run: () =>
              sendAccountMessages({
                db,
                cipher,
                adapters,
                now: () => new Date(),
                log,
                workerId: `scheduled-${newId()}`,
              }),
          },
        ]
      : []),
    {
      name: "Sending reminders",
      everyMinutes: 1,
      // Its own clock: sending a batch takes time, and each message is judged at the moment it goes.
      run: () => runRemindersJob({ db, adapters, now: () => new Date(), origin, log }),
    },
    { name: "Scheduled import", everyMinutes: 10, run: (now) => runDueImports(db, directory.geocoder, now) },
    // Retention and the reminder sweeps run at most once per hour-slot; checking
    // every quarter hour means a restart never skips an hour. The vetting sweep
    // (lapse notices, and reminders of items running out) is one of those sweeps.
    { name: "Retention run", everyMinutes: 15, run: (now) => runRetentionJob({ db, now }) },
    {
      name: "Reminder sweeps",
      everyMinutes: 15,
      run: (now) => runReminderSweeps({ db, now, listingStaleAfterDays: directory.staleAfterDays }),
    },
  ];
}
