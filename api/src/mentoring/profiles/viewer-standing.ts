// How the viewer stands with each mentor they have been offered or matched with,
// worked out once per request from their own matches as a mentee.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { caseloadStatuses } from "../load-candidates";
import { closerStanding, type ViewerStanding } from "./visibility";

const standingsByRequest = new WeakMap<Context, Promise<Map<string, ViewerStanding>>>();

/** By mentor profile id: "mentee" in an open match, "choosing" with an offer to choose from. */
export function standingsAsMentee(ctx: Context, personId: string): Promise<Map<string, ViewerStanding>> {
  const cached = standingsByRequest.get(ctx);
  if (cached) return cached;
  const { mentoringMatches } = schema;
  const loading = ctx.db
    .select({ profileId: mentoringMatches.mentorProfileId, status: mentoringMatches.status })
    .from(mentoringMatches)
    .where(eq(mentoringMatches.menteePersonId, personId))
    .then((rows) => {
      const standings = new Map<string, ViewerStanding>();
      for (const { profileId, status } of rows) {
        if (!profileId) continue; // the mentor has left Kinship
        const standing: ViewerStanding = (caseloadStatuses as readonly string[]).includes(status)
          ? "mentee"
          : status === "offered"
            ? "choosing"
            : "nobody";
        standings.set(profileId, closerStanding(standings.get(profileId) ?? "nobody", standing));
      }
      return standings;
    });
  standingsByRequest.set(ctx, loading);
  return loading;
}
