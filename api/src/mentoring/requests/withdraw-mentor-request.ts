// A person no longer wanting a mentor (or their coordinator closing the request
// for them). Offers still out are set aside; a request already matched is not
// withdrawn here: ending a match goes through the mentor or a coordinator.
import { schema } from "@kinship/db";
import { and, eq, inArray } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import type { RequestRow } from "../load-candidates";
import { setAsideOffers } from "./set-aside-offers";

export async function withdrawMentorRequest({
  ctx,
  viewer,
  request,
}: {
  ctx: Context;
  viewer: Viewer;
  request: RequestRow;
}) {
  if (request.status === "withdrawn") throw new AppError("CONFLICT", "This request was already withdrawn.");
  if (request.status === "matched") {
    throw new AppError(
      "CONFLICT",
      "This request has a mentor now. To stop, ask your mentor or your coordinator to end the match.",
    );
  }
  const at = ctx.now();
  const { mentorRequests, mentoringMatches } = schema;
  const offers = await setAsideOffers(ctx, eq(mentoringMatches.requestId, request.id), {
    at,
    byPersonId: viewer.personId,
    actor: request.personId === viewer.personId ? "mentee" : "staff",
    reason: "request_withdrawn",
  });
  await ctx.db.batch([
    ctx.db
      .update(mentorRequests)
      .set({ status: "withdrawn", updatedAt: at })
      .where(and(eq(mentorRequests.id, request.id), inArray(mentorRequests.status, ["waiting", "offered"]))),
    ...offers,
  ]);
}
