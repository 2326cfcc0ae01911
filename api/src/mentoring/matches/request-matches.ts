// MentorRequest.matches for a whole list of requests in one load.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { perRequestBatch } from "../request-batch";
import { loadMatchViews, type MatchView } from "./match-view";

const matchesOfRequests = perRequestBatch((ctx, requestIds: string[]) =>
  loadMatchViews(ctx, inArray(schema.mentoringMatches.requestId, [...new Set(requestIds)])),
);

export async function matchesOfRequest(ctx: Context, requestId: string): Promise<MatchView[]> {
  const views = await matchesOfRequests(ctx, requestId);
  return views.filter((view) => view.match.requestId === requestId);
}
