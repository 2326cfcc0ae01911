// Every member of an organisation with the phase in force and its review date,
// for its coordinators: overdue reviews first, so nobody's review slips past.
// One audit row per member shown is written in the same batch as the read.
import { schema } from "@kinship/db";
import type { Role, TreatmentPhase } from "@kinship/db/schema";
import { and, desc, eq, ne } from "drizzle-orm";
import { recordMembersRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";

export interface MemberPhaseView {
  personId: string;
  displayName: string;
  role: Role;
  phase: TreatmentPhase | null;
  reviewOn: string | null;
  recordedAt: Date | null;
  isReviewOverdue: boolean;
}

// Overdue first (longest overdue at the top), then by review date, then the
// members with no phase recorded yet, by name.
function byUrgency(a: MemberPhaseView, b: MemberPhaseView) {
  if (a.isReviewOverdue !== b.isReviewOverdue) return a.isReviewOverdue ? -1 : 1;
  if (a.reviewOn !== b.reviewOn) {
    if (a.reviewOn === null) return 1;
    if (b.reviewOn === null) return -1;
    return a.reviewOn.localeCompare(b.reviewOn);
  }
  return a.displayName.localeCompare(b.displayName, "en-GB");
}

export async function readOrganisationPhases(
  ctx: Context,
  viewer: Viewer,
  organisationId: string,
  fields: string[],
): Promise<MemberPhaseView[]> {
  const { memberships, people, treatmentPhaseRecords: records } = schema;
  const ofOrganisation = eq(memberships.organisationId, organisationId);
  const [, members, phaseRecords] = await ctx.db.batch([
    // Staff reading their own phase is not someone else's record.
    recordMembersRead(ctx, viewer, and(ofOrganisation, ne(memberships.personId, viewer.personId)), {
      organisationId,
      relationship: "staff of the person's organisation",
      fields,
      via: "Query.organisationPhases",
    }),
    ctx.db
      .select({ personId: memberships.personId, role: memberships.role, displayName: people.displayName })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(ofOrganisation),
    ctx.db
      .select()
      .from(records)
      .where(eq(records.organisationId, organisationId))
      .orderBy(desc(records.recordedAt), desc(records.id)),
  ]);
  const newest = new Map<string, (typeof phaseRecords)[number]>();
  for (const record of phaseRecords) if (!newest.has(record.personId)) newest.set(record.personId, record);
  const today = londonDate(ctx.now());
  return members
    .map((member) => {
      const record = newest.get(member.personId);
      return {
        ...member,
        phase: record?.phase ?? null,
        reviewOn: record?.reviewOn ?? null,
        recordedAt: record?.recordedAt ?? null,
        isReviewOverdue: record !== undefined && record.reviewOn < today,
      };
    })
    .sort(byUrgency);
}
