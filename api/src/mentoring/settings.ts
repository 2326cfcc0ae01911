// An organisation's mentoring rules: which training is required and for how long
// it stays current, the checks its mentors need, how often supervision is due,
// and how much each part of a match counts. Organisations without their own
// settings use these defaults, which follow common UK peer-mentoring practice.
import { schema } from "@kinship/db";
import type { MatchWeights, TrainingModule } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";

export type MentoringSettings = Omit<typeof schema.mentoringSettings.$inferSelect, "organisationId" | "updatedAt">;

export const defaultTraining: TrainingModule[] = [
  { code: "induction", name: "Peer mentoring induction", validForMonths: null },
  { code: "safeguarding", name: "Safeguarding adults and children", validForMonths: 36 },
  { code: "boundaries", name: "Boundaries and confidentiality", validForMonths: 24 },
  { code: "naloxone", name: "Overdose awareness and naloxone", validForMonths: 24 },
];

export const defaultWeights: MatchWeights = {
  sharedExperience: 3,
  pathway: 2,
  needs: 3,
  distance: 2,
  availability: 2,
  caseload: 1,
};

export const defaultMentoringSettings: MentoringSettings = {
  requiredTraining: defaultTraining,
  isCriminalRecordsCheckRequired: true,
  criminalRecordsCheckValidMonths: 36,
  referencesRequired: 2,
  agreementValidMonths: 12,
  supervisionEveryDays: 56,
  weights: defaultWeights,
};

export async function loadMentoringSettings(ctx: Pick<Context, "db">, organisationId: string) {
  const [row] = await ctx.db
    .select()
    .from(schema.mentoringSettings)
    .where(eq(schema.mentoringSettings.organisationId, organisationId));
  if (!row) return defaultMentoringSettings;
  const { organisationId: _, updatedAt: __, ...settings } = row;
  return settings;
}
