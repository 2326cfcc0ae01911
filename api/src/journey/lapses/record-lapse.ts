// A person notes, privately, that they lapsed. It resets nothing: no goal, step,
// milestone or count changes. It is a prompt to re-plan, seen only by them and
// (if they share their journey) their mentor; never counted in any aggregate.
import { newId, schema } from "@kinship/db";
import { addMonths, londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { lapseNoteLocation } from "./lapse-location";

export async function recordLapse({
  ctx,
  viewer,
  happenedOn,
  note,
}: {
  ctx: Context;
  viewer: Viewer;
  happenedOn: string;
  note: string | null;
}) {
  const today = londonDate(ctx.now());
  if (happenedOn > today) throw validationError({ happenedOn: ["Choose today or a day before."] });
  if (happenedOn < addMonths(today, -24)) {
    throw validationError({ happenedOn: ["Choose a date in the last two years."] });
  }
  const id = newId();
  await ctx.db.insert(schema.lapses).values({
    id,
    personId: viewer.personId,
    happenedOn,
    noteCipher: note ? await personCipher(ctx, viewer.personId).encrypt(note, lapseNoteLocation(id)) : null,
    recordedAt: ctx.now(),
  });
  return id;
}
