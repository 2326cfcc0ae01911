// A match's keeping-in-touch history, as the mentor and the coordinators see it
// (an alert links here): how long it has been quiet, the last sessions, missed
// contacts, and the nudges and alerts sent. The read names the mentee's contact
// pattern, so it is audited in the same batch.
import { schema } from "@kinship/db";
import type { ContactMode, DisengagementSignalKind } from "@kinship/db/schema";
import { and, desc, eq, lte } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import type { Context, Viewer } from "../../graphql/context";
import { auditRelationship, type MatchRecord, type MatchRelation } from "../sessions/match-access";
import { loadDisengagementSettings } from "./disengagement-settings";
import { daysBetween, quietSince } from "./quiet-matches";

const shown = 10;

export interface ContactHistory {
  matchId: string;
  quietSinceOn: string | null;
  daysQuiet: number | null;
  nudgeAfterDays: number;
  alertAfterDays: number;
  lastSessions: { heldOn: string; contactMode: ContactMode }[];
  missedContacts: { id: string; plannedOn: string; contactMode: ContactMode; createdAt: Date }[];
  signals: { id: string; kind: DisengagementSignalKind; quietSinceOn: string; daysQuiet: number; createdAt: Date }[];
}

export async function readContactHistory(
  ctx: Context,
  viewer: Viewer,
  match: MatchRecord,
  relation: Exclude<MatchRelation, "mentee">,
  fields: string[],
): Promise<ContactHistory> {
  const today = londonDate(ctx.now());
  const { supportSessions, missedContacts, disengagementSignals, matchEvents, mentoringMatches } = schema;
  const [, sessions, missed, signals, resumes] = await ctx.db.batch([
    recordPeopleRead(
      ctx,
      viewer,
      { table: mentoringMatches, personId: mentoringMatches.menteePersonId, where: eq(mentoringMatches.id, match.id) },
      {
        organisationId: match.organisationId,
        relationship: auditRelationship[relation],
        fields,
        via: "Query.matchContactHistory",
      },
    ),
    ctx.db
      .select({ heldOn: supportSessions.heldOn, contactMode: supportSessions.contactMode })
      .from(supportSessions)
      .where(and(eq(supportSessions.matchId, match.id), lte(supportSessions.heldOn, today)))
      .orderBy(desc(supportSessions.heldOn))
      .limit(shown),
    ctx.db
      .select()
      .from(missedContacts)
      .where(eq(missedContacts.matchId, match.id))
      .orderBy(desc(missedContacts.plannedOn))
      .limit(shown),
    ctx.db
      .select()
      .from(disengagementSignals)
      .where(eq(disengagementSignals.matchId, match.id))
      .orderBy(desc(disengagementSignals.createdAt))
      .limit(shown),
    ctx.db
      .select({ at: matchEvents.at })
      .from(matchEvents)
      .where(and(eq(matchEvents.matchId, match.id), eq(matchEvents.toStatus, "active")))
      .orderBy(desc(matchEvents.at))
      .limit(1),
  ]);
  const settings = await loadDisengagementSettings(ctx.db, match.organisationId);
  const resumedOn = resumes[0] ? londonDate(resumes[0].at) : null;
  // Only an active match is counting: a paused or ended one has no quiet spell.
  const since =
    match.status === "active" ? quietSince(today, [match.startedOn, sessions[0]?.heldOn ?? null, resumedOn]) : null;
  return {
    matchId: match.id,
    quietSinceOn: since,
    daysQuiet: since === null ? null : daysBetween(since, today),
    nudgeAfterDays: settings.nudgeAfterDays,
    alertAfterDays: settings.alertAfterDays,
    lastSessions: sessions,
    missedContacts: missed.map(({ id, plannedOn, contactMode, createdAt }) => ({
      id,
      plannedOn,
      contactMode,
      createdAt,
    })),
    signals: signals.map(({ id, kind, quietSinceOn, daysQuiet, createdAt }) => ({
      id,
      kind,
      quietSinceOn,
      daysQuiet,
      createdAt,
    })),
  };
}
