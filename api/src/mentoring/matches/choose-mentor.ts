// The person choosing one of the mentors they were offered: that offer goes to
// the mentor to answer, and the others are set aside. The mentor is checked
// again first, since they may have filled up or lapsed since the offer.
import { schema } from "@kinship/db";
import { and, eq, ne } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { notifyStatement } from "../../notifications/notify";
import { loadRequest } from "../requests/types";
import { checkedForMatching } from "./match-checks";
import { changeStatements, type MatchRow, nextStatus } from "./match-lifecycle";
import { actorsIn } from "./match-view";

export async function chooseMentor({ ctx, match }: { ctx: Context; match: MatchRow }) {
  const viewer = requireViewer(ctx);
  const to = nextStatus(match, "choose", actorsIn(ctx, match));
  const { mentorProfileId, mentorPersonId } = match;
  if (!mentorProfileId || !mentorPersonId) {
    throw new AppError("CONFLICT", "That mentor is no longer available. Please choose another.");
  }
  // The offer being taken up is not an "earlier" match with this mentor.
  await checkedForMatching(ctx, await loadRequest(ctx, match.requestId), [mentorProfileId], {
    exceptMatchIds: [match.id],
  });
  const { mentoringMatches: m } = schema;
  const others = await ctx.db
    .select()
    .from(m)
    .where(and(eq(m.requestId, match.requestId), eq(m.status, "offered"), ne(m.id, match.id)));
  const at = ctx.now();
  const by = { at, byPersonId: viewer.personId };
  await ctx.db.batch([
    ...changeStatements(ctx, match, to, { ...by, reason: "chosen_by_person" }),
    ...others.flatMap((other) =>
      changeStatements(ctx, other, nextStatus(other, "set_aside", new Set(["mentee"])), {
        ...by,
        reason: "another_mentor_chosen",
      }),
    ),
    notifyStatement(ctx, [mentorPersonId], {
      kind: "match_proposed",
      message: "Someone has chosen you as their peer mentor. Please say whether you can take them on.",
      link: "/mentoring",
    }),
  ]);
}
