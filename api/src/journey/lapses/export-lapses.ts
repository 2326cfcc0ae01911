// The lapse part of a person's data download, notes opened under their own key.
import { schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { lapseNoteLocation } from "./lapse-location";

export async function exportLapses(ctx: Pick<Context, "db" | "cipher" | "now">, personId: string) {
  const { lapses } = schema;
  const rows = await ctx.db.select().from(lapses).where(eq(lapses.personId, personId)).orderBy(asc(lapses.happenedOn));
  const cipher = personCipher(ctx, personId);
  return Promise.all(
    rows.map(async (row) => ({
      happenedOn: row.happenedOn,
      note: row.noteCipher ? await cipher.decrypt(row.noteCipher, lapseNoteLocation(row.id)) : null,
      recordedAt: row.recordedAt,
    })),
  );
}
