// Reading a person's lapses, the notes opened under their key: for them, and for
// their mentor while they share their journey (audited in the same batch). Staff
// never see lapses, even with the service consent: a lapse is a private prompt.
import { schema } from "@kinship/db";
import { and, desc, eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { journeyStanding, readAudited, recordJourneyRead } from "../journey-access";
import { lapseNoteLocation } from "./lapse-location";

export interface LapseView {
  id: string;
  happenedOn: string;
  note: string | null;
  recordedAt: Date;
}

export async function lapseStanding(ctx: Context, personId: string) {
  const standing = await journeyStanding(ctx, personId);
  if (standing.kind === "service") {
    throw new AppError("FORBIDDEN", "Lapses are private to the person and the mentor they share their journey with.");
  }
  return standing;
}

export async function readLapses(
  ctx: Context,
  personId: string,
  read: { fields: string[]; via: string },
  lapseId?: string,
): Promise<LapseView[]> {
  const standing = await lapseStanding(ctx, personId);
  const { lapses } = schema;
  const select = ctx.db
    .select()
    .from(lapses)
    .where(and(eq(lapses.personId, personId), lapseId ? eq(lapses.id, lapseId) : undefined))
    .orderBy(desc(lapses.happenedOn), desc(lapses.recordedAt));
  const audit = recordJourneyRead(ctx, personId, standing, read);
  const [rows] = await readAudited(ctx, audit, [select]);
  const cipher = personCipher(ctx, personId);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      happenedOn: row.happenedOn,
      note: row.noteCipher ? await cipher.decrypt(row.noteCipher, lapseNoteLocation(row.id)) : null,
      recordedAt: row.recordedAt,
    })),
  );
}
