// The shortlist for one request: the best mentors in order with the reasons
// they fit, and every mentor who can't be matched with this person with why
// not, so a coordinator never wonders where someone went.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { earlierMentorsOf, exclusionsOf, isMentorRole, type RequestRow, seekerFrom } from "../load-candidates";
import { ineligibilityText } from "../matching/hard-constraints";
import { shortlist } from "../matching/shortlist";
import type { ProfileView } from "../profiles/profile-view";
import type { RequestView } from "../requests/request-view";
import { loadMatchingData } from "./load-matching-data";
import { notAMentorYet } from "./match-checks";

export interface ShortlistResult {
  request: RequestView;
  entries: { profile: ProfileView; score: number; reasons: string[] }[];
  ineligible: { profile: ProfileView; reasons: string[] }[];
}

const offeredBefore = "Already offered to this person, or matched with them before, for this request.";

export async function shortlistForRequest(ctx: Context, request: RequestRow, limit: number): Promise<ShortlistResult> {
  const { requests, profiles, settings } = await loadMatchingData(
    ctx,
    request.organisationId,
    eq(schema.mentorRequests.id, request.id),
    "Query.mentorShortlist",
  );
  const [exclusions, earlier] = await Promise.all([
    exclusionsOf(ctx.db, [request.personId]),
    earlierMentorsOf(ctx.db, [request.id]),
  ]);
  const seeker = seekerFrom(request, exclusions.get(request.personId));
  const before = earlier.get(request.id) ?? new Set<string>();
  const ineligible: ShortlistResult["ineligible"] = [];
  const candidates: ProfileView[] = [];
  for (const profile of profiles) {
    if (!isMentorRole(profile.role)) ineligible.push({ profile, reasons: [notAMentorYet(profile)] });
    else if (before.has(profile.profile.personId)) ineligible.push({ profile, reasons: [offeredBefore] });
    else candidates.push(profile);
  }
  const byProfileId = new Map(candidates.map((p) => [p.profile.id, p]));
  const result = shortlist(
    seeker,
    candidates.map((p) => p.candidate),
    settings.weights,
    limit,
  );
  for (const { candidate, reasons } of result.ineligible) {
    ineligible.push({
      profile: byProfileId.get(candidate.profileId)!,
      reasons: reasons.map((r) => ineligibilityText[r]),
    });
  }
  return {
    request: requests[0]!,
    entries: result.entries.map((entry) => ({
      profile: byProfileId.get(entry.candidate.profileId)!,
      score: entry.score,
      reasons: entry.reasons.map((reason) => reason.text),
    })),
    ineligible: ineligible.sort((a, b) => a.profile.displayName.localeCompare(b.profile.displayName)),
  };
}
