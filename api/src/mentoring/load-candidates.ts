// Stored mentor profiles and requests, turned into what the matching engine reads
// (MentorCandidate, Seeker). Vetting is worked out live here from the records, so
// a mentor whose training ran out this morning is not matched this afternoon.
import { type Database, schema } from "@kinship/db";
import type { MatchStatus, Role } from "@kinship/db/schema";
import { and, count, eq, inArray, notInArray, or, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { MentorCandidate, Seeker } from "./matching/types";
import { loadVetting, type VettingView } from "./vetting/load-vetting";

export type ProfileRow = typeof schema.mentorProfiles.$inferSelect;
export type RequestRow = typeof schema.mentorRequests.$inferSelect;

/** Matches that take up a place in a mentor's caseload. */
export const caseloadStatuses = ["proposed", "accepted", "active", "paused"] as const satisfies readonly MatchStatus[];

/** Roles that may be matched with people. Volunteers may keep a profile while they train, but are not matched yet. */
export const mentorRoles: readonly Role[] = ["peer_mentor", "recovery_champion", "coordinator", "admin"];

export async function caseloadsOf(db: Database, profileIds: readonly string[]) {
  if (profileIds.length === 0) return new Map<string, number>();
  const { mentoringMatches } = schema;
  const rows = await db
    .select({ profileId: mentoringMatches.mentorProfileId, caseload: count() })
    .from(mentoringMatches)
    .where(
      and(
        inArray(mentoringMatches.mentorProfileId, [...profileIds]),
        inArray(mentoringMatches.status, [...caseloadStatuses]),
      ),
    )
    .groupBy(mentoringMatches.mentorProfileId);
  return new Map(rows.map((row) => [row.profileId, row.caseload]));
}

export function candidateFrom(
  profile: ProfileRow,
  { caseload, isVettingCurrent }: { caseload: number; isVettingCurrent: boolean },
): MentorCandidate {
  return {
    profileId: profile.id,
    personId: profile.personId,
    gender: profile.gender,
    languages: profile.languages,
    substances: profile.substances,
    pathways: profile.pathways,
    lifeExperiences: profile.lifeExperiences,
    strengths: profile.strengths,
    meetingWays: profile.meetingWays,
    availability: profile.availability,
    latitude: profile.latitude,
    longitude: profile.longitude,
    travelMiles: profile.travelMiles,
    capacity: profile.capacity,
    caseload,
    isTakingBreak: profile.isTakingBreak,
    isVettingCurrent,
  };
}

export function seekerFrom(request: RequestRow, excludedPersonIds: ReadonlySet<string> = new Set()): Seeker {
  return {
    requestId: request.id,
    personId: request.personId,
    needs: request.needs,
    genderPreference: request.genderPreference,
    languages: request.languages,
    sharedSubstances: request.sharedSubstances,
    sharedLifeExperiences: request.sharedLifeExperiences,
    pathway: request.pathway,
    meetingWays: request.meetingWays,
    availability: request.availability,
    latitude: request.latitude,
    longitude: request.longitude,
    excludedPersonIds,
  };
}

/** People each person must never be matched with: blocked or known, in either direction. */
export async function exclusionsOf(db: Database, personIds: readonly string[]) {
  const result = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
  if (personIds.length === 0) return result;
  const { mentoringExclusions: exclusions } = schema;
  const rows = await db
    .select({ personId: exclusions.personId, excludedPersonId: exclusions.excludedPersonId })
    .from(exclusions)
    .where(or(inArray(exclusions.personId, [...personIds]), inArray(exclusions.excludedPersonId, [...personIds])));
  for (const { personId, excludedPersonId } of rows) {
    result.get(personId)?.add(excludedPersonId);
    result.get(excludedPersonId)?.add(personId);
  }
  return result;
}

/**
 * Seekers for requests, with their exclusions. Mentors already matched or offered
 * on the same request are excluded too, so a rematch never proposes the mentor
 * it replaces.
 */
export async function loadSeekers(
  db: Database,
  requests: readonly RequestRow[],
  { exceptMatchIds = [] }: { exceptMatchIds?: readonly string[] } = {},
): Promise<Seeker[]> {
  if (requests.length === 0) return [];
  const [exclusions, earlier] = await Promise.all([
    exclusionsOf(
      db,
      requests.map((r) => r.personId),
    ),
    earlierMentorsOf(
      db,
      requests.map((r) => r.id),
      exceptMatchIds,
    ),
  ]);
  return requests.map((request) => {
    const excluded = new Set([...(exclusions.get(request.personId) ?? []), ...(earlier.get(request.id) ?? [])]);
    return seekerFrom(request, excluded);
  });
}

/** The mentors (person ids) each request has already been offered or matched with, but for `exceptMatchIds`. */
export async function earlierMentorsOf(
  db: Database,
  requestIds: readonly string[],
  exceptMatchIds: readonly string[] = [],
) {
  const result = new Map<string, Set<string>>();
  if (requestIds.length === 0) return result;
  const { mentoringMatches } = schema;
  const rows = await db
    .select({ requestId: mentoringMatches.requestId, mentorPersonId: mentoringMatches.mentorPersonId })
    .from(mentoringMatches)
    .where(
      and(
        inArray(mentoringMatches.requestId, [...requestIds]),
        exceptMatchIds.length > 0 ? notInArray(mentoringMatches.id, [...exceptMatchIds]) : undefined,
      ),
    );
  for (const { requestId, mentorPersonId } of rows) {
    if (mentorPersonId) result.set(requestId, (result.get(requestId) ?? new Set()).add(mentorPersonId));
  }
  return result;
}

export interface PoolMember {
  profile: ProfileRow;
  displayName: string;
  role: Role | null;
  caseload: number;
  vetting: VettingView;
  candidate: MentorCandidate;
}

/** Profiles with their caseloads and live vetting, as the matcher and the pages need them. */
export async function describeProfiles(
  db: Database,
  rows: readonly { profile: ProfileRow; displayName: string; role: Role | null }[],
  today: string,
): Promise<PoolMember[]> {
  const [caseloads, vetting] = await Promise.all([
    caseloadsOf(
      db,
      rows.map((row) => row.profile.id),
    ),
    loadVetting(
      db,
      rows.map((row) => row.profile),
      today,
    ),
  ]);
  return rows.map(({ profile, displayName, role }) => {
    const caseload = caseloads.get(profile.id) ?? 0;
    const status = vetting.get(profile.id)!;
    return {
      profile,
      displayName,
      role,
      caseload,
      vetting: status,
      candidate: candidateFrom(profile, { caseload, isVettingCurrent: status.isCurrent }),
    };
  });
}

/**
 * Every mentor profile of an organisation (or those `where` picks), as candidates
 * with what explains them. `audits` run in the same batch as the read.
 */
export async function loadCandidatePool(
  db: Database,
  organisationId: string,
  today: string,
  where?: SQL,
  audits: BatchItem<"sqlite">[] = [],
) {
  const { mentorProfiles, memberships, people } = schema;
  const read = db
    .select({ profile: mentorProfiles, displayName: people.displayName, role: memberships.role })
    .from(mentorProfiles)
    .innerJoin(people, eq(people.id, mentorProfiles.personId))
    .leftJoin(
      memberships,
      and(eq(memberships.personId, mentorProfiles.personId), eq(memberships.organisationId, organisationId)),
    )
    .where(and(eq(mentorProfiles.organisationId, organisationId), where))
    .orderBy(people.displayName, mentorProfiles.id);
  const [rows] = await db.batch([read, ...audits]);
  return describeProfiles(db, rows, today);
}

export const isMentorRole = (role: Role | null) => role !== null && mentorRoles.includes(role);
