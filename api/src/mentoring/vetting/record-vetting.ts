// A coordinator recording one vetting check for a mentor: training done, a
// criminal-records check, a reference, or a signed agreement. Records are never
// edited: a renewal or a correction is a new record, and the newest one counts.
import { newId, schema } from "@kinship/db";
import type { VettingKind, VettingOutcome } from "@kinship/db/schema";
import { londonDate } from "../../calendar-dates";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { loadMentoringSettings } from "../settings";

export interface VettingInput {
  kind: VettingKind;
  trainingCode?: string | null;
  outcome: VettingOutcome;
  completedOn: string;
  expiresOn?: string | null;
}

export async function recordVetting({
  ctx,
  viewer,
  profile,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  profile: { id: string; personId: string; organisationId: string };
  input: VettingInput;
}) {
  if (profile.personId === viewer.personId) {
    throw new AppError("FORBIDDEN", "Another coordinator needs to record your own checks.");
  }
  const settings = await loadMentoringSettings(ctx, profile.organisationId);
  const trainingCode = input.trainingCode?.trim() || null;
  if (input.kind === "training") {
    const codes = settings.requiredTraining.map((m) => m.code);
    if (!trainingCode || !codes.includes(trainingCode)) {
      throw validationError({ trainingCode: [`Choose which training this was: ${codes.join(", ")}.`] });
    }
  } else if (trainingCode) {
    throw validationError({ trainingCode: ["Only training has a training code."] });
  }
  if (input.completedOn > londonDate(ctx.now())) {
    throw validationError({ completedOn: ["That date is in the future."] });
  }
  if (input.expiresOn && input.expiresOn <= input.completedOn) {
    throw validationError({ expiresOn: ["The end date must be after the date it was done."] });
  }
  await ctx.db.insert(schema.vettingRecords).values({
    id: newId(),
    mentorProfileId: profile.id,
    kind: input.kind,
    trainingCode,
    outcome: input.outcome,
    completedOn: input.completedOn,
    expiresOn: input.expiresOn ?? null,
    recordedByPersonId: viewer.personId,
    recordedAt: ctx.now(),
  });
}
