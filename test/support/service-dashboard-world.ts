// The hand-built world the service dashboard tests read: two organisations,
// their staff (with and without a second factor), matches, sessions, hours,
// check-ins at gatherings, and journeys of people who do and do not agree to be
// counted in anonymous reports. Each test file builds its own copy, so no file
// depends on another having run first.
import { newId, schema } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import type { Role } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import { type TestAppHandle, type TestClient, testApp } from "./app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "./factories";
import { createMatch, createMentorRequest, createSupportSession } from "./mentoring-factories";

export const clock = new Date("2026-11-30T12:00:00Z");
export const period = { from: "2026-06-01", to: "2026-11-30" };
export let t: TestAppHandle;
export let home: { id: string; name: string };
export let other: { id: string; name: string };
export const people: Record<string, { id: string }> = {};
export const clients: Record<string, TestClient> = {};

const dashboardQuery = `query($org: ID!, $from: String!, $to: String!) {
  serviceDashboard(organisationId: $org, from: $from, to: $to) {
    from to today
    months { month activeMatches newMatches sessionsHeld supportMinutes verifiedVolunteeringMinutes pendingVolunteeringMinutes attendance }
    recoveryCapital { peopleCounted improved same worse meanChange }
    goalCompletion { peopleCounted goalsSet goalsAchieved stepsDone }
    networkGrowth { peopleCounted supportiveGrew supportiveDidNotGrow meanRecoveryCommunityAtStart meanRecoveryCommunityAtEnd }
    goneQuiet { total people { personId displayName reason lastActivity lastActivityOn lastActivityPlace matchId mentorName daysQuiet } }
  }
}`;
export type Dashboard = {
  months: Record<string, number | string>[];
  recoveryCapital: Record<string, number | null>;
  goalCompletion: Record<string, number | null>;
  networkGrowth: Record<string, number | null>;
  goneQuiet: { total: number; people: Record<string, string | number | null>[] };
};
export const dashboard = (client: TestClient, organisationId: string, dates = period) =>
  client.gql<{ serviceDashboard: Dashboard }>(dashboardQuery, { org: organisationId, ...dates });

async function person(name: string, memberships: [string, Role][]) {
  const created = await createPerson(t.db, {
    memberships: memberships.map(([organisationId, role]) => ({ organisationId, role })),
  });
  await t.db.update(schema.people).set({ displayName: name }).where(eq(schema.people.id, created.id));
  people[name] = created;
  return created;
}

async function signIn(name: string, memberships: [string, Role][], withSecondFactor: boolean) {
  const created = await person(name, memberships);
  const client = t.client();
  await client.signIn(created.email, defaultPassword);
  if (withSecondFactor) await client.enrolTotp(clock);
  clients[name] = client;
}

export const consent = (personId: string, isGranted: boolean, at = "2026-01-01T10:00:00Z") =>
  t.db.insert(schema.consents).values({
    personId,
    purpose: "include_in_anonymous_reports",
    isGranted,
    wordingVersion: 1,
    recordedAt: new Date(at),
  });

const checkIns = (personId: string, scores: [takenOn: string, scorePercent: number][]) =>
  t.db.insert(schema.recoveryCheckIns).values(
    scores.map(([takenOn, scorePercent]) => ({
      id: newId(),
      personId,
      instrumentId: builtInInstrumentId,
      takenOn,
      answers: {},
      scorePercent,
      createdAt: clock,
    })),
  );

async function goal(personId: string, createdAt: string, achievedAt: string | null = null, stepsDoneAt: string[] = []) {
  const id = newId();
  await t.db.insert(schema.journeyGoals).values({
    id,
    personId,
    titleCipher: "sealed",
    status: achievedAt ? "achieved" : "active",
    createdAt: new Date(createdAt),
    achievedAt: achievedAt ? new Date(achievedAt) : null,
  });
  for (const [position, doneAt] of stepsDoneAt.entries()) {
    await t.db.insert(schema.goalSteps).values({
      id: newId(),
      goalId: id,
      personId,
      titleCipher: "sealed",
      position,
      doneAt: new Date(doneAt),
      createdAt: new Date(createdAt),
    });
  }
}

const snapshots = (personId: string, maps: [takenOn: string, supportive: number, recoveryCommunity: number][]) =>
  t.db.insert(schema.networkSnapshots).values(
    maps.map(([takenOn, supportive, recoveryCommunity]) => ({
      id: newId(),
      personId,
      takenOn,
      connectionCount: supportive + 1,
      supportiveCount: supportive,
      usingCount: 0,
      recoveryCommunityCount: recoveryCommunity,
      connections: [],
      createdAt: clock,
    })),
  );

async function match(
  organisationId: string,
  mentee: string,
  mentor: string,
  values: Partial<typeof schema.mentoringMatches.$inferInsert>,
) {
  const request = await createMentorRequest(t.db, people[mentee]!.id, organisationId);
  const created = await createMatch(
    t.db,
    request,
    { id: newId(), personId: people[mentor]!.id },
    {
      mentorProfileId: null,
      createdAt: clock,
      statusChangedAt: clock,
      ...values,
    },
  );
  return { ...created, id: created.id!, organisationId, menteePersonId: created.menteePersonId };
}

const session = (m: Awaited<ReturnType<typeof match>>, heldOn: string, durationMinutes: number) =>
  createSupportSession(t.db, m, { heldOn, durationMinutes, createdAt: clock });

const hours = (
  personId: string,
  organisationId: string,
  workedOn: string,
  minutes: number,
  status: "approved" | "pending" | "declined",
) =>
  t.db
    .insert(schema.volunteeringHours)
    .values({ id: newId(), personId, organisationId, activity: "cafe_shift", workedOn, minutes, status });

const attended = (
  gatheringId: string,
  personId: string,
  occurrenceOn: string,
  status: "attended" | "going" = "attended",
) => t.db.insert(schema.gatheringAttendance).values({ id: newId(), gatheringId, personId, occurrenceOn, status });

/** Builds the whole world in a fresh database; call it in beforeAll and close `t` in afterAll. */
export async function buildDashboardWorld() {
  t = await testApp({ now: () => clock });
  home = await createOrganisation(t.db, { name: 'Irwell "Recovery", Bury' });
  other = await createOrganisation(t.db, { name: "Other Recovery Service" });
  await signIn("Sam Coordinator", [[home.id, "coordinator"]], true);
  await signIn("Ada Admin", [[home.id, "admin"]], true);
  await signIn("Nat No Code", [[home.id, "coordinator"]], false);
  await signIn("Olu Other", [[other.id, "coordinator"]], true);
  await signIn("Mo Member", [[home.id, "member"]], false);

  // Matches and sessions (home), plus noise in the other organisation.
  for (const name of ["Alex", "Bea", "Cal", "Dee", "Eve", "Hal", "Gus"]) await person(name, [[home.id, "member"]]);
  for (const name of ["Mentor One", "Mentor Two"]) await person(name, [[home.id, "peer_mentor"]]);
  await signIn("Mia Mentor", [[home.id, "peer_mentor"]], false);
  await person("Oscar", [[other.id, "member"]]);
  const alex = await match(home.id, "Alex", "Mentor One", { status: "active", startedOn: "2026-05-10" });
  const bea = await match(home.id, "Bea", "Mentor One", {
    status: "ended",
    startedOn: "2026-07-15",
    endedOn: "2026-09-20",
    endReason: "goals_met",
  });
  const cal = await match(home.id, "Cal", "Mentor Two", { status: "paused", startedOn: "2026-10-01" });
  await match(home.id, "Dee", "Mentor Two", { status: "proposed", startedOn: null });
  await match(home.id, "Hal", "Mentor Two", {
    status: "accepted",
    startedOn: null,
    statusChangedAt: new Date("2026-10-01T09:00:00Z"),
  });
  const oscar = await match(other.id, "Oscar", "Mentor One", { status: "active", startedOn: "2026-07-01" });
  await session(alex, "2026-05-20", 60);
  await session(alex, "2026-06-03", 60);
  await session(alex, "2026-06-20", 90);
  await session(alex, "2026-10-20", 30);
  await session(bea, "2026-08-01", 45);
  await session(cal, "2026-11-20", 60);
  await session(oscar, "2026-06-05", 120);

  // Volunteering hours: approved and pending count, declined does not.
  const eve = people.Eve!.id;
  await hours(eve, home.id, "2026-06-10", 120, "approved");
  await hours(eve, home.id, "2026-06-11", 60, "approved");
  await hours(eve, home.id, "2026-07-01", 30, "pending");
  await hours(eve, home.id, "2026-07-02", 90, "declined");
  await hours(eve, other.id, "2026-06-10", 500, "approved");

  // Check-ins at gatherings.
  const cafe = await createGathering(t.db, home.id, { name: "Monday Recovery Café" });
  const elsewhere = await createGathering(t.db, other.id, { name: "Elsewhere Walk" });
  await attended(cafe.id, eve, "2026-09-07");
  await attended(cafe.id, people.Alex!.id, "2026-11-02");
  await attended(cafe.id, people.Gus!.id, "2026-04-01");
  await attended(cafe.id, people.Dee!.id, "2026-11-30", "going");
  await attended(cafe.id, people["Sam Coordinator"]!.id, "2026-09-01");
  await attended(elsewhere.id, people.Oscar!.id, "2026-09-07");

  // Journeys. Home: ten counted people, five improved and five about the same.
  const counted: [string, [string, number][]][] = [
    [
      "J1",
      [
        ["2026-06-05", 40],
        ["2026-11-01", 60],
      ],
    ],
    [
      "J2",
      [
        ["2026-06-05", 50],
        ["2026-10-01", 58],
      ],
    ],
    [
      "J3",
      [
        ["2026-07-05", 30],
        ["2026-11-05", 50],
      ],
    ],
    [
      "J4",
      [
        ["2026-04-01", 90],
        ["2026-06-05", 41],
        ["2026-09-01", 46],
      ],
    ],
    [
      "J5",
      [
        ["2026-06-05", 20],
        ["2026-11-30", 80],
      ],
    ],
    [
      "J6",
      [
        ["2026-06-05", 60],
        ["2026-11-01", 62],
      ],
    ],
    [
      "J7",
      [
        ["2026-06-05", 55],
        ["2026-08-01", 70],
        ["2026-11-01", 56],
      ],
    ],
    [
      "J8",
      [
        ["2026-06-05", 45],
        ["2026-11-01", 47],
      ],
    ],
    [
      "J9",
      [
        ["2026-06-05", 50],
        ["2026-11-01", 46],
      ],
    ],
    [
      "J10",
      [
        ["2026-06-01", 50],
        ["2026-06-02", 50],
      ],
    ],
  ];
  for (const [name, scores] of counted) {
    const { id } = await person(name, [[home.id, "member"]]);
    await consent(id, true);
    await checkIns(id, scores);
  }
  // Not counted: never agreed, agreed then withdrew, one check-in in the period, none in it, another organisation's.
  const never = await person("X1", [[home.id, "member"]]);
  await checkIns(never.id, [
    ["2026-06-05", 10],
    ["2026-11-01", 90],
  ]);
  const withdrew = await person("X2", [[home.id, "member"]]);
  await consent(withdrew.id, true);
  await consent(withdrew.id, false, "2026-05-01T10:00:00Z");
  await checkIns(withdrew.id, [
    ["2026-06-05", 10],
    ["2026-11-01", 90],
  ]);
  const once = await person("X3", [[home.id, "member"]]);
  await consent(once.id, true);
  await checkIns(once.id, [
    ["2026-05-05", 10],
    ["2026-11-01", 90],
  ]);
  const before = await person("X4", [[home.id, "member"]]);
  await consent(before.id, true);
  await checkIns(before.id, [
    ["2026-04-05", 10],
    ["2026-05-01", 90],
  ]);

  // Other organisation: seven counted people, 3 improved, 3 the same, 1 lower: every group is small.
  for (const [index, [first, last]] of [
    [40, 60],
    [40, 60],
    [40, 60],
    [50, 51],
    [50, 51],
    [50, 51],
    [60, 40],
  ].entries()) {
    const { id } = await person(`Other ${index}`, [[other.id, "member"]]);
    await consent(id, true);
    await checkIns(id, [
      ["2026-06-05", first!],
      ["2026-11-01", last!],
    ]);
  }

  // Goals (home): five counted people. London midnight decides which day a goal was set.
  const id = (name: string) => people[name]!.id;
  await goal(id("J1"), "2026-07-01T10:00:00Z", "2026-09-01T10:00:00Z", [
    "2026-07-10T10:00:00Z",
    "2026-08-10T10:00:00Z",
  ]);
  await goal(id("J1"), "2026-07-02T10:00:00Z", null, ["2026-08-11T10:00:00Z"]);
  await goal(id("J2"), "2026-08-01T10:00:00Z", null, ["2026-08-02T10:00:00Z", "2026-05-02T10:00:00Z"]);
  await goal(id("J1"), "2026-07-03T10:00:00Z");
  await goal(id("J2"), "2026-08-05T10:00:00Z");
  await goal(id("J3"), "2026-03-01T10:00:00Z", "2026-08-01T10:00:00Z");
  await goal(id("J4"), "2026-02-01T10:00:00Z", null, ["2026-10-01T10:00:00Z"]);
  await goal(id("J5"), "2026-05-31T23:30:00Z"); // 00:30 on 1 June in London: in the period
  await goal(id("J5"), "2026-05-31T22:30:00Z"); // 23:30 on 31 May in London: before it
  await goal(id("X1"), "2026-07-01T10:00:00Z", "2026-08-01T10:00:00Z", ["2026-07-02T10:00:00Z"]);
  await goal(people["Other 0"]!.id, "2026-07-01T10:00:00Z", "2026-08-01T10:00:00Z");

  // Networks (home): six counted people whose map changed in the period, four of them more supportive.
  await snapshots(id("J1"), [
    ["2026-03-01", 2, 1],
    ["2026-08-01", 4, 3],
  ]);
  await snapshots(id("J2"), [
    ["2026-06-10", 1, 0],
    ["2026-10-10", 3, 2],
  ]);
  await snapshots(id("J3"), [
    ["2026-02-01", 3, 2],
    ["2026-09-01", 2, 2],
  ]);
  await snapshots(id("J4"), [["2026-04-01", 3, 2]]);
  await snapshots(id("J5"), [["2026-07-01", 3, 2]]);
  await snapshots(id("J6"), [
    ["2026-01-01", 1, 1],
    ["2026-05-01", 1, 1],
    ["2026-07-01", 3, 2],
    ["2026-11-01", 5, 4],
  ]);
  await snapshots(id("J7"), [
    ["2026-05-01", 2, 0],
    ["2026-07-01", 2, 1],
  ]);
  await snapshots(id("J8"), [
    ["2026-06-01", 0, 0],
    ["2026-06-02", 1, 1],
  ]);
  await snapshots(id("X1"), [
    ["2026-06-01", 0, 0],
    ["2026-09-02", 9, 9],
  ]);
}
