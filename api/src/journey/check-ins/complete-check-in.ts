// A person checks in: answers every item of an instrument open to them, for today
// or a day in the past year. One check-in per person, instrument and day: a second
// one the same day is refused (CONFLICT) rather than replacing the first, so
// nothing already stored is lost; the person can check in again another day.
// The note is sealed under the person's own key.
import { newId, schema } from "@kinship/db";
import { and, desc, eq, max, notExists, sql } from "drizzle-orm";
import { z } from "zod";
import { addDays, londonDate, longDate, ZCalendarDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { cancelCheckInReminders } from "../../reminders/triggers/check-in-reminders";
import { checkInNoteLocation } from "./check-in-location";
import { type InstrumentRecord, isInstrumentOpenTo, loadInstrument, offeredInstrument } from "./instrument-record";
import { answerProblems, answersByCode, scorePercent } from "./instrument-score";
import { type CheckInView, summariseCheckIn } from "./read-check-in-history";

export const ZCheckInInput = z.object({
  instrumentId: z.string().min(1).max(100),
  takenOn: ZCalendarDate.nullish(),
  answers: z
    .array(z.object({ itemCode: z.string().max(40), value: z.number().int("Choose one of the answers given.") }))
    .max(100, "That is more answers than any check-in has questions."),
  note: z
    .string()
    .trim()
    .max(1000, "Keep the note to 1,000 characters.")
    .nullish()
    .transform((note) => note || null),
});
export type CheckInInput = z.output<typeof ZCheckInInput>;

function checkDate(ctx: Context, takenOn: string | null | undefined) {
  const today = londonDate(ctx.now());
  const date = takenOn ?? today;
  if (date > today) throw validationError({ takenOn: ["A check-in can't be in the future."] });
  if (date < addDays(today, -366)) throw validationError({ takenOn: ["Choose a date in the past year."] });
  return date;
}

export async function completeCheckIn({ ctx, viewer, input }: { ctx: Context; viewer: Viewer; input: CheckInInput }) {
  const takenOn = checkDate(ctx, input.takenOn);
  const instrument = await loadInstrument(ctx, input.instrumentId);
  if (!instrument || !(await isInstrumentOpenTo(ctx, instrument, viewer.personId))) {
    throw new AppError("NOT_FOUND", "That check-in isn't offered to you. Please reload the page.");
  }
  if (instrument.retiredAt) {
    throw new AppError("CONFLICT", "That check-in has just been replaced. Please reload the page to see the new one.");
  }
  const problems = answerProblems(instrument.definition, input.answers);
  if (problems.length) {
    const fields: Record<string, string[]> = {};
    for (const problem of problems) fields[problem.path] = [...(fields[problem.path] ?? []), problem.message];
    throw validationError(fields, "Please answer every question.");
  }
  const answers = answersByCode(input.answers);
  const id = newId();
  const noteCipher =
    input.note === null ? null : await personCipher(ctx, viewer.personId).encrypt(input.note, checkInNoteLocation(id));
  const { people, recoveryCheckIns } = schema;
  const sameDay = ctx.db
    .select({ id: recoveryCheckIns.id })
    .from(recoveryCheckIns)
    .where(
      and(
        eq(recoveryCheckIns.personId, viewer.personId),
        eq(recoveryCheckIns.instrumentId, instrument.id),
        eq(recoveryCheckIns.takenOn, takenOn),
      ),
    );
  // Inserted only if there is none for that day yet, in one statement, so two taps on "Send" store one.
  const insert = ctx.db.insert(recoveryCheckIns).select(
    ctx.db
      .select({
        id: sql<string>`${id}`.as("id"),
        personId: people.id,
        instrumentId: sql<string>`${instrument.id}`.as("instrument_id"),
        takenOn: sql<string>`${takenOn}`.as("taken_on"),
        answers: sql<string>`${JSON.stringify(answers)}`.as("answers"),
        scorePercent: sql<number>`${scorePercent(instrument.definition, answers)}`.as("score_percent"),
        noteCipher: sql<string | null>`${noteCipher}`.as("note_cipher"),
        createdAt: sql<number>`${ctx.now().getTime()}`.as("created_at"),
      })
      .from(people)
      .where(and(eq(people.id, viewer.personId), notExists(sameDay))),
  );
  const [inserted] = await ctx.db.batch([
    insert,
    cancelCheckInReminders(ctx.db, { personId: viewer.personId, now: ctx.now() }),
  ]);
  if (inserted.rowsAffected === 0) {
    throw new AppError(
      "CONFLICT",
      `You've already checked in on ${longDate(takenOn)}. Those answers are kept. You can check in again on another day.`,
    );
  }
  return readBackCheckIn(ctx, viewer.personId, id, instrument);
}

/**
 * The check-in just stored, its summary against the one before it with the same
 * instrument, and when the next is suggested: the person reading back what they
 * have just given (their own, so not audited). The instrument is the one already
 * loaded above; only this instrument's check-ins are needed for the comparison.
 */
async function readBackCheckIn(ctx: Context, personId: string, id: string, instrument: InstrumentRecord) {
  const { recoveryCheckIns } = schema;
  const ofPerson = eq(recoveryCheckIns.personId, personId);
  const [sameInstrument, [newest]] = await ctx.db.batch([
    ctx.db
      .select()
      .from(recoveryCheckIns)
      .where(and(ofPerson, eq(recoveryCheckIns.instrumentId, instrument.id)))
      .orderBy(desc(recoveryCheckIns.takenOn), desc(recoveryCheckIns.createdAt)),
    ctx.db
      .select({ takenOn: max(recoveryCheckIns.takenOn) })
      .from(recoveryCheckIns)
      .where(ofPerson),
  ]);
  const checkIns = sameInstrument.map((row): CheckInView => ({ ...row, instrument }));
  const checkIn = checkIns.find((each) => each.id === id)!;
  const { checkInEveryWeeks } = await offeredInstrument(ctx, personId);
  return {
    checkIn,
    ...summariseCheckIn(checkIns, checkIn),
    // From the newest check-in of any instrument: a back-dated one does not move it.
    nextSuggestedOn: addDays(newest!.takenOn!, checkInEveryWeeks * 7),
  };
}
