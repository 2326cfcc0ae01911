// Cancel, move or restore one occurrence of a series without touching the
// series: "no café on Boxing Day", "this week's walk starts an hour later".
import { newId, schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { isCalendarDate } from "../calendar-dates";
import { validationError } from "../errors";
import type { Context } from "../graphql/context";
import { remindersAfterOccurrenceChange } from "../reminders/triggers/gathering-reminders";
import type { GatheringRecord } from "./gathering-record";
import { isOccurrenceDate, type ScheduleException } from "./schedule";

export const occurrenceChangeKinds = ["cancel", "move", "restore"] as const;

export interface OccurrenceChangeInput {
  occurrenceOn: string;
  change: (typeof occurrenceChangeKinds)[number];
  movedToOn?: string | null;
  movedToTime?: string | null;
  note?: string | null;
}

export async function changeOccurrence({
  ctx,
  gathering,
  input,
}: {
  ctx: Context;
  gathering: GatheringRecord;
  input: OccurrenceChangeInput;
}) {
  if (!isOccurrenceDate(gathering, input.occurrenceOn)) {
    throw validationError({ occurrenceOn: ["It doesn't happen on that date. Pick one of its dates."] });
  }
  const { gatheringExceptions, gatherings } = schema;
  const now = ctx.now();
  const thisOccurrence = and(
    eq(gatheringExceptions.gatheringId, gathering.id),
    eq(gatheringExceptions.occurrenceOn, input.occurrenceOn),
  );
  const touch = ctx.db.update(gatherings).set({ updatedAt: now }).where(eq(gatherings.id, gathering.id));
  // Everyone going gets their reminders moved, dropped or restored in the same batch as the change.
  const reminders = (exception: ScheduleException | null) =>
    remindersAfterOccurrenceChange(ctx, { gathering, occurrenceOn: input.occurrenceOn, exception });
  if (input.change === "restore") {
    await ctx.db.batch([ctx.db.delete(gatheringExceptions).where(thisOccurrence), touch, ...(await reminders(null))]);
    return;
  }
  const values = {
    change: input.change === "cancel" ? ("cancelled" as const) : ("moved" as const),
    movedToOn: input.change === "move" ? requireMovedDate(input) : null,
    movedToTime: input.change === "move" ? (input.movedToTime ?? gathering.startTime) : null,
    note: input.note?.trim() || null,
    updatedAt: now,
  };
  await ctx.db.batch([
    ctx.db
      .insert(gatheringExceptions)
      .values({ id: newId(), gatheringId: gathering.id, occurrenceOn: input.occurrenceOn, ...values, createdAt: now })
      .onConflictDoUpdate({ target: [gatheringExceptions.gatheringId, gatheringExceptions.occurrenceOn], set: values }),
    touch,
    ...(await reminders({ occurrenceOn: input.occurrenceOn, ...values })),
  ]);
}

function requireMovedDate(input: OccurrenceChangeInput): string {
  if (!input.movedToOn) throw validationError({ movedToOn: ["Say which date it moves to."] });
  // A date like 30 February would break the schedule (and everyone's reminders) when read back.
  if (!isCalendarDate(input.movedToOn)) throw validationError({ movedToOn: ["Use a real date like 2026-12-31."] });
  return input.movedToOn;
}
