// A keyworker or coordinator records the phase of someone's treatment and when
// it will next be reviewed. Records are never overwritten: the newest is the
// phase in force and the earlier ones stay as its history.
import { newId, schema } from "@kinship/db";
import type { TreatmentPhase } from "@kinship/db/schema";
import { londonDate } from "../../calendar-dates";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { isMemberOf } from "../journey-access";
import { reviewDateProblem } from "./review-date";

export async function recordTreatmentPhase({
  ctx,
  viewer,
  organisationId,
  personId,
  phase,
  reviewOn,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  personId: string;
  phase: TreatmentPhase;
  reviewOn: string;
}) {
  const problem = reviewDateProblem(phase, reviewOn, londonDate(ctx.now()));
  if (problem) throw validationError({ reviewOn: [problem] });
  if (!(await isMemberOf(ctx, personId, organisationId))) {
    throw new AppError("NOT_FOUND", "That person is not a member of this organisation.");
  }
  const id = newId();
  await ctx.db.insert(schema.treatmentPhaseRecords).values({
    id,
    personId,
    organisationId,
    phase,
    reviewOn,
    recordedByPersonId: viewer.personId,
    recordedAt: ctx.now(),
  });
  return id;
}
