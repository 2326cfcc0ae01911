// MentorRequest.matches for a whole list of requests in one load: the field's
// resolvers for every request in a list run in one pass, so the ids they ask for
// are gathered and loaded together on the next microtask.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { loadMatchViews, type MatchView } from "./match-view";

interface Pending {
  requestIds: Set<string>;
  loaded: Promise<MatchView[]>;
}
const pendingByRequest = new WeakMap<Context, Pending>();

export function matchesOfRequest(ctx: Context, requestId: string): Promise<MatchView[]> {
  let pending = pendingByRequest.get(ctx);
  if (!pending) {
    const requestIds = new Set<string>();
    const loaded = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => {
      pendingByRequest.delete(ctx);
      return loadMatchViews(ctx, inArray(schema.mentoringMatches.requestId, [...requestIds]));
    });
    pending = { requestIds, loaded };
    pendingByRequest.set(ctx, pending);
  }
  pending.requestIds.add(requestId);
  return pending.loaded.then((views) => views.filter((view) => view.match.requestId === requestId));
}
