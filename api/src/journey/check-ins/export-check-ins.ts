// The check-in part of a person's data download: every check-in with the
// instrument it was answered on, each answer with its wording, the score, and
// the person's note opened with their own key.
import { schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { checkInNoteLocation } from "./check-in-location";
import { answerLabel, itemScores } from "./instrument-score";

type ExportContext = Pick<Context, "db" | "cipher" | "now">;

export async function exportCheckIns(ctx: ExportContext, personId: string) {
  const { recoveryCheckIns, recoveryInstruments } = schema;
  const rows = await ctx.db
    .select({ checkIn: recoveryCheckIns, instrument: recoveryInstruments })
    .from(recoveryCheckIns)
    .innerJoin(recoveryInstruments, eq(recoveryInstruments.id, recoveryCheckIns.instrumentId))
    .where(eq(recoveryCheckIns.personId, personId))
    .orderBy(asc(recoveryCheckIns.takenOn), asc(recoveryCheckIns.createdAt));
  const mine = personCipher(ctx, personId);
  return Promise.all(
    rows.map(async ({ checkIn, instrument }) => ({
      takenOn: checkIn.takenOn,
      instrument: { name: instrument.name, code: instrument.code, version: instrument.version },
      scorePercent: checkIn.scorePercent,
      answers: itemScores(instrument.definition, checkIn.answers).map(({ item, value, percent }) => ({
        question: item.text,
        answer: answerLabel(instrument.definition, value),
        value,
        percent,
      })),
      note:
        checkIn.noteCipher === null ? null : await mine.decrypt(checkIn.noteCipher, checkInNoteLocation(checkIn.id)),
      createdAt: checkIn.createdAt,
    })),
  );
}
