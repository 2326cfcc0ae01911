// Reminders to a listing's organisers before the directory marks it stale
// (isStale in directory/settings.ts: not confirmed for `staleAfterDays`): once 14
// days before, and once on the day. Organisers are the people who may confirm it:
// the organisation's recovery champions, coordinators and admins.
//
// One message per organiser per organisation, stage and day: listings of one
// organisation reaching the same stage on the same London day are counted in a
// single message ("please check that 3 of your listings are still right"), so an
// organisation with many listings never floods anyone's daily limit. The day is
// worked out from each listing's last confirmation, so the dedupe key
// `listing-stale:<organisation>:<stage>:<day>` holds one stale cycle: confirming
// moves the listing's days months ahead, and the stages still to come never fire.
// A run that was missed is caught up for three days.
import { type Database, schema } from "@kinship/db";
import { and, gte, inArray, isNull, lt } from "drizzle-orm";
import { addDays, londonDate, londonMidnight } from "../../calendar-dates";
import { defaultStaleAfterDays } from "../../directory/settings";
import { enqueueReminder } from "../enqueue-reminder";
import { nextLondonClock, startOfLondonDay } from "../london-clock";
import { reminderTemplates } from "../templates";
import { enqueueInBatches } from "./enqueue-in-batches";

export const listingReminderStages = [
  { stage: "soon", daysBefore: 14 },
  { stage: "due", daysBefore: 0 },
] as const;

/** New reminders written per run at most; the rest wait for the next hour. */
export const defaultListingReminderLimit = 200;

const dayMs = 86_400_000;
const catchUpDays = 3;
const organiserRoles = ["recovery_champion", "coordinator", "admin"] as const;

interface Group {
  organisationId: string;
  stage: string;
  day: string;
  names: string[];
}

/** A one-off event in the past, or a series whose last date (UNTIL) has gone: nothing left to confirm. */
function isOver(listing: { startsOn: string; recurrence: string | null }, today: string) {
  const until = listing.recurrence ? /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(listing.recurrence) : null;
  const lastOn = listing.recurrence === null ? listing.startsOn : until ? `${until[1]}-${until[2]}-${until[3]}` : null;
  return lastOn !== null && lastOn < today;
}

async function listingsReachingStages(db: Database, now: Date, staleAfterDays: number) {
  const today = londonDate(now);
  const { gatherings } = schema;
  const groups = new Map<string, Group>();
  for (const { stage, daysBefore } of listingReminderStages) {
    if (daysBefore >= staleAfterDays) continue;
    // A listing reaches this stage `offset` after its last confirmation.
    const offset = (staleAfterDays - daysBefore) * dayMs;
    const listings = await db
      .select({
        organisationId: gatherings.organisationId,
        name: gatherings.name,
        startsOn: gatherings.startsOn,
        recurrence: gatherings.recurrence,
        lastConfirmedAt: gatherings.lastConfirmedAt,
      })
      .from(gatherings)
      .where(
        and(
          gte(gatherings.lastConfirmedAt, new Date(londonMidnight(addDays(today, -catchUpDays)) - offset)),
          lt(gatherings.lastConfirmedAt, new Date(londonMidnight(addDays(today, 1)) - offset)),
          isNull(gatherings.withdrawnAt),
          isNull(gatherings.cancelledAt),
        ),
      );
    for (const listing of listings) {
      if (isOver(listing, today)) continue;
      const day = londonDate(new Date(listing.lastConfirmedAt.getTime() + offset));
      const key = `${listing.organisationId}:${stage}:${day}`;
      const group = groups.get(key) ?? { organisationId: listing.organisationId, stage, day, names: [] };
      group.names.push(listing.name);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

export async function remindListingOrganisers({
  db,
  now,
  staleAfterDays = defaultStaleAfterDays,
  limit = defaultListingReminderLimit,
}: {
  db: Database;
  now: Date;
  staleAfterDays?: number;
  limit?: number;
}) {
  const groups = await listingsReachingStages(db, now, staleAfterDays);
  if (groups.length === 0) return { listings: 0, reminders: 0 };
  const organisationIds = [...new Set(groups.map((group) => group.organisationId))];
  const { memberships, organisations } = schema;
  const [organisers, names] = await Promise.all([
    db
      .select({ personId: memberships.personId, organisationId: memberships.organisationId })
      .from(memberships)
      .where(and(inArray(memberships.organisationId, organisationIds), inArray(memberships.role, [...organiserRoles]))),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds)),
  ]);
  const nameOf = new Map(names.map((o) => [o.id, o.name]));
  // In working hours: a run in the small hours leaves it for 09:00.
  const dueAt = new Date(Math.max(now.getTime(), nextLondonClock(startOfLondonDay(now), "09:00").getTime()));
  const inserts = groups.flatMap((group) => {
    const organisation = nameOf.get(group.organisationId) ?? "";
    const text =
      group.names.length === 1
        ? reminderTemplates.listingStale({ listing: group.names[0]!, organisation })
        : reminderTemplates.listingsStale({ count: group.names.length, organisation });
    return organisers
      .filter((organiser) => organiser.organisationId === group.organisationId)
      .map((organiser) =>
        enqueueReminder(
          { db, now: () => now },
          {
            personId: organiser.personId,
            kind: "listing_stale",
            dedupeKey: `listing-stale:${group.organisationId}:${group.stage}:${group.day}`,
            dueAt,
            expiresAt: new Date(dueAt.getTime() + catchUpDays * dayMs),
            text,
          },
        ),
      );
  });
  const reminders = await enqueueInBatches(db, inserts, limit);
  return { listings: groups.reduce((sum, group) => sum + group.names.length, 0), reminders };
}
