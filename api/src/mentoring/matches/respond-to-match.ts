// The mentor answering a proposal. Accepting matches the request; declining puts
// the person back on the waiting list for another mentor. The person and the
// coordinators are told either way.
import { schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { notifyStatement, staffOf } from "../../notifications/notify";
import { changeStatements, hasChanged, type MatchRow, nextStatus } from "./match-lifecycle";
import { actorsIn } from "./match-view";

export async function respondToMatch({ ctx, match, accept }: { ctx: Context; match: MatchRow; accept: boolean }) {
  const viewer = requireViewer(ctx);
  const to = nextStatus(match, accept ? "accept" : "decline", actorsIn(ctx, match));
  const at = ctx.now();
  const { mentorRequests, organisations } = schema;
  const [organisation] = await ctx.db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.id, match.organisationId));
  const staff = (await staffOf(ctx, match.organisationId)).filter((id) => id !== viewer.personId);
  const kind = accept ? "match_accepted" : "match_declined";
  await ctx.db.batch([
    ...changeStatements(ctx, match, to, {
      at,
      byPersonId: viewer.personId,
      reason: accept ? "mentor_accepted" : "mentor_declined",
    }),
    ctx.db
      .update(mentorRequests)
      .set({ status: accept ? "matched" : "waiting", updatedAt: at })
      .where(and(eq(mentorRequests.id, match.requestId), hasChanged(ctx, match.id, at))),
    notifyStatement(ctx, [match.menteePersonId], {
      kind,
      message: accept
        ? "Good news: your mentor has said yes. They will be in touch to arrange your first meeting."
        : "The mentor you chose can't take anyone on just now. You are back on the list, and your coordinator will find someone else.",
      link: "/mentoring",
    }),
    ...(staff.length > 0
      ? [
          notifyStatement(ctx, staff, {
            kind,
            message: accept
              ? "A mentor has accepted a match."
              : "A mentor has declined a match: the person is waiting again.",
            link: `/organisations/${organisation?.slug ?? ""}/mentoring`,
          }),
        ]
      : []),
  ]);
}
