// Checking in at a gathering: the organiser opens a check-in for today's
// occurrence and shows its code as a QR; a signed-in person scans it. The code
// is random (128 bits), stored only as a hash, and dies after the gathering.
import { newId, schema } from "@kinship/db";
import { and, eq, gt } from "drizzle-orm";
import { hashSecret, randomSecret } from "../../auth/token";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import type { GatheringRecord } from "../gathering-record";
import { occurrencesBetween } from "../schedule";

/** How long around an occurrence its check-in is open. */
const openBeforeMs = 2 * 3_600_000;
const openAfterMs = 2 * 3_600_000;

export async function openCheckIn({ ctx, gathering }: { ctx: Context; gathering: GatheringRecord }) {
  const now = ctx.now();
  const window = { from: new Date(now.getTime() - openAfterMs), to: new Date(now.getTime() + openBeforeMs) };
  const occurrence = occurrencesBetween(gathering, gathering.exceptions, window.from, window.to).find(
    (o) => o.status !== "cancelled",
  );
  if (!occurrence || gathering.cancelledAt) {
    throw validationError({ id: ["Check-in opens two hours before a date of this gathering starts."] });
  }
  const code = randomSecret(26); // 130 bits
  const expiresAt = new Date(occurrence.end.epochMilliseconds + openAfterMs);
  await ctx.db.insert(schema.checkInCodes).values({
    codeHash: hashSecret(code),
    gatheringId: gathering.id,
    occurrenceOn: occurrence.originalOn,
    expiresAt,
  });
  return { code, occurrenceOn: occurrence.originalOn, expiresAt };
}

export async function checkIn({ ctx, viewer, code }: { ctx: Context; viewer: Viewer; code: string }) {
  const now = ctx.now();
  const { checkInCodes, gatheringAttendance } = schema;
  const [open] = await ctx.db
    .select()
    .from(checkInCodes)
    .where(and(eq(checkInCodes.codeHash, hashSecret(code)), gt(checkInCodes.expiresAt, now)));
  if (!open)
    throw new AppError("NOT_FOUND", "That check-in code has expired or isn't right. Ask the organiser for a new one.");
  const values = { status: "attended" as const, checkedInAt: now };
  await ctx.db
    .insert(gatheringAttendance)
    .values({
      id: newId(),
      gatheringId: open.gatheringId,
      personId: viewer.personId,
      occurrenceOn: open.occurrenceOn,
      ...values,
    })
    .onConflictDoUpdate({
      target: [gatheringAttendance.gatheringId, gatheringAttendance.occurrenceOn, gatheringAttendance.personId],
      set: values,
    });
  return { gatheringId: open.gatheringId, occurrenceOn: open.occurrenceOn };
}
