// The supervision part of a mentor's data download: every supervision session
// of their mentor profiles, with the notes about them decrypted under their key.
import { schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { supervisionNotes } from "./read-supervision";

export async function exportSupervision(ctx: Pick<Context, "db" | "cipher" | "now">, personId: string) {
  const { supervisionSessions, mentorProfiles, organisations, people } = schema;
  const rows = await ctx.db
    .select({ session: supervisionSessions, organisationName: organisations.name, supervisorName: people.displayName })
    .from(supervisionSessions)
    .innerJoin(mentorProfiles, eq(mentorProfiles.id, supervisionSessions.mentorProfileId))
    .innerJoin(organisations, eq(organisations.id, mentorProfiles.organisationId))
    .leftJoin(people, eq(people.id, supervisionSessions.supervisorPersonId))
    .where(eq(mentorProfiles.personId, personId))
    .orderBy(asc(supervisionSessions.heldOn));
  const cipher = personCipher(ctx, personId);
  return Promise.all(
    rows.map(async ({ session, organisationName, supervisorName }) => ({
      organisation: organisationName,
      heldOn: session.heldOn,
      durationMinutes: session.durationMinutes,
      supervisorName,
      notes: await supervisionNotes(cipher, session),
    })),
  );
}
