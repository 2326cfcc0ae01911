// A signed-in person says they are going to one date of a gathering, or no
// longer going. Having checked in is kept: it happened.
import { newId, schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { cancelGatheringReminders, rescheduleGatheringReminders } from "../../reminders/triggers/gathering-reminders";
import { loadGathering } from "../gathering-record";
import { isOccurrenceDate, zonedAt } from "../schedule";

export async function setGoing({
  ctx,
  viewer,
  gatheringId,
  occurrenceOn,
  isGoing,
}: {
  ctx: Context;
  viewer: Viewer;
  gatheringId: string;
  occurrenceOn: string;
  isGoing: boolean;
}) {
  const gathering = await loadGathering(ctx.db, gatheringId);
  if (!gathering || gathering.withdrawnAt) throw new AppError("NOT_FOUND", "We couldn't find that gathering.");
  const moved = gathering.exceptions.find((e) => e.occurrenceOn === occurrenceOn);
  if (!isOccurrenceDate(gathering, occurrenceOn)) {
    throw validationError({ occurrenceOn: ["It doesn't happen on that date."] });
  }
  const startsAt = zonedAt(
    moved?.movedToOn ?? occurrenceOn,
    moved?.movedToTime ?? gathering.startTime,
    gathering.timezone,
  );
  if (isGoing && (gathering.cancelledAt || moved?.change === "cancelled")) {
    throw new AppError("CONFLICT", "That date has been cancelled.");
  }
  if (isGoing && startsAt.epochMilliseconds + gathering.durationMinutes * 60_000 < ctx.now().getTime()) {
    throw new AppError("CONFLICT", "That date has already happened.");
  }
  const { gatheringAttendance } = schema;
  const mine = and(
    eq(gatheringAttendance.gatheringId, gatheringId),
    eq(gatheringAttendance.occurrenceOn, occurrenceOn),
    eq(gatheringAttendance.personId, viewer.personId),
  );
  // Reminders (for people who chose them) come and go in the same batch as "I'm going".
  const personIds = [viewer.personId];
  if (!isGoing) {
    await ctx.db.batch([
      ctx.db.delete(gatheringAttendance).where(and(mine, eq(gatheringAttendance.status, "going"))),
      cancelGatheringReminders(ctx.db, { gatheringId, occurrenceOn, personIds, now: ctx.now() }),
    ]);
    return;
  }
  await ctx.db.batch([
    ctx.db
      .insert(gatheringAttendance)
      .values({
        id: newId(),
        gatheringId,
        personId: viewer.personId,
        occurrenceOn,
        status: "going",
        goingAt: ctx.now(),
      })
      .onConflictDoNothing(),
    ...rescheduleGatheringReminders(ctx, { gathering, occurrenceOn, personIds }),
  ]);
}
