// The mentor or a coordinator moving a match along: start it, pause and resume
// it, plan its end, or end it. Ending with REMATCHED puts the person back on
// the waiting list; the old match and its history stay as they were.
import { schema } from "@kinship/db";
import type { MatchEndReason, MatchStatus } from "@kinship/db/schema";
import { and, eq, inArray, ne } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import { validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { notifyStatement } from "../../notifications/notify";
import type { MatchChange } from "../enums";
import { cancelUpcomingContactsStatements } from "../planned-contacts/cancel-upcoming-contacts";
import { changeStatements, hasChanged, type MatchRow, nextStatus } from "./match-lifecycle";
import { actorsIn } from "./match-view";

const toldAs: Record<MatchChange, string> = {
  start: "Your mentoring has started.",
  pause: "Your mentoring has been paused for now.",
  resume: "Your mentoring has started again.",
  plan_ending: "An end date has been planned for your mentoring.",
  end: "Your mentoring has ended. Thank you for taking part.",
};

const offerWithdrawn = "Your coordinator has withdrawn a mentor offer. They will be in touch about what happens next.";

export async function changeMatch({
  ctx,
  match,
  change,
  reason,
  plannedEndOn,
}: {
  ctx: Context;
  match: MatchRow;
  change: MatchChange;
  reason: MatchEndReason | null;
  plannedEndOn: string | null;
}) {
  const viewer = requireViewer(ctx);
  const to: MatchStatus = nextStatus(match, change, actorsIn(ctx, match));
  const today = londonDate(ctx.now());
  if (change === "end" && !reason) throw validationError({ reason: ["Say why the match is ending."] });
  if (change === "plan_ending" && (!plannedEndOn || plannedEndOn < today)) {
    throw validationError({ plannedEndOn: ["Choose a date from today onwards."] });
  }
  const set =
    change === "start"
      ? { startedOn: today }
      : change === "plan_ending"
        ? { plannedEndOn }
        : to === "ended"
          ? { endedOn: today, endReason: reason }
          : {};
  const at = ctx.now();
  const { mentorRequests, mentoringMatches: m } = schema;
  // Back to the waiting list: a rematch, or the last offer a coordinator withdrew.
  const [otherOffer] =
    to === "not_chosen"
      ? await ctx.db
          .select({ id: m.id })
          .from(m)
          .where(and(eq(m.requestId, match.requestId), ne(m.id, match.id), inArray(m.status, ["offered", "proposed"])))
          .limit(1)
      : [];
  const isWaitingAgain = (to === "ended" && reason === "rematched") || (to === "not_chosen" && !otherOffer);
  const others = [match.menteePersonId, match.mentorPersonId].filter(
    (id): id is string => id !== null && id !== viewer.personId,
  );
  // A mentor never heard of an offer the person had not yet chosen.
  const told = match.status === "offered" ? others.filter((id) => id !== match.mentorPersonId) : others;
  await ctx.db.batch([
    ...changeStatements(ctx, match, to, {
      at,
      byPersonId: viewer.personId,
      reason: change === "end" || change === "pause" ? reason : change === "plan_ending" ? plannedEndOn : null,
      set,
    }),
    // A paused or ended match has no next catch-up: it and its reminders go, if the change applied.
    ...(to === "paused" || to === "ended"
      ? cancelUpcomingContactsStatements(ctx, {
          which: eq(schema.plannedContacts.matchId, match.id),
          now: at,
          onlyIf: hasChanged(ctx, match.id, at),
        })
      : []),
    ...(isWaitingAgain
      ? [
          ctx.db
            .update(mentorRequests)
            .set({ status: "waiting", updatedAt: at })
            .where(and(eq(mentorRequests.id, match.requestId), hasChanged(ctx, match.id, at))),
        ]
      : []),
    ...(told.length > 0
      ? [
          notifyStatement(ctx, told, {
            kind: "match_changed",
            message: to === "not_chosen" ? offerWithdrawn : toldAs[change],
            link: "/mentoring",
          }),
        ]
      : []),
  ]);
}
