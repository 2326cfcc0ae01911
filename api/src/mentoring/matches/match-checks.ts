// Re-checking a mentor against the hard rules at the moment a match is made:
// vetting can lapse, a caseload can fill and a person can block a mentor between
// the shortlist and the decision.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { isMentorRole, loadCandidatePool, loadSeekers, type PoolMember, type RequestRow } from "../load-candidates";
import { ineligibilities, ineligibilityText } from "../matching/hard-constraints";
import type { Seeker } from "../matching/types";

/** Why this mentor can't be matched now, in plain words; empty if they can. */
export function whyNot(seeker: Seeker, member: PoolMember): string[] {
  const reasons = ineligibilities(seeker, member.candidate).map((reason) => ineligibilityText[reason]);
  if (!isMentorRole(member.role)) reasons.unshift(notAMentorYet(member));
  return reasons;
}

export const notAMentorYet = (member: PoolMember) =>
  member.role === null
    ? "They are no longer a member of this organisation."
    : "They are not a peer mentor here yet: a coordinator can change their role once they are ready.";

/** The seeker and the named mentors, refusing with CONFLICT if any of them can't be matched now. */
export async function checkedForMatching(
  ctx: Context,
  request: RequestRow,
  profileIds: readonly string[],
  { exceptMatchIds = [] }: { exceptMatchIds?: readonly string[] } = {},
) {
  const [pool, [seeker]] = await Promise.all([
    loadCandidatePool(
      ctx.db,
      request.organisationId,
      londonDate(ctx.now()),
      inArray(schema.mentorProfiles.id, [...profileIds]),
    ),
    loadSeekers(ctx.db, [request], { exceptMatchIds }),
  ]);
  const members = profileIds.map((id) => {
    const member = pool.find((m) => m.profile.id === id);
    if (!member) throw new AppError("NOT_FOUND", "That mentor isn't one of this organisation's mentors.");
    return member;
  });
  for (const member of members) {
    const reasons = whyNot(seeker!, member);
    if (reasons.length > 0) {
      throw new AppError(
        "CONFLICT",
        `${member.displayName} can't be matched with this person now. ${reasons.join(" ")}`,
        {
          mentorProfileId: member.profile.id,
        },
      );
    }
  }
  return { seeker: seeker!, members };
}
