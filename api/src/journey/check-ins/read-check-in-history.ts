// A person's check-ins, grouped by instrument: a trend only compares answers to
// the same instrument version, so the history follows the instrument of the
// newest check-in and lists any taken with other instruments (or versions)
// separately, each with its own score. Reads by anyone else are audited in the
// same batch as the read.
import { schema } from "@kinship/db";
import { desc, eq } from "drizzle-orm";
import { addDays } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { type JourneyStanding, readAudited, recordJourneyRead } from "../journey-access";
import { type InstrumentRecord, offeredInstrument } from "./instrument-record";
import { changeSinceLast, type DomainChange, strengthsAndGaps } from "./instrument-score";

export type CheckInView = typeof schema.recoveryCheckIns.$inferSelect & { instrument: InstrumentRecord };

export interface CheckInSummaryView {
  strengths: string[];
  gaps: string[];
  changeSinceLast: DomainChange[];
}

export interface CheckInHistoryView extends CheckInSummaryView {
  instrument: InstrumentRecord;
  /** Taken with `instrument`, newest first. */
  checkIns: CheckInView[];
  /** Taken with any other instrument or version, newest first. */
  otherCheckIns: CheckInView[];
  checkInEveryWeeks: number;
  lastTakenOn: string | null;
  /** The last check-in's date plus the interval; null when there has been none (now is a good time). */
  nextSuggestedOn: string | null;
}

/** Strengths and gaps of one check-in, and its change since the one before it with the same instrument. */
export function summariseCheckIn(checkIns: CheckInView[], checkIn: CheckInView): CheckInSummaryView {
  const { definition } = checkIn.instrument;
  const earlier = checkIns.filter(
    (other) =>
      other.instrumentId === checkIn.instrumentId &&
      (other.takenOn < checkIn.takenOn || (other.takenOn === checkIn.takenOn && other.createdAt < checkIn.createdAt)),
  );
  const before = earlier[0];
  return {
    ...strengthsAndGaps(definition, checkIn.answers),
    changeSinceLast: before ? changeSinceLast(definition, checkIn.answers, before.answers) : [],
  };
}

export async function readCheckIns(ctx: Context, personId: string, standing: JourneyStanding, fields: string[]) {
  const { recoveryCheckIns, recoveryInstruments } = schema;
  const read = ctx.db
    .select({ checkIn: recoveryCheckIns, instrument: recoveryInstruments })
    .from(recoveryCheckIns)
    .innerJoin(recoveryInstruments, eq(recoveryInstruments.id, recoveryCheckIns.instrumentId))
    .where(eq(recoveryCheckIns.personId, personId))
    .orderBy(desc(recoveryCheckIns.takenOn), desc(recoveryCheckIns.createdAt));
  const audit = recordJourneyRead(ctx, personId, standing, { fields, via: "Query.recoveryCheckIns" });
  const [rows] = await readAudited(ctx, audit, [read]);
  return rows.map((row): CheckInView => ({ ...row.checkIn, instrument: row.instrument }));
}

export async function readCheckInHistory(
  ctx: Context,
  personId: string,
  standing: JourneyStanding,
  fields: string[],
): Promise<CheckInHistoryView> {
  const all = await readCheckIns(ctx, personId, standing, fields);
  const offered = await offeredInstrument(ctx, personId);
  const newest = all[0];
  const instrument = newest?.instrument ?? offered.instrument;
  const checkIns = all.filter((checkIn) => checkIn.instrumentId === instrument.id);
  return {
    instrument,
    checkIns,
    otherCheckIns: all.filter((checkIn) => checkIn.instrumentId !== instrument.id),
    ...(newest ? summariseCheckIn(checkIns, newest) : { strengths: [], gaps: [], changeSinceLast: [] }),
    checkInEveryWeeks: offered.checkInEveryWeeks,
    lastTakenOn: newest?.takenOn ?? null,
    nextSuggestedOn: newest ? addDays(newest.takenOn, offered.checkInEveryWeeks * 7) : null,
  };
}
