// Reminders to a mentor that something on their vetting record runs out soon:
// once 30 days before an item's end date and once 7 days before. The vetting
// sweep makes them beside its in-app warning and writes both in one batch. The
// dedupe key names the profile, the item, its end date and the stage, so an
// hourly sweep sends each stage once, and a renewal (a new, later end date)
// stops the stages still to come. The discreet words never name the item or the
// organisation; the named ones (for mentors who chose them) do.
import type { Database } from "@kinship/db";
import { addDays, londonDate, londonMidnight } from "../../calendar-dates";
import type { Expiry } from "../../mentoring/vetting/vetting-status";
import { enqueueReminder } from "../enqueue-reminder";
import { reminderTemplates } from "../templates";

/** Days before an item runs out that its mentor is reminded, furthest first. */
export const vettingReminderDaysBefore = [30, 7] as const;

// A mentor held back by quiet hours and the daily limit still hears in time,
// but never about an item that has already run out (the lapse notice says that).
const keepForMs = 3 * 24 * 60 * 60 * 1000;

/** The nearest threshold an end date has reached today, or null while it is further off than all of them. */
export function vettingReminderStage(expiresOn: string, today: string) {
  return vettingReminderDaysBefore.filter((days) => addDays(expiresOn, -days) <= today).at(-1) ?? null;
}

/** What the named words call each item; a training module by its own name. */
export function vettingItemWords(subject: string, trainingName: string | null) {
  if (subject === "criminal_records_check") return "criminal records (DBS) check";
  if (subject === "references") return "set of references";
  if (subject === "agreement") return "mentor agreement";
  return `${trainingName ?? subject} training`;
}

/** The reminder INSERT for one item running out, or null when no stage is due yet. */
export function vettingExpiringReminder(
  db: Database,
  {
    now,
    mentorPersonId,
    mentorProfileId,
    expiry,
    trainingName,
    organisationName,
  }: {
    now: Date;
    mentorPersonId: string;
    mentorProfileId: string;
    expiry: Expiry;
    trainingName: string | null;
    organisationName: string;
  },
) {
  const stage = vettingReminderStage(expiry.expiresOn, londonDate(now));
  if (stage === null) return null;
  return enqueueReminder(
    { db, now: () => now },
    {
      personId: mentorPersonId,
      kind: "vetting_expiring",
      dedupeKey: `vetting-expiring:${mentorProfileId}:${expiry.subject}:${expiry.expiresOn}:${stage}`,
      dueAt: now,
      expiresAt: new Date(Math.min(now.getTime() + keepForMs, londonMidnight(expiry.expiresOn))),
      text: reminderTemplates.vettingExpiring({
        item: vettingItemWords(expiry.subject, trainingName),
        expiresOn: expiry.expiresOn,
        organisation: organisationName,
      }),
    },
  );
}
