// A mentor's supervision history, newest first, with notes decrypted under the
// mentor's key. A coordinator's read is audited in the same batch.
import { schema } from "@kinship/db";
import { desc, eq, type SQL } from "drizzle-orm";
import { type AccessDescription, recordPeopleRead } from "../../audit/access-record";
import { type PersonCipher, personCipher } from "../../crypto/person-keys";
import type { Context, Viewer } from "../../graphql/context";
import type { MentorProfileRecord } from "./mentor-profile-access";

export interface SupervisionView {
  id: string;
  heldOn: string;
  durationMinutes: number;
  notes: string | null;
  supervisorName: string | null;
  createdAt: Date;
}

export async function readSupervision(
  ctx: Context,
  profile: MentorProfileRecord,
  where: SQL | undefined,
  audit: { viewer: Viewer; access: AccessDescription } | null,
): Promise<SupervisionView[]> {
  const { supervisionSessions, people, mentorProfiles } = schema;
  const rows = ctx.db
    .select({ session: supervisionSessions, supervisorName: people.displayName })
    .from(supervisionSessions)
    .leftJoin(people, eq(people.id, supervisionSessions.supervisorPersonId))
    .where(where)
    .orderBy(desc(supervisionSessions.heldOn), desc(supervisionSessions.createdAt));
  const found = audit
    ? (
        await ctx.db.batch([
          recordPeopleRead(
            ctx,
            audit.viewer,
            { table: mentorProfiles, personId: mentorProfiles.personId, where: eq(mentorProfiles.id, profile.id) },
            audit.access,
          ),
          rows,
        ])
      )[1]
    : await rows;
  const cipher = personCipher(ctx, profile.personId);
  return Promise.all(
    found.map(async ({ session, supervisorName }) => ({
      id: session.id,
      heldOn: session.heldOn,
      durationMinutes: session.durationMinutes,
      notes: await supervisionNotes(cipher, session),
      supervisorName,
      createdAt: session.createdAt,
    })),
  );
}

/** A supervision session's notes, opened under the mentor's key (null if none, or no longer readable). */
export function supervisionNotes(cipher: PersonCipher, session: { id: string; notesCipher: string | null }) {
  if (session.notesCipher === null) return null;
  return cipher.decrypt(session.notesCipher, {
    table: "supervision_sessions",
    column: "notes_cipher",
    rowId: session.id,
  });
}
