// Every way a match's status may change, in one table: from which status, by
// which change, to which status, and who may make it. Every change writes a
// match_events row in the same batch as the change, so the history is complete.
import { schema } from "@kinship/db";
import type { MatchStatus } from "@kinship/db/schema";
import { and, eq, exists, sql } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";

export type MatchRow = typeof schema.mentoringMatches.$inferSelect;
export type Actor = "mentee" | "mentor" | "staff";
export type Change =
  | "choose"
  | "set_aside"
  | "accept"
  | "decline"
  | "start"
  | "pause"
  | "resume"
  | "plan_ending"
  | "end";

interface Rule {
  change: Change;
  from: MatchStatus;
  to: MatchStatus;
  by: readonly Actor[];
}

const both = ["mentor", "staff"] as const;
export const lifecycle: readonly Rule[] = [
  { change: "choose", from: "offered", to: "proposed", by: ["mentee"] },
  // An offer the person did not take up: another was chosen, the request was withdrawn, or the mentor blocked.
  { change: "set_aside", from: "offered", to: "not_chosen", by: ["mentee", "staff"] },
  { change: "set_aside", from: "proposed", to: "not_chosen", by: ["mentee", "staff"] },
  { change: "accept", from: "proposed", to: "accepted", by: ["mentor"] },
  { change: "decline", from: "proposed", to: "declined", by: ["mentor"] },
  { change: "start", from: "accepted", to: "active", by: both },
  { change: "pause", from: "active", to: "paused", by: both },
  { change: "resume", from: "paused", to: "active", by: both },
  { change: "plan_ending", from: "accepted", to: "accepted", by: both },
  { change: "plan_ending", from: "active", to: "active", by: both },
  { change: "plan_ending", from: "paused", to: "paused", by: both },
  { change: "end", from: "accepted", to: "ended", by: both },
  { change: "end", from: "active", to: "ended", by: both },
  { change: "end", from: "paused", to: "ended", by: both },
  // A coordinator withdrawing an offer nobody has answered.
  { change: "end", from: "offered", to: "not_chosen", by: ["staff"] },
  { change: "end", from: "proposed", to: "not_chosen", by: ["staff"] },
];

const statusWords: Record<MatchStatus, string> = {
  offered: "is waiting for the person to choose",
  proposed: "is waiting for the mentor to answer",
  accepted: "has been accepted but not started",
  active: "is under way",
  paused: "is paused",
  ended: "has ended",
  declined: "was declined",
  not_chosen: "was not taken up",
};
const changeWords: Record<Change, string> = {
  choose: "chosen",
  set_aside: "set aside",
  accept: "accepted",
  decline: "declined",
  start: "started",
  pause: "paused",
  resume: "resumed",
  plan_ending: "given an end date",
  end: "ended",
};
const actorWords: Record<Actor, string> = { mentee: "the person", mentor: "the mentor", staff: "a coordinator" };

/** The status a change leads to, if `actors` (who the viewer is in this match) may make it now. */
export function nextStatus(match: Pick<MatchRow, "status">, change: Change, actors: ReadonlySet<Actor>): MatchStatus {
  const rule = lifecycle.find((r) => r.change === change && r.from === match.status);
  if (!rule) {
    throw new AppError("CONFLICT", `This match ${statusWords[match.status]}, so it can't be ${changeWords[change]}.`);
  }
  if (!rule.by.some((actor) => actors.has(actor))) {
    const who = rule.by.map((actor) => actorWords[actor]).join(" or ");
    throw new AppError("FORBIDDEN", `Only ${who} can do that.`);
  }
  return rule.to;
}

type MatchChanges = Partial<Pick<MatchRow, "startedOn" | "plannedEndOn" | "endedOn" | "endReason">>;

/**
 * The UPDATE and the event INSERT for one change. The update applies only if the
 * match is still in the status the change was checked against, and the event is
 * written only if the update applied: two taps on "accept" record one acceptance.
 */
export function changeStatements(
  ctx: Context,
  match: Pick<MatchRow, "id" | "status">,
  to: MatchStatus,
  {
    at: now,
    byPersonId,
    reason,
    set = {},
  }: { at: Date; byPersonId: string | null; reason: string | null; set?: MatchChanges },
) {
  const { mentoringMatches, matchEvents } = schema;
  const isNewStatus = to !== match.status;
  const update = ctx.db
    .update(mentoringMatches)
    .set({ ...set, ...(isNewStatus && { status: to, statusChangedAt: now }) })
    .where(and(eq(mentoringMatches.id, match.id), eq(mentoringMatches.status, match.status)));
  const event = ctx.db.insert(matchEvents).select(
    ctx.db
      .select({
        matchId: mentoringMatches.id,
        fromStatus: sql<MatchStatus>`${match.status}`.as("from_status"),
        toStatus: sql<MatchStatus>`${to}`.as("to_status"),
        reason: sql<string | null>`${reason}`.as("reason"),
        byPersonId: sql<string | null>`${byPersonId}`.as("by_person_id"),
        at: sql<number>`${now.getTime()}`.as("at"),
      })
      .from(mentoringMatches)
      .where(
        and(
          eq(mentoringMatches.id, match.id),
          eq(mentoringMatches.status, to),
          isNewStatus ? eq(mentoringMatches.statusChangedAt, now) : undefined,
        ),
      ),
  );
  return [update, event] as const;
}

/** True inside a batch once `changeStatements` for this match at instant `at` has applied. */
export function hasChanged(ctx: Context, matchId: string, at: Date) {
  const { mentoringMatches } = schema;
  return exists(
    ctx.db
      .select({ id: mentoringMatches.id })
      .from(mentoringMatches)
      .where(and(eq(mentoringMatches.id, matchId), eq(mentoringMatches.statusChangedAt, at))),
  );
}
