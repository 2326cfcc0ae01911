// A person's volunteering for their data download: every entry of hours they
// logged (with its decision and any reason given) and the milestones reached.
import type { Database } from "@kinship/db";

export async function exportVolunteering(db: Database, personId: string) {
  const [hours, milestones] = await Promise.all([
    db.query.volunteeringHours.findMany({
      columns: {
        activity: true,
        workedOn: true,
        minutes: true,
        description: true,
        status: true,
        declineReason: true,
        decidedAt: true,
        createdAt: true,
        supportSessionId: true,
      },
      with: { organisation: { columns: { name: true } } },
      where: { personId },
      orderBy: { workedOn: "asc", createdAt: "asc" },
    }),
    db.query.volunteeringMilestones.findMany({
      columns: { hours: true, reachedAt: true },
      where: { personId },
      orderBy: { hours: "asc" },
    }),
  ]);
  return { hours, milestones };
}
