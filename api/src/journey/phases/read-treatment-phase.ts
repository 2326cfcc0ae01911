// A person's treatment phase at one organisation: the record in force (the
// newest) and every earlier one, read with its audit row in the same batch.
import { schema } from "@kinship/db";
import type { TreatmentPhase } from "@kinship/db/schema";
import { and, desc, eq } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { readAudited } from "../journey-access";
import { type PhaseStanding, recordPhaseRead } from "./phase-access";

export interface PhaseRecordView {
  id: string;
  phase: TreatmentPhase;
  reviewOn: string;
  recordedAt: Date;
  /** null when whoever recorded it has left Kinship. */
  recordedByName: string | null;
}

export interface PhaseStatusView {
  personId: string;
  organisationId: string;
  current: PhaseRecordView | null;
  /** Newest first, the current record included. */
  history: PhaseRecordView[];
  isReviewOverdue: boolean;
}

/** Reads the phase history and, for anyone but the person, writes its audit row in the same batch. */
export async function readTreatmentPhase(
  ctx: Context,
  personId: string,
  organisationId: string,
  read: { standing: PhaseStanding; fields: string[]; via: string },
): Promise<PhaseStatusView> {
  const { treatmentPhaseRecords: records, people } = schema;
  const select = ctx.db
    .select({ record: records, recordedByName: people.displayName })
    .from(records)
    .leftJoin(people, eq(people.id, records.recordedByPersonId))
    .where(and(eq(records.personId, personId), eq(records.organisationId, organisationId)))
    .orderBy(desc(records.recordedAt), desc(records.id));
  const audit = recordPhaseRead(ctx, personId, read.standing, read);
  const [rows] = await readAudited(ctx, audit, [select]);
  const history = rows.map(({ record, recordedByName }) => ({
    id: record.id,
    phase: record.phase,
    reviewOn: record.reviewOn,
    recordedAt: record.recordedAt,
    recordedByName,
  }));
  const current = history[0] ?? null;
  return {
    personId,
    organisationId,
    current,
    history,
    isReviewOverdue: current !== null && current.reviewOn < londonDate(ctx.now()),
  };
}
