// Who may see or add to a match's support sessions, and in what capacity: the
// mentee always (it is their record), the mentor only while the match is live,
// and the organisation's coordinators and admins (with a second factor).
import { schema } from "@kinship/db";
import type { MatchStatus } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";

export type MatchRecord = typeof schema.mentoringMatches.$inferSelect;
export type MatchRelation = "mentee" | "mentor" | "staff";

/** A mentor works with the person only in these states; afterwards their access ends. */
export const liveStatuses: readonly MatchStatus[] = ["accepted", "active", "paused"];

export async function loadMatch(ctx: Pick<Context, "db">, matchId: string): Promise<MatchRecord | null> {
  const [match] = await ctx.db.select().from(schema.mentoringMatches).where(eq(schema.mentoringMatches.id, matchId));
  return match ?? null;
}

export async function loadSession(ctx: Pick<Context, "db">, sessionId: string) {
  const [session] = await ctx.db.select().from(schema.supportSessions).where(eq(schema.supportSessions.id, sessionId));
  return session ?? null;
}

/** The viewer's own part in the match (staff are decided by the staffOf scope instead). */
export function personalRelation(viewer: Viewer | null, match: MatchRecord): "mentee" | "mentor" | null {
  if (!viewer) return null;
  if (viewer.personId === match.menteePersonId) return "mentee";
  if (viewer.personId === match.mentorPersonId && liveStatuses.includes(match.status)) return "mentor";
  return null;
}

/**
 * The authScopes answer for a field about one match: true for the allowed
 * personal relations, otherwise the staff scope of the match's organisation
 * (which asks for the second factor). An unknown match is refused like any
 * other, so ids cannot be probed.
 */
export async function matchScopes(ctx: Context, matchId: string, allowed: readonly ("mentee" | "mentor")[]) {
  const match = await loadMatch(ctx, matchId);
  if (!match) return false;
  const relation = personalRelation(ctx.viewer, match);
  if (relation && allowed.includes(relation)) return true;
  return { staffOf: match.organisationId };
}

/** For resolvers already past matchScopes: the match and how the viewer relates to it. */
export async function matchWithRelation(ctx: Context, matchId: string) {
  const match = await loadMatch(ctx, matchId);
  if (!match) throw new AppError("NOT_FOUND", "That match no longer exists.");
  return { match, relation: (personalRelation(ctx.viewer, match) ?? "staff") as MatchRelation };
}

export const auditRelationship: Record<Exclude<MatchRelation, "mentee">, string> = {
  mentor: "mentor of the person",
  staff: "staff of the match's organisation",
};
