// The keeping-in-touch part of a person's data download: in matches where they
// were supported or were the mentor, the planned contacts that did not happen and
// every nudge and alert sent about a quiet spell.
import { type Database, schema } from "@kinship/db";
import { asc, eq, inArray, or } from "drizzle-orm";

export async function exportKeepingInTouch(db: Database, personId: string) {
  const { mentoringMatches: m, missedContacts, disengagementSignals } = schema;
  const theirMatches = db
    .select({ id: m.id })
    .from(m)
    .where(or(eq(m.menteePersonId, personId), eq(m.mentorPersonId, personId)));
  const [missed, signals] = await db.batch([
    db
      .select({
        matchId: missedContacts.matchId,
        plannedOn: missedContacts.plannedOn,
        contactMode: missedContacts.contactMode,
        recordedAt: missedContacts.createdAt,
      })
      .from(missedContacts)
      .where(inArray(missedContacts.matchId, theirMatches))
      .orderBy(asc(missedContacts.plannedOn)),
    db
      .select({
        matchId: disengagementSignals.matchId,
        kind: disengagementSignals.kind,
        quietSinceOn: disengagementSignals.quietSinceOn,
        daysQuiet: disengagementSignals.daysQuiet,
        sentAt: disengagementSignals.createdAt,
      })
      .from(disengagementSignals)
      .where(inArray(disengagementSignals.matchId, theirMatches))
      .orderBy(asc(disengagementSignals.createdAt)),
  ]);
  return { missedContacts: missed, quietSpellSignals: signals };
}
