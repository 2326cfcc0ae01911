// How long a live match may go without contact before the mentor is nudged, and
// how much longer (after the nudge) before the organisation's coordinators are
// alerted: each organisation's own choice (admins set both together) or the defaults.
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { z } from "zod";

// Two weeks is how long practitioners say silence from someone in early recovery
// is worth a gentle check; a further week gives the mentor time to reach them
// before a coordinator steps in.
export const defaultNudgeAfterDays = 14;
export const defaultAlertAfterDays = 7;

export const ZDisengagementSettings = z.object({
  nudgeAfterDays: z
    .number()
    .int("Use a whole number of days.")
    .min(3, "Wait at least 3 days before nudging a mentor.")
    .max(90, "Nudge a mentor within 90 days."),
  alertAfterDays: z
    .number()
    .int("Use a whole number of days.")
    .min(1, "Wait at least a day after the nudge.")
    .max(60, "Alert coordinators within 60 days of the nudge."),
});

export interface DisengagementSettings {
  organisationId: string;
  nudgeAfterDays: number;
  alertAfterDays: number;
  isDefault: boolean;
}

export async function loadDisengagementSettings(db: Database, organisationId: string): Promise<DisengagementSettings> {
  const { disengagementSettings } = schema;
  const [row] = await db
    .select()
    .from(disengagementSettings)
    .where(eq(disengagementSettings.organisationId, organisationId));
  return {
    organisationId,
    nudgeAfterDays: row?.nudgeAfterDays ?? defaultNudgeAfterDays,
    alertAfterDays: row?.alertAfterDays ?? defaultAlertAfterDays,
    isDefault: !row,
  };
}

export async function updateDisengagementSettings({
  db,
  organisationId,
  input,
  now,
}: {
  db: Database;
  organisationId: string;
  input: { nudgeAfterDays: number; alertAfterDays: number };
  now: Date;
}): Promise<DisengagementSettings> {
  const row = { organisationId, ...input, updatedAt: now };
  await db
    .insert(schema.disengagementSettings)
    .values(row)
    .onConflictDoUpdate({ target: schema.disengagementSettings.organisationId, set: row });
  return { organisationId, ...input, isDefault: false };
}
