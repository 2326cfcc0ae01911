// What deciding hours writes beside the decision itself, for the same batch:
// a notice to each person, and on approval the milestones they reach.
import { schema } from "@kinship/db";
import { and, eq, inArray, isNotNull, sum } from "drizzle-orm";
import type { Context } from "../graphql/context";
import { notifyStatement } from "../notifications/notify";
import type { HoursDecision } from "./decide-hours";
import { milestoneMessage, milestonesToCelebrate } from "./milestones";
import { describeMinutes } from "./minutes-words";

export interface EntryToDecide {
  id: string;
  personId: string | null;
  organisationId: string;
  status: string;
  minutes: number;
}
const { volunteeringHours, volunteeringMilestones } = schema;

/** One notice per person and organisation: how many entries, never the reason itself. */
export function decisionNotices(
  ctx: Context,
  entries: EntryToDecide[],
  decision: HoursDecision,
  nameOf: Map<string, string>,
) {
  const groups = new Map<string, { personId: string; organisationId: string; count: number; minutes: number }>();
  for (const entry of entries) {
    if (!entry.personId) continue; // erased: no one to tell
    const key = `${entry.personId} ${entry.organisationId}`;
    const group = groups.get(key) ?? {
      personId: entry.personId,
      organisationId: entry.organisationId,
      count: 0,
      minutes: 0,
    };
    group.count += 1;
    group.minutes += entry.minutes;
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const organisation = nameOf.get(group.organisationId) ?? "Your organisation";
    const what =
      group.count === 1 ? "your entry of volunteering hours" : `${group.count} of your entries of volunteering hours`;
    const message =
      decision === "approve"
        ? `${organisation} approved ${what} (${describeMinutes(group.minutes)}).`
        : `${organisation} couldn't approve ${what}. Open your hours to see why.`;
    return notifyStatement(ctx, [group.personId], { kind: "hours_decided", message, link: "/volunteering" });
  });
}

/**
 * Milestones each person reaches with this approval: their verified total so far plus these entries.
 * Two coordinators approving one person's hours at the same instant could each miss a milestone
 * their approvals cross together; the person's next approval records it, since any milestone at or
 * below the total that has no row yet is celebrated.
 */
export async function milestoneWrites(ctx: Context, entries: EntryToDecide[]) {
  const added = new Map<string, number>();
  for (const entry of entries) {
    if (entry.personId) added.set(entry.personId, (added.get(entry.personId) ?? 0) + entry.minutes);
  }
  const personIds = [...added.keys()];
  if (personIds.length === 0) return [];
  const [totals, reached] = await Promise.all([
    ctx.db
      .select({ personId: volunteeringHours.personId, minutes: sum(volunteeringHours.minutes).mapWith(Number) })
      .from(volunteeringHours)
      .where(
        and(
          inArray(volunteeringHours.personId, personIds),
          eq(volunteeringHours.status, "approved"),
          isNotNull(volunteeringHours.personId),
        ),
      )
      .groupBy(volunteeringHours.personId),
    ctx.db
      .select({ personId: volunteeringMilestones.personId, hours: volunteeringMilestones.hours })
      .from(volunteeringMilestones)
      .where(inArray(volunteeringMilestones.personId, personIds)),
  ]);
  const before = new Map(totals.map((row) => [row.personId, row.minutes]));
  const now = ctx.now();
  return personIds.flatMap((personId) => {
    const already = new Set(reached.filter((row) => row.personId === personId).map((row) => row.hours));
    const total = (before.get(personId) ?? 0) + (added.get(personId) ?? 0);
    return milestonesToCelebrate(total, already).flatMap((hours) => [
      ctx.db.insert(volunteeringMilestones).values({ personId, hours, reachedAt: now }).onConflictDoNothing(),
      notifyStatement(ctx, [personId], {
        kind: "milestone_reached",
        message: milestoneMessage(hours),
        link: "/volunteering",
        dedupeKey: `volunteering-milestone-${hours}`,
      }),
    ]);
  });
}
