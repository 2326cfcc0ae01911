// The demo town's volunteering hours (from support sessions and from café shifts,
// walks, stewarding, admin and training), the milestones they reached, and how
// people progressed from member to volunteer, peer mentor and recovery champion.
import { newId } from "../ids";
import type { Role, VolunteeringActivity } from "../schema";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import type { DemoTown } from "./demo-mentoring";
import { demoVolunteering } from "./demo-mentoring-story";
import { demoMentors } from "./demo-mentors";
import { demoVolunteers } from "./demo-town";

const milestoneHours = [10, 50, 100, 250, 500, 1000];
// Entries from the last ten days are still waiting for a coordinator.
const pendingWithinDays = 10;

interface SessionRow {
  id: string;
  organisationId: string;
  mentorPersonId: string | null;
  heldOn: string;
  durationMinutes: number;
  travelMinutes: number;
}

export function buildDemoVolunteering({ now, town, sessions }: { now: Date; town: DemoTown; sessions: SessionRow[] }) {
  const hours: {
    id: string;
    personId: string;
    organisationId: string;
    activity: VolunteeringActivity;
    workedOn: string;
    minutes: number;
    description: string;
    supportSessionId: string | null;
    status: "pending" | "approved" | "declined";
    decidedByPersonId: string | null;
    decidedAt: Date | null;
    declineReason: string | null;
    createdAt: Date;
  }[] = [];
  const add = (
    personId: string,
    organisationId: string,
    daysAgo: number,
    entry: { activity: VolunteeringActivity; minutes: number; description: string; supportSessionId?: string },
    declineReason: string | null = null,
  ) => {
    const isPending = daysAgo <= pendingWithinDays;
    hours.push({
      id: newId(),
      personId,
      organisationId,
      workedOn: dateDaysAgo(now, daysAgo),
      supportSessionId: entry.supportSessionId ?? null,
      ...entry,
      status: isPending ? "pending" : declineReason ? "declined" : "approved",
      decidedByPersonId: isPending ? null : (town.coordinatorOf.get(organisationId) ?? null),
      decidedAt: isPending ? null : instantDaysAgo(now, daysAgo - 3),
      declineReason: isPending ? null : declineReason,
      createdAt: instantDaysAgo(now, daysAgo),
    });
  };
  const dayMs = 86_400_000;
  for (const session of sessions) {
    if (!session.mentorPersonId) continue;
    const daysAgo = Math.round((now.getTime() - Date.parse(`${session.heldOn}T12:00:00Z`)) / dayMs);
    const from = { supportSessionId: session.id, description: "Support session" };
    add(session.mentorPersonId, session.organisationId, daysAgo, {
      activity: "mentoring",
      minutes: session.durationMinutes,
      ...from,
    });
    if (session.travelMinutes > 0) {
      add(session.mentorPersonId, session.organisationId, daysAgo, {
        activity: "travel_preparation",
        minutes: session.travelMinutes,
        ...from,
      });
    }
  }
  for (const pattern of demoVolunteering) {
    const person = town.people.get(pattern.person)!;
    for (let d = pattern.fromDaysAgo, k = 0; d >= pattern.toDaysAgo; d -= pattern.everyDays, k++) {
      // One of Roxy's entries duplicated the event lead's record of the same shift.
      const declined =
        pattern.person === "Roxy" && k === 2 ? "The event lead already logged this shift for you." : null;
      add(person.id, person.organisationId, d, pattern, declined);
    }
  }
  return { hours, milestones: milestonesReached(hours) };
}

function milestonesReached(
  hours: { personId: string; status: string; minutes: number; workedOn: string; decidedAt: Date | null }[],
) {
  const approved = hours.filter((h) => h.status === "approved").sort((a, b) => a.workedOn.localeCompare(b.workedOn));
  const totals = new Map<string, number>();
  const reached = [];
  for (const entry of approved) {
    const before = totals.get(entry.personId) ?? 0;
    const after = before + entry.minutes;
    totals.set(entry.personId, after);
    for (const mark of milestoneHours) {
      if (before < mark * 60 && after >= mark * 60)
        reached.push({ personId: entry.personId, hours: mark, reachedAt: entry.decidedAt! });
    }
  }
  return reached;
}

export function buildDemoProgression({ now, town }: { now: Date; town: DemoTown }) {
  const steps: { name: string; path: [Role, number][] }[] = [
    ...demoMentors.map((mentor) => ({
      name: mentor.name,
      path: (mentor.vetting === "new"
        ? [
            ["member", 400],
            ["volunteer", 200],
            ["peer_mentor", 20],
          ]
        : [
            ["member", 1100],
            ["volunteer", 700],
            ["peer_mentor", 400],
            ...(["Kerry", "Gaz"].includes(mentor.name) ? [["recovery_champion", 180]] : []),
          ]) as [Role, number][],
    })),
    ...[...demoVolunteers].map((name, i) => ({
      name,
      path: [
        ["member", 300],
        ["volunteer", 240 - i * 60],
      ] as [Role, number][],
    })),
  ];
  return steps.flatMap(({ name, path }) => {
    const person = town.people.get(name)!;
    return path.map(([toRole, daysAgo], i) => ({
      personId: person.id,
      organisationId: person.organisationId,
      fromRole: i === 0 ? null : path[i - 1]![0],
      toRole,
      changedByPersonId: i === 0 ? null : (town.coordinatorOf.get(person.organisationId) ?? null),
      changedAt: instantDaysAgo(now, daysAgo),
    }));
  });
}
