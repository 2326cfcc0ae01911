// An admin setting their organisation's mentoring rules: required training and
// how long each stays current, the checks needed, how often supervision is due,
// and how much each part of a match counts when the shortlist is ordered.
import { schema } from "@kinship/db";
import type { MatchWeights, TrainingModule } from "@kinship/db/schema";
import { z } from "zod";
import type { Context } from "../../graphql/context";
import type { MentoringSettings } from "../settings";

const ZMonths = z.number().int().min(1, "At least one month.").max(120, "Up to 120 months.");
const ZWeight = z.number().min(0, "From 0 (does not count)").max(10, "to 10 (counts most).");

const ZTrainingModule = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{1,39}$/, "Use a short code of lower-case letters, like safeguarding."),
  name: z.string().trim().min(1, "Give the training a name.").max(100),
  validForMonths: ZMonths.nullish(),
});

const ZMatchWeights = z
  .object({
    sharedExperience: ZWeight,
    pathway: ZWeight,
    needs: ZWeight,
    distance: ZWeight,
    availability: ZWeight,
    caseload: ZWeight,
  })
  .refine((weights) => Object.values(weights).some((w) => w > 0), "At least one part of a match must count.");

export const ZMentoringSettings = z.object({
  requiredTraining: z
    .array(ZTrainingModule)
    .max(30)
    .refine((modules) => new Set(modules.map((m) => m.code)).size === modules.length, "Use each training code once."),
  isCriminalRecordsCheckRequired: z.boolean(),
  criminalRecordsCheckValidMonths: ZMonths,
  referencesRequired: z.number().int().min(0).max(5, "Up to 5 references."),
  agreementValidMonths: ZMonths,
  supervisionEveryDays: z.number().int().min(7, "At least a week.").max(365, "At least once a year."),
  weights: ZMatchWeights,
});

export interface MentoringSettingsInput {
  requiredTraining: { code: string; name: string; validForMonths?: number | null }[];
  isCriminalRecordsCheckRequired: boolean;
  criminalRecordsCheckValidMonths: number;
  referencesRequired: number;
  agreementValidMonths: number;
  supervisionEveryDays: number;
  weights: MatchWeights;
}

export async function updateMentoringSettings({
  ctx,
  organisationId,
  input,
}: {
  ctx: Context;
  organisationId: string;
  input: MentoringSettingsInput;
}): Promise<MentoringSettings> {
  const requiredTraining: TrainingModule[] = input.requiredTraining.map((m) => ({
    code: m.code.trim(),
    name: m.name.trim(),
    validForMonths: m.validForMonths ?? null,
  }));
  const settings: MentoringSettings = { ...input, requiredTraining, weights: { ...input.weights } };
  const row = { organisationId, ...settings, updatedAt: ctx.now() };
  await ctx.db
    .insert(schema.mentoringSettings)
    .values(row)
    .onConflictDoUpdate({ target: schema.mentoringSettings.organisationId, set: row });
  return settings;
}
