// Retiring an organisation's instrument: no one is offered it again, and the
// check-ins taken with it keep their meaning (the row stays). An instrument its
// organisation still offers cannot be retired, checked in the same statement as
// the change so a setting made at the same moment cannot slip past.
import { schema } from "@kinship/db";
import { and, eq, isNull, notExists } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { type InstrumentRecord, loadInstrument } from "./instrument-record";

export async function retireRecoveryInstrument({ ctx, instrument }: { ctx: Context; instrument: InstrumentRecord }) {
  if (instrument.retiredAt) return instrument;
  const { journeySettings, recoveryInstruments } = schema;
  const offered = ctx.db
    .select({ organisationId: journeySettings.organisationId })
    .from(journeySettings)
    .where(eq(journeySettings.instrumentId, instrument.id));
  const retired = await ctx.db
    .update(recoveryInstruments)
    .set({ retiredAt: ctx.now() })
    .where(and(eq(recoveryInstruments.id, instrument.id), isNull(recoveryInstruments.retiredAt), notExists(offered)));
  const after = (await loadInstrument(ctx, instrument.id))!;
  if (retired.rowsAffected === 0 && !after.retiredAt) {
    throw new AppError(
      "CONFLICT",
      "Your members are offered this instrument now. Choose another one for them first, then retire this one.",
    );
  }
  return after;
}
