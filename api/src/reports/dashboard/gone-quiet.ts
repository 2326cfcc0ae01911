// People who have gone quiet, named for the organisation's staff to get in touch.
// Staff already see these records (matches, sessions, attendance). The list is
// worked out first (ids and dates, gone-quiet-query.ts); then the names are read
// in one batch with an audit row for each person named, so no name leaves the
// database unaudited, and the expensive part runs once rather than twice.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import type { Context, Viewer } from "../../graphql/context";
import { daysBetween } from "../../mentoring/disengagement/quiet-matches";
import type { QuietActivity, QuietCandidate, QuietReason } from "./gone-quiet-query";

export interface QuietPerson {
  personId: string;
  displayName: string;
  reason: QuietReason;
  lastActivity: QuietActivity;
  lastActivityOn: string;
  lastActivityPlace: string | null;
  matchId: string | null;
  mentorName: string | null;
  daysQuiet: number;
}

export async function goneQuiet(
  ctx: Context,
  viewer: Viewer,
  organisationId: string,
  candidates: QuietCandidate[],
  today: string,
): Promise<{ total: number; people: QuietPerson[] }> {
  if (candidates.length === 0) return { total: 0, people: [] };
  const { people } = schema;
  const quietIds = candidates.map((c) => c.personId);
  const mentorIds = candidates.flatMap((c) => (c.mentorPersonId ? [c.mentorPersonId] : []));
  const [, names] = await ctx.db.batch([
    recordPeopleRead(
      ctx,
      viewer,
      { table: people, personId: people.id, where: inArray(people.id, quietIds) },
      {
        organisationId,
        relationship: "staff of the person's organisation",
        fields: ["displayName", "lastActivity", "mentorName"],
        via: "Query.serviceDashboard.goneQuiet",
      },
    ),
    ctx.db
      .select({ id: people.id, displayName: people.displayName })
      .from(people)
      .where(inArray(people.id, [...new Set([...quietIds, ...mentorIds])])),
  ]);
  const nameOf = new Map(names.map((p) => [p.id, p.displayName]));
  return {
    total: Number(candidates[0]!.total),
    people: candidates.flatMap(({ total: _total, mentorPersonId, ...candidate }) => {
      const displayName = nameOf.get(candidate.personId);
      // Erased between the two reads: nothing left to show.
      if (displayName === undefined) return [];
      const mentorName = mentorPersonId ? (nameOf.get(mentorPersonId) ?? null) : null;
      return [{ ...candidate, displayName, mentorName, daysQuiet: daysBetween(candidate.lastActivityOn, today) }];
    }),
  };
}
