// Reading recovery instruments: one by id, the ones an organisation may choose
// from (the built-in one and its own), and which instrument a person is offered.
import { schema } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { isMemberOf } from "../journey-access";

export type InstrumentRecord = typeof schema.recoveryInstruments.$inferSelect;

export interface OfferedInstrument {
  instrument: InstrumentRecord;
  checkInEveryWeeks: number;
  /** The organisation whose setting chose it; null for the built-in default. */
  organisationId: string | null;
}

export async function loadInstrument(ctx: Pick<Context, "db">, id: string) {
  const [row] = await ctx.db.select().from(schema.recoveryInstruments).where(eq(schema.recoveryInstruments.id, id));
  return row ?? null;
}

async function builtInInstrument(ctx: Pick<Context, "db">) {
  const builtIn = await loadInstrument(ctx, builtInInstrumentId);
  if (!builtIn) throw new Error("The built-in recovery instrument is missing: run the migrations.");
  return builtIn;
}

/** The built-in instrument first, then the organisation's own by code and newest version first. */
export function organisationInstruments(ctx: Pick<Context, "db">, organisationId: string) {
  const { recoveryInstruments } = schema;
  return ctx.db
    .select()
    .from(recoveryInstruments)
    .where(or(isNull(recoveryInstruments.organisationId), eq(recoveryInstruments.organisationId, organisationId)))
    .orderBy(
      desc(isNull(recoveryInstruments.organisationId)),
      asc(recoveryInstruments.code),
      desc(recoveryInstruments.version),
    );
}

/**
 * The instrument `personId` is offered: their organisation's setting, else the
 * built-in one. Someone in several organisations with different settings gets
 * the setting of the organisation they joined first: the one that has known them
 * longest, and a choice that does not flip as they join others.
 */
export async function offeredInstrument(ctx: Pick<Context, "db">, personId: string): Promise<OfferedInstrument> {
  const { memberships, journeySettings, recoveryInstruments } = schema;
  const [chosen] = await ctx.db
    .select({ instrument: recoveryInstruments, settings: journeySettings })
    .from(memberships)
    .innerJoin(journeySettings, eq(journeySettings.organisationId, memberships.organisationId))
    .innerJoin(recoveryInstruments, eq(recoveryInstruments.id, journeySettings.instrumentId))
    .where(and(eq(memberships.personId, personId), isNull(recoveryInstruments.retiredAt)))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  if (chosen) {
    return {
      instrument: chosen.instrument,
      checkInEveryWeeks: chosen.settings.checkInEveryWeeks,
      organisationId: chosen.settings.organisationId,
    };
  }
  const builtIn = await builtInInstrument(ctx);
  return { instrument: builtIn, checkInEveryWeeks: builtIn.definition.suggestedEveryWeeks, organisationId: null };
}

/** Whether `personId` may check in with this instrument: built-in, or one of their organisations' own. */
export async function isInstrumentOpenTo(ctx: Pick<Context, "db">, instrument: InstrumentRecord, personId: string) {
  return instrument.organisationId === null || isMemberOf(ctx, personId, instrument.organisationId);
}

export interface JourneySettingsView {
  instrument: InstrumentRecord;
  checkInEveryWeeks: number;
  /** True when the organisation has not chosen: the built-in instrument at its suggested interval. */
  isDefault: boolean;
  updatedAt: Date | null;
}

/** What an organisation's people are offered (before any other organisation they belong to is considered). */
export async function organisationSettings(
  ctx: Pick<Context, "db">,
  organisationId: string,
): Promise<JourneySettingsView> {
  const { journeySettings, recoveryInstruments } = schema;
  const [row] = await ctx.db
    .select({ settings: journeySettings, instrument: recoveryInstruments })
    .from(journeySettings)
    .innerJoin(recoveryInstruments, eq(recoveryInstruments.id, journeySettings.instrumentId))
    .where(eq(journeySettings.organisationId, organisationId));
  if (row) return { ...row.settings, instrument: row.instrument, isDefault: false };
  const builtIn = await builtInInstrument(ctx);
  return {
    instrument: builtIn,
    checkInEveryWeeks: builtIn.definition.suggestedEveryWeeks,
    isDefault: true,
    updatedAt: null,
  };
}
