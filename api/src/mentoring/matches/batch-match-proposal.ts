// One proposal for the whole waiting list: the assignment of mentors to people
// that scores highest overall within every mentor's capacity (the engine's batch
// assignment), shown beside what filling the list greedily would score, so a
// coordinator can see what the whole-list view gains before applying it.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { isMentorRole, loadSeekers } from "../load-candidates";
import { assignBatch } from "../matching/batch-assignment";
import { assignGreedily } from "../matching/greedy-assignment";
import { scoreMatch } from "../matching/match-score";
import type { ProfileView } from "../profiles/profile-view";
import type { RequestView } from "../requests/request-view";
import { loadMatchingData } from "./load-matching-data";

export interface BatchProposal {
  assignments: { request: RequestView; profile: ProfileView; score: number; reasons: string[] }[];
  totalScore: number;
  greedyTotalScore: number;
  unassigned: RequestView[];
}

export async function batchMatchProposal(ctx: Context, organisationId: string): Promise<BatchProposal> {
  const { requests, profiles, settings } = await loadMatchingData(
    ctx,
    organisationId,
    eq(schema.mentorRequests.status, "waiting"),
    "Query.batchMatchProposal",
  );
  const seekers = await loadSeekers(
    ctx.db,
    requests.map((r) => r.request),
  );
  const mentors = profiles.filter((p) => isMentorRole(p.role));
  const candidates = mentors.map((p) => p.candidate);
  const best = assignBatch(seekers, candidates, settings.weights);
  const greedy = assignGreedily(seekers, candidates, settings.weights);
  const requestById = new Map(requests.map((r) => [r.request.id, r]));
  const seekerById = new Map(seekers.map((s) => [s.requestId, s]));
  const mentorById = new Map(mentors.map((p) => [p.profile.id, p]));
  return {
    assignments: best.assignments.map((assignment) => {
      const profile = mentorById.get(assignment.profileId)!;
      const scored = scoreMatch(seekerById.get(assignment.requestId)!, profile.candidate, settings.weights);
      return {
        request: requestById.get(assignment.requestId)!,
        profile,
        score: assignment.score,
        reasons: scored.reasons.map((reason) => reason.text),
      };
    }),
    totalScore: best.totalScore,
    greedyTotalScore: greedy.totalScore,
    unassigned: best.unassignedRequestIds.map((id) => requestById.get(id)!),
  };
}
