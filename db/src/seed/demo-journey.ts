// Seeds the demo town's recovery journeys: six named people's stories over up to
// fifteen months (check-ins, goals and steps, phases, a lapse, growing network
// maps with snapshots, gatherings attended, consents) and enough lighter
// participants at each organisation for anonymous totals to mean something.
// Runs after mentoring, because maps and goals refer to matches and mentors.
import type { Database } from "../client";
import { newId } from "../ids";
import * as s from "../schema";
import { instantDaysAgo } from "./demo-dates";
import { attendanceRows } from "./demo-journey-attendance";
import { checkInRows } from "./demo-journey-check-ins";
import { communityStories } from "./demo-journey-community-stories";
import { consentRows, inRecordedOrder } from "./demo-journey-consents";
import { goalRows, lapseRows, phaseRows } from "./demo-journey-goals";
import { networkRows } from "./demo-journey-network";
import { type DemoParticipant, demoParticipants } from "./demo-journey-participants";
import { noteSealer } from "./demo-journey-sealing";
import { serviceStories } from "./demo-journey-service-stories";
import type { DemoGathering, JourneyContext, JourneyStory } from "./demo-journey-story";
import type { DemoTown } from "./demo-mentoring";

export interface JourneyTown extends DemoTown {
  organisationIds: ReadonlyMap<string, string>;
  passwordHash: string;
  /** The mentoring seed's matches and the directory's gatherings, as they were inserted. */
  matches: readonly { id: string; mentorPersonId: string; menteePersonId: string }[];
  gatherings: ReadonlyMap<string, DemoGathering>;
}

const namedJourneyStories: JourneyStory[] = [...serviceStories, ...communityStories];
const treatmentService = "irwell-recovery-service";

export async function seedDemoJourney(db: Database, town: JourneyTown) {
  const { now } = town;
  const organisationIdOf = (slug: string) => town.organisationIds.get(slug) ?? missing("organisation", slug);
  const participants = demoParticipants();
  const participantRows = participants.map((p) => ({
    id: newId(),
    displayName: p.displayName,
    email: p.email,
    mobile: null,
    passwordHash: town.passwordHash,
    createdAt: instantDaysAgo(now, p.joinedDaysAgo),
  }));
  const membershipRows = participants.flatMap((p, i) =>
    p.organisations.map((slug, m) => ({
      id: newId(),
      personId: participantRows[i]!.id,
      organisationId: organisationIdOf(slug),
      role: m === 0 && p.becameVolunteerDaysAgo !== null ? ("volunteer" as const) : ("member" as const),
      createdAt: instantDaysAgo(now, p.joinedDaysAgo),
    })),
  );
  // Their data keys refer to them, so they must exist before anything is sealed.
  await db.batch([
    db.insert(s.people).values(participantRows),
    db.insert(s.memberships).values(membershipRows),
    db.insert(s.roleChanges).values(progression(participants, participantRows, town)),
  ]);

  const personIds = new Map([
    ...[...town.people].map(([name, p]) => [name, p.id] as const),
    ...participants.map((p, i) => [p.displayName, participantRows[i]!.id] as const),
  ]);
  const personIdOf = (name: string) => personIds.get(name) ?? missing("person", name);
  const serviceId = organisationIdOf(treatmentService);
  const sealer = noteSealer(town.sealNote);
  const contextFor = (story: JourneyStory): JourneyContext => {
    const personId = personIdOf(story.person);
    return {
      now,
      personId,
      sealer,
      service: { organisationId: serviceId, coordinatorPersonId: town.coordinatorOf.get(serviceId) ?? null },
      personIdOf,
      organisationIdOf,
      matchIdWith: (mentor) =>
        town.matches.find((m) => m.menteePersonId === personId && m.mentorPersonId === personIdOf(mentor))?.id ??
        missing("match", `${story.person} with ${mentor}`),
      gatheringNamed: (name) => town.gatherings.get(name) ?? missing("gathering", name),
    };
  };

  const rows = journeyRows([...namedJourneyStories, ...participants.map((p) => p.story)], contextFor);
  await sealer.sealAll();
  await db.batch([
    db.insert(s.recoveryCheckIns).values(rows.checkIns),
    db.insert(s.journeyGoals).values(rows.goals),
    db.insert(s.goalSteps).values(rows.steps),
    db.insert(s.lapses).values(rows.lapses),
    db.insert(s.treatmentPhaseRecords).values(rows.phases),
    db.insert(s.networkConnections).values(rows.connections),
    db.insert(s.networkSnapshots).values(rows.snapshots),
    db.insert(s.gatheringAttendance).values(rows.attendance),
    db.insert(s.consents).values(inRecordedOrder(rows.consents)),
  ]);
}

function journeyRows(stories: JourneyStory[], contextFor: (story: JourneyStory) => JourneyContext) {
  return inOneListPerKind(
    stories.map((story) => {
      const context = contextFor(story);
      const attendance = attendanceRows(story, context);
      return {
        checkIns: checkInRows(story, context),
        ...goalRows(story, context),
        lapses: lapseRows(story, context),
        phases: phaseRows(story, context),
        ...networkRows(story, context, attendance),
        attendance,
        consents: consentRows(story, context),
      };
    }),
  );
}

/** Every story's rows of each kind joined into one list of that kind, ready for one insert per table. */
function inOneListPerKind<T extends Record<string, unknown[]>>(parts: T[]): T {
  const kinds = Object.keys(parts[0] ?? {});
  return Object.fromEntries(kinds.map((kind) => [kind, parts.flatMap((part) => part[kind]!)])) as T;
}

/** Member on joining, volunteer later for those who took it on: the first steps of progression. */
function progression(participants: DemoParticipant[], rows: { id: string }[], town: JourneyTown) {
  return participants.flatMap((p, i) => {
    if (p.becameVolunteerDaysAgo === null) return [];
    const organisationId = town.organisationIds.get(p.organisations[0]!)!;
    const change = { personId: rows[i]!.id, organisationId };
    return [
      {
        ...change,
        fromRole: null,
        toRole: "member" as const,
        changedByPersonId: null,
        changedAt: instantDaysAgo(town.now, p.joinedDaysAgo),
      },
      {
        ...change,
        fromRole: "member" as const,
        toRole: "volunteer" as const,
        changedByPersonId: town.coordinatorOf.get(organisationId) ?? null,
        changedAt: instantDaysAgo(town.now, p.becameVolunteerDaysAgo),
      },
    ];
  });
}

function missing(what: string, name: string): never {
  throw new Error(`The demo journeys name the ${what} ${name}, which is not in the demo town`);
}
