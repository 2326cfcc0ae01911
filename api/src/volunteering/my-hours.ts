// A person's own hours: every entry (newest first) with its organisation, their
// verified and waiting totals overall, by activity and by organisation, and the
// milestones reached and next. Their own record, so not audited.
import { schema } from "@kinship/db";
import type { HoursStatus, VolunteeringActivity } from "@kinship/db/schema";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Context, Viewer } from "../graphql/context";
import { nextMilestone } from "./milestones";

type HoursRow = typeof schema.volunteeringHours.$inferSelect;
type OrganisationRow = typeof schema.organisations.$inferSelect;
export type MyEntry = HoursRow & { organisation: OrganisationRow };

interface Totals {
  approvedMinutes: number;
  pendingMinutes: number;
}
const add = (totals: Totals, entry: { status: HoursStatus; minutes: number }) => {
  if (entry.status === "approved") totals.approvedMinutes += entry.minutes;
  if (entry.status === "pending") totals.pendingMinutes += entry.minutes;
};

/** The viewer's entries with their organisations, newest first; only `id` when given. */
export async function myEntries(ctx: Context, viewer: Viewer, id?: string): Promise<MyEntry[]> {
  const { volunteeringHours, organisations } = schema;
  const rows = await ctx.db
    .select({ entry: volunteeringHours, organisation: organisations })
    .from(volunteeringHours)
    .innerJoin(organisations, eq(organisations.id, volunteeringHours.organisationId))
    .where(and(eq(volunteeringHours.personId, viewer.personId), id ? eq(volunteeringHours.id, id) : undefined))
    .orderBy(desc(volunteeringHours.workedOn), desc(volunteeringHours.createdAt));
  return rows.map(({ entry, organisation }) => ({ ...entry, organisation }));
}

export async function myHours(ctx: Context, viewer: Viewer) {
  const { volunteeringMilestones } = schema;
  const [entries, milestones] = await Promise.all([
    myEntries(ctx, viewer),
    ctx.db
      .select({ hours: volunteeringMilestones.hours, reachedAt: volunteeringMilestones.reachedAt })
      .from(volunteeringMilestones)
      .where(eq(volunteeringMilestones.personId, viewer.personId))
      .orderBy(asc(volunteeringMilestones.hours)),
  ]);

  const overall: Totals = { approvedMinutes: 0, pendingMinutes: 0 };
  const byActivity = new Map<VolunteeringActivity, Totals & { activity: VolunteeringActivity }>();
  const byOrganisation = new Map<string, Totals & { organisation: OrganisationRow }>();
  for (const entry of entries) {
    add(overall, entry);
    const activity = byActivity.get(entry.activity) ?? {
      activity: entry.activity,
      approvedMinutes: 0,
      pendingMinutes: 0,
    };
    add(activity, entry);
    byActivity.set(entry.activity, activity);
    const organisation = byOrganisation.get(entry.organisationId) ?? {
      organisation: entry.organisation,
      approvedMinutes: 0,
      pendingMinutes: 0,
    };
    add(organisation, entry);
    byOrganisation.set(entry.organisationId, organisation);
  }
  const mostFirst = (a: Totals, b: Totals) =>
    b.approvedMinutes - a.approvedMinutes || b.pendingMinutes - a.pendingMinutes;
  return {
    entries,
    ...overall,
    byActivity: [...byActivity.values()].sort(mostFirst),
    byOrganisation: [...byOrganisation.values()].sort(mostFirst),
    milestones,
    nextMilestone: nextMilestone(overall.approvedMinutes),
  };
}
export type MyHours = Awaited<ReturnType<typeof myHours>>;
