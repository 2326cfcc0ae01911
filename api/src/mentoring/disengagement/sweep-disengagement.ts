// The hourly look for people who have gone quiet. For each active match quiet
// past its organisation's threshold the mentor is nudged (a notification and a
// discreet reminder); if a further period passes after the nudge with still no
// contact, the organisation's coordinators are alerted, with a link to the
// match's history in the app (never the history in a text message). Each nudge
// and alert is a row keyed by match, kind and the spell's first day, written in
// the same batch as its messages: once per quiet spell, however often this runs.
import { type Database, newId, schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { addDays, londonDate, longDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { notifyStatement, staffOf } from "../../notifications/notify";
import { enqueueReminder } from "../../reminders/enqueue-reminder";
import { reminderTemplates } from "../../reminders/templates";
import { type QuietMatch, quietMatches } from "./quiet-matches";

/** Matches acted on per run at most; the rest wait for the next hour. */
export const defaultDisengagementLimit = 200;

type Signal = typeof schema.disengagementSignals.$inferSelect;

async function signalsOf(db: Database, matchIds: string[]) {
  const { disengagementSignals: signals } = schema;
  const found: Signal[] = [];
  for (let i = 0; i < matchIds.length; i += 500) {
    found.push(
      ...(await db
        .select()
        .from(signals)
        .where(inArray(signals.matchId, matchIds.slice(i, i + 500)))),
    );
  }
  return found;
}

export async function sweepDisengagement({
  db,
  now,
  limit = defaultDisengagementLimit,
}: {
  db: Database;
  now: Date;
  limit?: number;
}) {
  const today = londonDate(now);
  const quiet = await quietMatches(db, now);
  const signals = await signalsOf(
    db,
    quiet.map((match) => match.matchId),
  );
  const signalOf = (match: QuietMatch, kind: Signal["kind"]) =>
    signals.find((s) => s.matchId === match.matchId && s.kind === kind && s.quietSinceOn === match.quietSinceOn);
  const ctx = { db, now: () => now } as unknown as Context;
  const staffByOrganisation = new Map<string, string[]>();
  let nudges = 0;
  let alerts = 0;
  for (const match of quiet) {
    if (nudges + alerts >= limit) break;
    const nudge = signalOf(match, "nudge");
    const link = `/mentoring/matches/${match.matchId}/sessions`;
    const signal = (kind: Signal["kind"]) =>
      db
        .insert(schema.disengagementSignals)
        .values({
          id: newId(),
          matchId: match.matchId,
          kind,
          quietSinceOn: match.quietSinceOn,
          daysQuiet: match.daysQuiet,
          createdAt: now,
        })
        .onConflictDoNothing();
    const key = (kind: Signal["kind"]) => `disengagement:${match.matchId}:${match.quietSinceOn}:${kind}`;
    if (!nudge) {
      await db.batch([
        signal("nudge"),
        notifyStatement(ctx, [match.mentorPersonId], {
          kind: "contact_nudge",
          message: `Nothing has been recorded with ${match.menteeName} for ${match.daysQuiet} days. A short message to say you're thinking of them can help.`,
          link,
          dedupeKey: key("nudge"),
        }),
        enqueueReminder(db, {
          personId: match.mentorPersonId,
          kind: "mentor_nudge",
          dedupeKey: key("nudge"),
          dueAt: now,
          text: reminderTemplates.mentorNudge({ withName: match.menteeName, days: match.daysQuiet }),
        }),
      ]);
      nudges += 1;
      continue;
    }
    if (signalOf(match, "alert")) continue;
    if (today < addDays(londonDate(nudge.createdAt), match.alertAfterDays)) continue;
    if (!staffByOrganisation.has(match.organisationId)) {
      staffByOrganisation.set(match.organisationId, await staffOf(ctx, match.organisationId));
    }
    const staff = staffByOrganisation.get(match.organisationId)!.filter((id) => id !== match.mentorPersonId);
    const text = reminderTemplates.coordinatorAlert({ aboutName: match.menteeName, days: match.daysQuiet });
    await db.batch([
      signal("alert"),
      ...(staff.length === 0
        ? []
        : [
            notifyStatement(ctx, staff, {
              kind: "disengagement_alert",
              message: `No contact with ${match.menteeName} has been recorded for ${match.daysQuiet} days. ${match.mentorName} was nudged on ${longDate(londonDate(nudge.createdAt))}. See the history.`,
              link,
              dedupeKey: key("alert"),
            }),
          ]),
      ...staff.map((personId) =>
        enqueueReminder(db, { personId, kind: "coordinator_alert", dedupeKey: key("alert"), dueAt: now, text }),
      ),
    ]);
    alerts += 1;
  }
  return { quietMatches: quiet.length, nudges, alerts };
}
