// The check-in a person is offered now, and when they last took one: the form
// page shows the questions and says when the next check-in is suggested.
import { schema } from "@kinship/db";
import { desc, eq } from "drizzle-orm";
import { addDays, londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { type InstrumentRecord, offeredInstrument } from "./instrument-record";

export interface CheckInFormView {
  instrument: InstrumentRecord;
  checkInEveryWeeks: number;
  lastTakenOn: string | null;
  nextSuggestedOn: string | null;
  today: string;
}

export async function readCheckInForm(ctx: Context, personId: string): Promise<CheckInFormView> {
  const { recoveryCheckIns } = schema;
  const offered = await offeredInstrument(ctx, personId);
  const [last] = await ctx.db
    .select({ takenOn: recoveryCheckIns.takenOn })
    .from(recoveryCheckIns)
    .where(eq(recoveryCheckIns.personId, personId))
    .orderBy(desc(recoveryCheckIns.takenOn))
    .limit(1);
  return {
    instrument: offered.instrument,
    checkInEveryWeeks: offered.checkInEveryWeeks,
    lastTakenOn: last?.takenOn ?? null,
    nextSuggestedOn: last ? addDays(last.takenOn, offered.checkInEveryWeeks * 7) : null,
    today: londonDate(ctx.now()),
  };
}
