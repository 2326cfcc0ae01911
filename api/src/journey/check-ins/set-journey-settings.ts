// Which instrument an organisation's people are offered, and how often they are
// asked to check in: the built-in instrument or one of the organisation's own.
import { schema } from "@kinship/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { loadInstrument } from "./instrument-record";

export const ZCheckInEveryWeeks = z
  .number()
  .int("Use whole weeks.")
  .min(4, "Ask people to check in every 4 to 12 weeks.")
  .max(12, "Ask people to check in every 4 to 12 weeks.");

export async function setJourneySettings({
  ctx,
  organisationId,
  instrumentId,
  checkInEveryWeeks,
}: {
  ctx: Context;
  organisationId: string;
  instrumentId: string;
  checkInEveryWeeks: number;
}) {
  const instrument = await loadInstrument(ctx, instrumentId);
  const isOpen = instrument && (instrument.organisationId === null || instrument.organisationId === organisationId);
  if (!isOpen) {
    throw validationError({ instrumentId: ["Choose the built-in check-in or one your organisation has loaded."] });
  }
  if (instrument.retiredAt) {
    throw validationError({ instrumentId: ["That instrument has been retired. Choose another one."] });
  }
  const updatedAt = ctx.now();
  const { journeySettings, recoveryInstruments } = schema;
  // The instrument is re-checked in the same statement, so one retired a moment ago is not chosen.
  const chosen = await ctx.db
    .insert(journeySettings)
    .select(
      ctx.db
        .select({
          organisationId: sql<string>`${organisationId}`.as("organisation_id"),
          instrumentId: recoveryInstruments.id,
          checkInEveryWeeks: sql<number>`${checkInEveryWeeks}`.as("check_in_every_weeks"),
          updatedAt: sql<number>`${updatedAt.getTime()}`.as("updated_at"),
        })
        .from(recoveryInstruments)
        .where(and(eq(recoveryInstruments.id, instrument.id), isNull(recoveryInstruments.retiredAt))),
    )
    .onConflictDoUpdate({
      target: journeySettings.organisationId,
      set: { instrumentId, checkInEveryWeeks, updatedAt },
    });
  if (chosen.rowsAffected === 0) {
    throw validationError({ instrumentId: ["That instrument has been retired. Choose another one."] });
  }
  const [settings] = await ctx.db
    .select()
    .from(journeySettings)
    .where(eq(journeySettings.organisationId, organisationId));
  return { ...settings!, instrument };
}
