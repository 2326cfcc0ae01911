// Seeds the demo town's mentoring and volunteering: profiles and vetting in every
// state, a waiting list, offers, live, paused and ended matches (one rematch),
// fortnightly support sessions with notes, follow-ups and two safeguarding
// concerns, supervision, volunteering hours with milestones, and role progression.
// Runs after the people exist, because notes are sealed under each person's own
// data key and the key rows refer to them.
import type { Database } from "../client";
import { newId } from "../ids";
import { defaultMentoringRules } from "../mentoring-defaults";
import * as s from "../schema";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import { demoMatches, demoRequests, demoSupervisionNotes } from "./demo-mentoring-story";
import { availabilityMask, demoAreas, demoMentors } from "./demo-mentors";
import { buildDemoSessions } from "./demo-sessions";
import { demoVetting } from "./demo-vetting";
import { buildDemoProgression, buildDemoVolunteering } from "./demo-volunteering";

export interface NoteLocation {
  table: string;
  column: string;
  rowId: string;
}
/** Encrypts text about `personId` under their data key (the API supplies it). */
export type SealNote = (personId: string, text: string, where: NoteLocation) => Promise<string>;

export interface DemoTown {
  now: Date;
  /** Person id and their first organisation's id, by display name. */
  people: Map<string, { id: string; organisationId: string }>;
  /** The first coordinator of each organisation, who approves and decides. */
  coordinatorOf: Map<string, string>;
  sealNote: SealNote;
}

export async function seedDemoMentoring(db: Database, town: DemoTown) {
  const { now, people, coordinatorOf } = town;
  const person = (name: string) => people.get(name) ?? missing(name);
  const organisations = [...new Set([...people.values()].map((p) => p.organisationId))];
  const settings = organisations.map((organisationId, i) => ({
    organisationId,
    ...defaultMentoringRules,
    // The recovery community cares most about shared experience, less about distance.
    weights:
      i === 0 ? defaultMentoringRules.weights : { ...defaultMentoringRules.weights, sharedExperience: 4, distance: 1 },
    updatedAt: now,
  }));

  const profiles = demoMentors.map((mentor) => {
    const { id: personId, organisationId } = person(mentor.name);
    const [latitude, longitude] = demoAreas[mentor.area];
    return {
      id: newId(),
      personId,
      organisationId,
      introduction: mentor.introduction,
      substances: mentor.substances,
      pathways: mentor.pathways,
      lifeExperiences: mentor.lifeExperiences,
      strengths: mentor.strengths,
      languages: mentor.languages,
      gender: mentor.gender,
      ageBand: mentor.ageBand,
      homeArea: mentor.area,
      latitude,
      longitude,
      travelMiles: mentor.meetingWays.includes("in_person") ? 6 : 0,
      meetingWays: mentor.meetingWays,
      availability: availabilityMask(mentor.free),
      capacity: mentor.capacity,
      // Kerry chose to show more, as champions often do; everyone else keeps the defaults.
      visibility:
        mentor.name === "Kerry"
          ? { substances: "people_choosing" as const, lifeExperiences: "people_choosing" as const }
          : {},
      isTakingBreak: mentor.vetting === "taking_break",
      createdAt: instantDaysAgo(now, 430),
      updatedAt: instantDaysAgo(now, 30),
    };
  });
  const profileOf = (name: string) => profiles[demoMentors.findIndex((m) => m.name === name)] ?? missing(name);

  const vetting = [];
  const supervision = [];
  for (const [i, mentor] of demoMentors.entries()) {
    const profile = profiles[i]!;
    const recordedByPersonId = coordinatorOf.get(profile.organisationId) ?? null;
    const { records, supervisionDaysAgo } = demoVetting(mentor.vetting, defaultMentoringRules.requiredTraining, now);
    vetting.push(
      ...records.map((r) => ({
        id: newId(),
        mentorProfileId: profile.id,
        recordedByPersonId,
        recordedAt: new Date(`${r.completedOn}T15:00:00Z`),
        ...r,
      })),
    );
    for (const [k, days] of supervisionDaysAgo.entries()) {
      const id = newId();
      const notes = demoSupervisionNotes[k % demoSupervisionNotes.length]!;
      supervision.push({
        id,
        mentorProfileId: profile.id,
        supervisorPersonId: recordedByPersonId,
        heldOn: dateDaysAgo(now, days),
        durationMinutes: 45,
        notesCipher: await town.sealNote(profile.personId, notes, {
          table: "supervision_sessions",
          column: "notes_cipher",
          rowId: id,
        }),
        createdAt: instantDaysAgo(now, days),
      });
    }
  }

  const requests = demoRequests.map((r) => {
    const { id: personId, organisationId } = person(r.person);
    const [latitude, longitude] = demoAreas[r.area];
    const matches = demoMatches.filter((m) => m.mentee === r.person);
    const isOpen = matches.some((m) => ["proposed", "accepted", "active", "paused", "ended"].includes(m.status));
    return {
      id: newId(),
      organisationId,
      personId,
      needs: r.needs,
      genderPreference: r.genderPreference,
      languages: r.languages,
      sharedSubstances: r.sharedSubstances,
      sharedLifeExperiences: r.sharedLifeExperiences,
      pathway: r.pathway,
      meetingWays: r.meetingWays,
      availability: availabilityMask(r.free),
      area: r.area,
      latitude,
      longitude,
      status: isOpen
        ? ("matched" as const)
        : matches.some((m) => m.status === "offered")
          ? ("offered" as const)
          : ("waiting" as const),
      createdAt: instantDaysAgo(now, r.askedDaysAgo),
      updatedAt: instantDaysAgo(now, Math.min(r.askedDaysAgo, ...matches.map((m) => m.approvedDaysAgo))),
    };
  });
  const requestOf = (name: string) => requests.find((r) => r.personId === person(name).id) ?? missing(name);

  const matches = demoMatches.map((m) => {
    const request = requestOf(m.mentee);
    const profile = profileOf(m.mentor);
    const changedDaysAgo = m.endedDaysAgo ?? m.pausedDaysAgo ?? m.startedDaysAgo ?? m.approvedDaysAgo;
    return {
      story: m,
      row: {
        id: newId(),
        requestId: request.id,
        organisationId: request.organisationId,
        mentorProfileId: profile.id,
        mentorPersonId: profile.personId,
        menteePersonId: request.personId,
        status: m.status,
        score: 60 + ((m.mentee.length * 7 + m.mentor.length * 3) % 30),
        scoreParts: [],
        approvedByPersonId: coordinatorOf.get(request.organisationId) ?? null,
        startedOn: m.startedDaysAgo === undefined ? null : dateDaysAgo(now, m.startedDaysAgo),
        plannedEndOn: m.plannedEndInDays === undefined ? null : dateDaysAgo(now, -m.plannedEndInDays),
        endedOn: m.endedDaysAgo === undefined ? null : dateDaysAgo(now, m.endedDaysAgo),
        endReason: m.endReason ?? null,
        createdAt: instantDaysAgo(now, m.approvedDaysAgo),
        statusChangedAt: instantDaysAgo(now, changedDaysAgo),
      },
    };
  });
  const events = matches.flatMap(({ story, row }) => matchHistory(story, row, now));
  const sessions = await buildDemoSessions({ now, matches, requests, town });
  const volunteering = buildDemoVolunteering({ now, town, sessions: sessions.sessions });
  const progression = buildDemoProgression({ now, town });

  await db.batch([
    db.insert(s.mentoringSettings).values(settings),
    db.insert(s.mentorProfiles).values(profiles),
    db.insert(s.vettingRecords).values(vetting),
    db.insert(s.supervisionSessions).values(supervision),
    db.insert(s.mentorRequests).values(requests),
    db.insert(s.mentoringMatches).values(matches.map((m) => m.row)),
    db.insert(s.matchEvents).values(events),
    db.insert(s.supportSessions).values(sessions.sessions),
    db.insert(s.followUpActions).values(sessions.followUps),
    db.insert(s.volunteeringHours).values(volunteering.hours),
    db.insert(s.volunteeringMilestones).values(volunteering.milestones),
    db.insert(s.roleChanges).values(progression),
  ]);
  // The journeys' goals and maps refer to these.
  return { matches: matches.map((m) => m.row) };
}

/** The status changes that led to a match's current state, oldest first. */
function matchHistory(
  story: (typeof demoMatches)[number],
  row: {
    id: string;
    status: s.MatchStatus;
    approvedByPersonId: string | null;
    mentorPersonId: string;
    menteePersonId: string;
  },
  now: Date,
) {
  const event = (
    fromStatus: s.MatchStatus | null,
    toStatus: s.MatchStatus,
    days: number,
    by: string | null,
    reason: string | null = null,
  ) => ({
    matchId: row.id,
    fromStatus,
    toStatus,
    reason,
    byPersonId: by,
    at: instantDaysAgo(now, days),
  });
  const approved = story.approvedDaysAgo;
  if (story.status === "offered") return [event(null, "offered", approved, row.approvedByPersonId)];
  const history = [event(null, "proposed", approved, row.approvedByPersonId)];
  if (story.status === "declined")
    return [...history, event("proposed", "declined", approved - 2, row.mentorPersonId, "mentor_declined")];
  if (story.status === "proposed") return history;
  history.push(event("proposed", "accepted", approved - 1, row.mentorPersonId));
  if (story.startedDaysAgo === undefined) return history;
  history.push(event("accepted", "active", story.startedDaysAgo, row.mentorPersonId, "first_session"));
  if (story.plannedEndInDays !== undefined)
    history.push(event("active", "active", 14, row.mentorPersonId, "planned_ending"));
  if (story.pausedDaysAgo !== undefined)
    history.push(event("active", "paused", story.pausedDaysAgo, row.mentorPersonId, "mentee_asked_for_a_break"));
  if (story.endedDaysAgo !== undefined)
    history.push(event("active", "ended", story.endedDaysAgo, row.approvedByPersonId, story.endReason ?? null));
  return history;
}

function missing(name: string): never {
  throw new Error(`The demo story names ${name}, who is not in the demo town`);
}
