// An organisation's mentoring rules: which training is required and for how long
// it stays current, the checks its mentors need, how often supervision is due,
// and how much each part of a match counts. Organisations without their own
// settings use the defaults in @kinship/db/mentoring-defaults.
import { schema } from "@kinship/db";
import { defaultMentoringRules } from "@kinship/db/mentoring-defaults";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";

export type MentoringSettings = Omit<typeof schema.mentoringSettings.$inferSelect, "organisationId" | "updatedAt">;

export { defaultTraining, defaultWeights } from "@kinship/db/mentoring-defaults";

export const defaultMentoringSettings: MentoringSettings = defaultMentoringRules;

export async function loadMentoringSettings(ctx: Pick<Context, "db">, organisationId: string) {
  const [row] = await ctx.db
    .select()
    .from(schema.mentoringSettings)
    .where(eq(schema.mentoringSettings.organisationId, organisationId));
  if (!row) return defaultMentoringSettings;
  const { organisationId: _, updatedAt: __, ...settings } = row;
  return settings;
}
