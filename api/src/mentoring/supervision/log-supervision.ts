// A coordinator records a supervision session with a mentor. The notes are
// about the mentor, so they are sealed under the mentor's own key.
import { newId, schema } from "@kinship/db";
import { addDays, londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import type { MentorProfileRecord } from "./mentor-profile-access";
import type { SupervisionInput } from "./supervision-input";

export async function logSupervision({
  ctx,
  viewer,
  profile,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  profile: MentorProfileRecord;
  input: SupervisionInput;
}) {
  const today = londonDate(ctx.now());
  if (input.heldOn > today) throw validationError({ heldOn: ["Supervision can't be recorded for a future date."] });
  if (input.heldOn < addDays(today, -366)) {
    throw validationError({ heldOn: ["Record supervision from the last year only."] });
  }
  const id = newId();
  const notesCipher =
    input.notes === null
      ? null
      : await personCipher(ctx, profile.personId).encrypt(input.notes, {
          table: "supervision_sessions",
          column: "notes_cipher",
          rowId: id,
        });
  await ctx.db.insert(schema.supervisionSessions).values({
    id,
    mentorProfileId: profile.id,
    supervisorPersonId: viewer.personId,
    heldOn: input.heldOn,
    durationMinutes: input.durationMinutes,
    notesCipher,
    createdAt: ctx.now(),
  });
  return id;
}
