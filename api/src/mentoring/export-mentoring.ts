// The mentoring part of a person's data download: their mentor profiles with the
// vetting recorded about them, their requests for a mentor, their matches (as
// the person mentored or as the mentor) with every change, the people they asked
// not to be matched with, and their history of roles. Other people's identities
// are left out: a match says which side the person was on, not who the other was.
import { type Database, schema } from "@kinship/db";
import { asc, eq, inArray, or } from "drizzle-orm";

export async function exportMentoring(db: Database, personId: string) {
  const { mentorProfiles, vettingRecords, mentorRequests, mentoringMatches: m, matchEvents } = schema;
  const { mentoringExclusions, roleChanges, organisations } = schema;
  const [profiles, requests, matches, exclusions, roleHistory] = await Promise.all([
    db
      .select({ profile: mentorProfiles, organisation: organisations.name })
      .from(mentorProfiles)
      .innerJoin(organisations, eq(organisations.id, mentorProfiles.organisationId))
      .where(eq(mentorProfiles.personId, personId)),
    db
      .select({ request: mentorRequests, organisation: organisations.name })
      .from(mentorRequests)
      .innerJoin(organisations, eq(organisations.id, mentorRequests.organisationId))
      .where(eq(mentorRequests.personId, personId))
      .orderBy(asc(mentorRequests.createdAt)),
    db
      .select()
      .from(m)
      .where(or(eq(m.menteePersonId, personId), eq(m.mentorPersonId, personId)))
      .orderBy(asc(m.createdAt)),
    db
      .select({ reason: mentoringExclusions.reason, createdAt: mentoringExclusions.createdAt })
      .from(mentoringExclusions)
      .where(eq(mentoringExclusions.personId, personId)),
    db
      .select({
        organisation: organisations.name,
        fromRole: roleChanges.fromRole,
        toRole: roleChanges.toRole,
        changedAt: roleChanges.changedAt,
      })
      .from(roleChanges)
      .innerJoin(organisations, eq(organisations.id, roleChanges.organisationId))
      .where(eq(roleChanges.personId, personId))
      .orderBy(asc(roleChanges.changedAt)),
  ]);
  const profileIds = profiles.map((p) => p.profile.id);
  const matchIds = matches.map((match) => match.id);
  const [vetting, events] = await Promise.all([
    profileIds.length
      ? db.select().from(vettingRecords).where(inArray(vettingRecords.mentorProfileId, profileIds))
      : [],
    matchIds.length
      ? db.select().from(matchEvents).where(inArray(matchEvents.matchId, matchIds)).orderBy(asc(matchEvents.id))
      : [],
  ]);
  return {
    mentorProfiles: profiles.map(({ profile, organisation }) => {
      const { id, personId: _person, organisationId: _organisation, ...fields } = profile;
      return {
        organisation,
        ...fields,
        vettingRecords: vetting
          .filter((record) => record.mentorProfileId === id)
          .map(({ kind, trainingCode, outcome, completedOn, expiresOn, recordedAt }) => ({
            kind,
            trainingCode,
            outcome,
            completedOn,
            expiresOn,
            recordedAt,
          })),
      };
    }),
    mentorRequests: requests.map(({ request, organisation }) => {
      const { personId: _person, organisationId: _organisation, requestedByPersonId, ...fields } = request;
      return { organisation, ...fields, isOnBehalf: requestedByPersonId !== null };
    }),
    mentoringMatches: matches.map((match) => ({
      id: match.id,
      requestId: match.requestId,
      myPart: match.menteePersonId === personId ? "mentee" : "mentor",
      status: match.status,
      score: match.score,
      startedOn: match.startedOn,
      plannedEndOn: match.plannedEndOn,
      endedOn: match.endedOn,
      endReason: match.endReason,
      createdAt: match.createdAt,
      history: events
        .filter((event) => event.matchId === match.id)
        .map(({ fromStatus, toStatus, reason, at }) => ({ fromStatus, toStatus, reason, at })),
    })),
    mentoringExclusions: exclusions,
    roleHistory,
  };
}
