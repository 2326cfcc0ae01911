// The hourly look for what should cause a reminder but has no single change to
// enqueue it (time passing is the cause): quiet matches, for nudges and alerts;
// vetting running out, listings going stale and hours waiting, for staff.
// Once per hour-slot, claimed in the database first like retention, so several
// processes or Cron invocations never run one hour twice; the sweep does bounded
// work and every message has a dedupe key.
import type { Database } from "@kinship/db";
import { sweepDisengagement } from "../../mentoring/disengagement/sweep-disengagement";
import { sweepVettingLapses } from "../../mentoring/vetting/sweep-vetting-lapses";
import { remindDueCheckIns } from "../triggers/check-in-reminders";
import { sendHoursDigests } from "../triggers/hours-digest";
import { remindListingOrganisers } from "../triggers/listing-reminders";
import { hourSlot, runOncePerSlot, thisProcessId } from "./scheduled-runs";

const reminderSweepsJob = "reminder-sweeps";

/** Runs the sweeps if this hour has not run yet; null when another process already had it. */
export function runReminderSweeps({
  db,
  now,
  claimedBy,
  listingStaleAfterDays,
}: {
  db: Database;
  now: Date;
  claimedBy?: string;
  /** The directory's stale period (DirectorySettings.staleAfterDays): listings' organisers are reminded before it. */
  listingStaleAfterDays?: number;
}) {
  const claim = { job: reminderSweepsJob, slot: hourSlot(now), claimedBy: claimedBy ?? thisProcessId(), now };
  return runOncePerSlot(db, claim, async () => {
    const { nudges, alerts } = await sweepDisengagement({ db, now });
    // Staff and volunteers (triggers/): vetting running out (beside the vetting notices), listings going stale, hours waiting.
    const vetting = await sweepVettingLapses({ db, now });
    const listings = await remindListingOrganisers({ db, now, staleAfterDays: listingStaleAfterDays });
    const hours = await sendHoursDigests({ db, now });
    const { checkInReminders } = await remindDueCheckIns({ db, now }); // people whose recovery check-in is due
    return {
      nudges,
      alerts,
      vettingWarnings: vetting.warnings,
      listingReminders: listings.reminders,
      hoursDigests: hours.digests,
      checkInReminders,
    };
  });
}
