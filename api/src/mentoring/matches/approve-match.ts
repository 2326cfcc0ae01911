// A coordinator approving matches: one mentor for a request (proposed to the
// mentor to answer), two or three (offered to the person to choose from), or a
// whole batch proposal at once. Every mentor is checked against the hard rules
// again at this moment. A request is approved once: the request's own status
// change guards the inserts, so a double tap or two coordinators at once make
// one set of matches, and the other gets CONFLICT.
import { newId, schema } from "@kinship/db";
import type { MatchStatus, MatchWeights } from "@kinship/db/schema";
import { and, eq, inArray, sql } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import { AppError, validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { notifyStatement } from "../../notifications/notify";
import { loadCandidatePool, loadSeekers, type PoolMember, type RequestRow } from "../load-candidates";
import { scoreMatch } from "../matching/match-score";
import type { Seeker } from "../matching/types";
import { loadMentoringSettings } from "../settings";
import { checkedForMatching, whyNot } from "./match-checks";

interface NewMatch {
  request: RequestRow;
  seeker: Seeker;
  member: PoolMember;
  status: Extract<MatchStatus, "offered" | "proposed">;
}

function matchStatements(ctx: Context, matches: NewMatch[], weights: MatchWeights, at: Date) {
  const viewer = requireViewer(ctx);
  const { mentoringMatches: m, mentorRequests: r, matchEvents } = schema;
  const ids: string[] = [];
  const requestIds = [...new Set(matches.map((match) => match.request.id))];
  const claim = ctx.db
    .update(r)
    .set({ status: "offered", updatedAt: at })
    .where(and(inArray(r.id, requestIds), eq(r.status, "waiting")));
  const inserts = matches.flatMap(({ request, seeker, member, status }) => {
    const id = newId();
    ids.push(id);
    const scored = scoreMatch(seeker, member.candidate, weights);
    const value = <T>(v: T, column: string) => sql<T>`${v}`.as(column);
    const insertMatch = ctx.db.insert(m).select(
      ctx.db
        .select({
          id: value(id, "id"),
          requestId: value(request.id, "request_id"),
          organisationId: value(request.organisationId, "organisation_id"),
          mentorProfileId: value(member.profile.id, "mentor_profile_id"),
          mentorPersonId: value(member.profile.personId, "mentor_person_id"),
          menteePersonId: value(request.personId, "mentee_person_id"),
          status: value(status, "status"),
          score: value(scored.score, "score"),
          scoreParts: value(JSON.stringify(scored.parts), "score_parts"),
          approvedByPersonId: value(viewer.personId, "approved_by_person_id"),
          createdAt: value(at.getTime(), "created_at"),
          statusChangedAt: value(at.getTime(), "status_changed_at"),
        })
        // Only if this batch's claim on the request took effect.
        .from(r)
        .where(and(eq(r.id, request.id), eq(r.status, "offered"), eq(r.updatedAt, at))),
    );
    const insertEvent = ctx.db.insert(matchEvents).select(
      ctx.db
        .select({
          matchId: m.id,
          fromStatus: value(null, "from_status"),
          toStatus: m.status,
          reason: value("approved_by_coordinator", "reason"),
          byPersonId: value(viewer.personId, "by_person_id"),
          at: value(at.getTime(), "at"),
        })
        .from(m)
        .where(eq(m.id, id)),
    );
    return [insertMatch, insertEvent];
  });
  const notices = matches.map(({ request, member, status }) =>
    status === "offered"
      ? notifyStatement(ctx, [request.personId], {
          kind: "match_offered",
          message: "There are mentors for you to choose from.",
          link: "/mentoring",
          dedupeKey: `match_offered:${request.id}:${at.getTime()}`,
        })
      : notifyStatement(ctx, [member.profile.personId], {
          kind: "match_proposed",
          message: "You have been asked to mentor someone. Please say whether you can take them on.",
          link: "/mentoring",
        }),
  );
  return { ids, statements: [claim, ...inserts, ...notices] as const };
}

async function writeMatches(ctx: Context, matches: NewMatch[], weights: MatchWeights) {
  const at = ctx.now();
  const { ids, statements } = matchStatements(ctx, matches, weights, at);
  const [first, ...rest] = statements;
  await ctx.db.batch([first, ...rest]);
  const written = await ctx.db
    .select({ id: schema.mentoringMatches.id })
    .from(schema.mentoringMatches)
    .where(inArray(schema.mentoringMatches.id, ids));
  if (written.length !== ids.length) {
    throw new AppError("CONFLICT", "Someone else has just made a match for this request. Please look again.");
  }
  return ids;
}

const notWaiting = (request: RequestRow) =>
  new AppError(
    "CONFLICT",
    request.status === "withdrawn"
      ? "This person has withdrawn their request."
      : "This request already has a mentor or an offer. End or withdraw that first.",
  );

export async function approveMatch({
  ctx,
  request,
  profileIds,
}: {
  ctx: Context;
  request: RequestRow;
  profileIds: string[];
}) {
  if (profileIds.length < 1 || profileIds.length > 3 || new Set(profileIds).size !== profileIds.length) {
    throw validationError({
      mentorProfileIds: ["Choose one mentor to propose, or two or three for the person to choose from."],
    });
  }
  if (request.status !== "waiting") throw notWaiting(request);
  const { seeker, members } = await checkedForMatching(ctx, request, profileIds);
  const { weights } = await loadMentoringSettings(ctx, request.organisationId);
  const status = members.length === 1 ? "proposed" : "offered";
  return writeMatches(
    ctx,
    members.map((member) => ({ request, seeker, member, status })),
    weights,
  );
}

/** A batch proposal as the coordinator chose to apply it: each assignment proposed to its mentor. */
export async function applyBatchProposal({
  ctx,
  organisationId,
  assignments,
}: {
  ctx: Context;
  organisationId: string;
  assignments: { requestId: string; mentorProfileId: string }[];
}) {
  const requestIds = assignments.map((a) => a.requestId);
  if (assignments.length === 0 || assignments.length > 200 || new Set(requestIds).size !== requestIds.length) {
    throw validationError({ assignments: ["Give each request at most one mentor, and at least one assignment."] });
  }
  const { mentorRequests } = schema;
  const requests = await ctx.db
    .select()
    .from(mentorRequests)
    .where(and(inArray(mentorRequests.id, requestIds), eq(mentorRequests.organisationId, organisationId)));
  const [pool, seekers, { weights }] = await Promise.all([
    loadCandidatePool(ctx.db, organisationId, londonDate(ctx.now())),
    loadSeekers(ctx.db, requests),
    loadMentoringSettings(ctx, organisationId),
  ]);
  // Capacity is counted as the batch fills it: two people can't take a mentor's last place.
  const added = new Map<string, number>();
  const matches = assignments.map(({ requestId, mentorProfileId }): NewMatch => {
    const request = requests.find((r) => r.id === requestId);
    const found = pool.find((m) => m.profile.id === mentorProfileId);
    if (!request || !found) throw new AppError("NOT_FOUND", "That request or mentor isn't with this organisation.");
    if (request.status !== "waiting") throw notWaiting(request);
    const caseload = found.candidate.caseload + (added.get(mentorProfileId) ?? 0);
    const member = { ...found, candidate: { ...found.candidate, caseload } };
    const seeker = seekers.find((s) => s.requestId === requestId)!;
    const reasons = whyNot(seeker, member);
    if (reasons.length > 0) {
      throw new AppError(
        "CONFLICT",
        `${member.displayName} can't be matched with one of these people now. ${reasons.join(" ")}`,
        {
          mentorProfileId,
          requestId,
        },
      );
    }
    added.set(mentorProfileId, (added.get(mentorProfileId) ?? 0) + 1);
    return { request, seeker, member, status: "proposed" };
  });
  return writeMatches(ctx, matches, weights);
}
