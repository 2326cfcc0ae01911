// Every member of an organisation with the phase in force and its review date,
// for its coordinators: overdue reviews first, so nobody's review slips past.
// One audit row per member shown is written in the same batch as the read.
import { type Database, schema } from "@kinship/db";
import type { Role, TreatmentPhase } from "@kinship/db/schema";
import { and, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
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

/**
 * Each member of the organisation with the phase record in force (the newest, as
 * readTreatmentPhase picks it), or nulls. The newest is found per member by a seek
 * in treatment_phase_records_person_idx, so the cost follows the members shown,
 * not the organisation's whole phase history.
 */
export function membersWithPhaseQuery(db: Database, organisationId: string) {
  const { memberships, people, treatmentPhaseRecords: records } = schema;
  const candidate = alias(records, "candidate");
  const newestRecordId = db
    .select({ id: candidate.id })
    .from(candidate)
    .where(and(eq(candidate.personId, memberships.personId), eq(candidate.organisationId, memberships.organisationId)))
    .orderBy(desc(candidate.recordedAt), desc(candidate.id))
    .limit(1);
  return db
    .select({
      personId: memberships.personId,
      role: memberships.role,
      displayName: people.displayName,
      phase: records.phase,
      reviewOn: records.reviewOn,
      recordedAt: records.recordedAt,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(records, eq(records.id, newestRecordId))
    .where(eq(memberships.organisationId, organisationId));
}

export async function readOrganisationPhases(
  ctx: Context,
  viewer: Viewer,
  organisationId: string,
  fields: string[],
): Promise<MemberPhaseView[]> {
  const { memberships } = schema;
  const [, members] = await ctx.db.batch([
    // Staff reading their own phase is not someone else's record.
    recordMembersRead(
      ctx,
      viewer,
      and(eq(memberships.organisationId, organisationId), ne(memberships.personId, viewer.personId)),
      {
        organisationId,
        relationship: "staff of the person's organisation",
        fields,
        via: "Query.organisationPhases",
      },
    ),
    membersWithPhaseQuery(ctx.db, organisationId),
  ]);
  const today = londonDate(ctx.now());
  return members
    .map((member) => ({
      ...member,
      isReviewOverdue: member.reviewOn !== null && member.reviewOn < today,
    }))
    .sort(byUrgency);
}
