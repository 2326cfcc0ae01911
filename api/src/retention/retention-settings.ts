// How long an organisation keeps the detail of closed mentoring cases: its own
// choice (admins set it) or the default. See docs/security.md "Retention".
import { type Database, schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";

// Two years: people in recovery often come back (a lapse, a new referral), most
// within a year or two, and whoever picks them up is helped by knowing what
// worked and what worried people before. Past that the detail has aged and the
// harm of holding it (a leak exposes stigmatised people's health records)
// outweighs its use, so storage limitation (UK GDPR art. 5(1)(e)) says let go.
export const defaultClosedCaseMonths = 24;
// Six months leaves time for a complaint or a quick return; eight years is the
// NHS records code's period for adult health records, the longest a recovery
// service is likely to be asked to keep.
export const closedCaseMonthsRange = { min: 6, max: 96 } as const;

export const ZClosedCaseMonths = z
  .number()
  .int("Use a whole number of months.")
  .min(closedCaseMonthsRange.min, `Keep closed cases for at least ${closedCaseMonthsRange.min} months.`)
  .max(closedCaseMonthsRange.max, `Keep closed cases for at most ${closedCaseMonthsRange.max} months (8 years).`);

export interface RetentionSettings {
  organisationId: string;
  closedCaseMonths: number;
  isDefault: boolean;
}

export async function loadRetentionSettings(db: Database, organisationId: string): Promise<RetentionSettings> {
  const [row] = await db
    .select({ closedCaseMonths: schema.retentionSettings.closedCaseMonths })
    .from(schema.retentionSettings)
    .where(eq(schema.retentionSettings.organisationId, organisationId));
  return {
    organisationId,
    closedCaseMonths: row?.closedCaseMonths ?? defaultClosedCaseMonths,
    isDefault: !row,
  };
}

/** Every organisation with its period, for the schedule. */
export function closedCaseMonthsByOrganisation(db: Database) {
  const { organisations, retentionSettings } = schema;
  return db
    .select({
      organisationId: organisations.id,
      closedCaseMonths: sql<number>`coalesce(${retentionSettings.closedCaseMonths}, ${defaultClosedCaseMonths})`,
    })
    .from(organisations)
    .leftJoin(retentionSettings, eq(retentionSettings.organisationId, organisations.id));
}

/** The instant a number of calendar months before `now` (31 March less one month is 28 or 29 February). */
export const monthsBefore = (now: Date, months: number) =>
  new Date(
    Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO("UTC").subtract({ months })
      .epochMilliseconds,
  );
