// Offers nobody has taken up yet (offered to the person, or proposed to the
// mentor) are set aside when the request is withdrawn or the two people must
// not be matched. A request left with no offer goes back to the waiting list.
import { schema } from "@kinship/db";
import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { notifyStatement } from "../../notifications/notify";
import { type Actor, changeStatements, nextStatus } from "../matches/match-lifecycle";

const unanswered = ["offered", "proposed"] as const;

/** Statements setting aside the unanswered offers `where` picks; empty if there are none. */
export async function setAsideOffers(
  ctx: Context,
  where: SQL | undefined,
  { at, byPersonId, actor, reason }: { at: Date; byPersonId: string; actor: Actor; reason: string },
) {
  const { mentoringMatches: m, mentorRequests } = schema;
  const offers = await ctx.db
    .select()
    .from(m)
    .where(and(where, inArray(m.status, [...unanswered])));
  if (offers.length === 0) return [];
  const requestIds = [...new Set(offers.map((o) => o.requestId))];
  const stillOpen = await ctx.db
    .select({ id: m.id, requestId: m.requestId })
    .from(m)
    .where(
      and(inArray(m.requestId, requestIds), inArray(m.status, ["offered", "proposed", "accepted", "active", "paused"])),
    );
  const setAside = new Set(offers.map((o) => o.id));
  const emptied = requestIds.filter((id) => stillOpen.every((o) => o.requestId !== id || setAside.has(o.id)));
  const proposedTo = offers.flatMap((o) => (o.status === "proposed" && o.mentorPersonId ? [o.mentorPersonId] : []));
  return [
    ...offers.flatMap((offer) =>
      changeStatements(ctx, offer, nextStatus(offer, "set_aside", new Set([actor])), { at, byPersonId, reason }),
    ),
    ...(emptied.length > 0
      ? [
          ctx.db
            .update(mentorRequests)
            .set({ status: "waiting", updatedAt: at })
            .where(and(inArray(mentorRequests.id, emptied), eq(mentorRequests.status, "offered"))),
        ]
      : []),
    ...(proposedTo.length > 0
      ? [
          notifyStatement(ctx, proposedTo, {
            kind: "match_changed",
            message: "A person you were asked to mentor no longer needs you to answer. Thank you.",
            link: "/mentoring",
          }),
        ]
      : []),
  ];
}

/** Matches between two people, whichever of them is the mentee. */
export function between(personId: string, otherPersonId: string) {
  const { mentoringMatches: m } = schema;
  return or(
    and(eq(m.menteePersonId, personId), eq(m.mentorPersonId, otherPersonId)),
    and(eq(m.menteePersonId, otherPersonId), eq(m.mentorPersonId, personId)),
  );
}
