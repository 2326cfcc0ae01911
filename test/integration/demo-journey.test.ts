// The demo town's recovery journeys: five named people followed for over a
// year and Jay for his first weeks, with check-ins scored as the API scores
// them, a lapse that resets nothing, goals, phases (one review overdue), maps
// that grow with a true snapshot for every change, gatherings attended, a mix of
// consents, enough consenting people per organisation for published totals, and
// every word sealed under the person's own key.
import { hashPassword } from "@kinship/api/auth/password";
import { hasConsent } from "@kinship/api/consent/consent-state";
import { personCipher } from "@kinship/api/crypto/person-keys";
import { isOccurrenceDate } from "@kinship/api/directory/schedule";
import { schema } from "@kinship/db";
import { builtInDefinition, builtInInstrumentId } from "@kinship/db/journey-defaults";
import { type ConsentPurpose, recoveryCommunityKinds, roles, type SnapshotConnection } from "@kinship/db/schema";
import { demoPassword, seedDemoData } from "@kinship/db/seed";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";

const now = new Date("2026-11-23T10:15:00Z");
const today = "2026-11-23";
const dayMs = 86_400_000;
const longStories = ["Dee", "Marcus", "Chris P", "Wayne", "Roxy"];
const demoOrganisations = ["irwell-recovery-service", "bury-recovery-community"];
let t: TestAppHandle;
const keys = () => ({ db: t.db, cipher: t.cipher, now: () => now });
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;

async function loadAll() {
  const [people, organisations, memberships, matches, checkIns, goals, steps, lapses, phases] = await Promise.all([
    t.db.select().from(schema.people),
    t.db.select().from(schema.organisations),
    t.db.select().from(schema.memberships),
    t.db.select().from(schema.mentoringMatches),
    t.db.select().from(schema.recoveryCheckIns),
    t.db.select().from(schema.journeyGoals),
    t.db.select().from(schema.goalSteps),
    t.db.select().from(schema.lapses),
    t.db.select().from(schema.treatmentPhaseRecords),
  ]);
  const [connections, snapshots, attendance, gatherings, consents] = await Promise.all([
    t.db.select().from(schema.networkConnections),
    t.db.select().from(schema.networkSnapshots),
    t.db.select().from(schema.gatheringAttendance),
    t.db.select().from(schema.gatherings),
    t.db.select().from(schema.consents),
  ]);
  return {
    ...{ people, organisations, memberships, matches, checkIns, goals, steps, lapses, phases },
    ...{ connections, snapshots, attendance, gatherings, consents },
  };
}
let data: Awaited<ReturnType<typeof loadAll>>;
const idOf = (name: string) => data.people.find((p) => p.displayName === name)?.id ?? "";
const organisationId = (slug: string) => data.organisations.find((o) => o.slug === slug)!.id;
const byDate = <T extends { takenOn: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
const checkInsOf = (name: string) => byDate(data.checkIns.filter((c) => c.personId === idOf(name)));
const snapshotsOf = (personId: string) => byDate(data.snapshots.filter((s) => s.personId === personId));

beforeAll(async () => {
  t = await testApp({ now: () => now });
  // One key context for the whole seed, as the server's start-up uses: each key is unwrapped once.
  const sealKeys = keys();
  // A real hash, so the API test below can sign in as a demo mentor.
  await seedDemoData(t.db, {
    passwordHash: await hashPassword(demoPassword),
    now,
    sealNote: (personId, text, where) => personCipher(sealKeys, personId).encrypt(text, where),
  });
  data = await loadAll();
});

describe("demo recovery journeys", () => {
  it("follows five named people for over a year, checking in every four to ten weeks, and Jay from his start", () => {
    for (const name of longStories) {
      const checkIns = checkInsOf(name);
      expect(days(checkIns[0]!.takenOn, checkIns.at(-1)!.takenOn), name).toBeGreaterThanOrEqual(365);
      expect(days(checkIns.at(-1)!.takenOn, today), name).toBeLessThanOrEqual(42);
      for (const [i, checkIn] of checkIns.slice(1).entries()) {
        expect(days(checkIns[i]!.takenOn, checkIn.takenOn), `${name} ${checkIn.takenOn}`).toBeGreaterThanOrEqual(28);
        expect(days(checkIns[i]!.takenOn, checkIn.takenOn), `${name} ${checkIn.takenOn}`).toBeLessThanOrEqual(70);
      }
      // Better than where they started, whatever happened on the way.
      expect(checkIns.at(-1)!.scorePercent, name).toBeGreaterThan(checkIns[0]!.scorePercent + 20);
    }
    const jay = checkInsOf("Jay");
    expect(jay).toHaveLength(2);
    expect(days(jay[0]!.takenOn, today)).toBeLessThan(60);
  });

  it("scores every check-in with the formula, and the API scores the same answers the same", async () => {
    const oneDecimal = (value: number) => Math.round(value * 10) / 10;
    const { min, max } = builtInDefinition.scale;
    for (const checkIn of data.checkIns) {
      expect(checkIn.instrumentId).toBe(builtInInstrumentId);
      const percents = builtInDefinition.items.map((item) => {
        const value = checkIn.answers[item.code]!;
        expect(Number.isInteger(value) && value >= min && value <= max, item.code).toBe(true);
        const share = ((value - min) / (max - min)) * 100;
        return oneDecimal(item.isReversed ? 100 - share : share);
      });
      expect(Object.keys(checkIn.answers)).toHaveLength(builtInDefinition.items.length);
      expect(checkIn.scorePercent).toBe(oneDecimal(percents.reduce((sum, p) => sum + p, 0) / percents.length));
    }
    // The same answers, sent through the API by a new member on past days, score the same.
    const client = t.client();
    await client.signUp({ email: "scores@example.test" });
    const samples = checkInsOf("Dee");
    for (const [i, seeded] of samples.entries()) {
      const result = await client.gql<{ completeCheckIn: { checkIn: { scorePercent: number } } }>(
        "mutation($input: CheckInInput!) { completeCheckIn(input: $input) { checkIn { scorePercent } } }",
        {
          input: {
            instrumentId: builtInInstrumentId,
            takenOn: new Date(now.getTime() - (i + 1) * dayMs).toISOString().slice(0, 10),
            answers: Object.entries(seeded.answers).map(([itemCode, value]) => ({ itemCode, value })),
          },
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.completeCheckIn.checkIn.scorePercent, seeded.takenOn).toBe(seeded.scorePercent);
    }
  });

  it("gives Dee a private lapse, a dip that recovers, and takes nothing back", () => {
    const dee = idOf("Dee");
    const lapses = data.lapses.filter((l) => l.personId === dee);
    expect(lapses).toHaveLength(1);
    const lapsedOn = lapses[0]!.happenedOn;
    const checkIns = checkInsOf("Dee");
    const before = checkIns.filter((c) => c.takenOn < lapsedOn).at(-1)!;
    const after = checkIns.filter((c) => c.takenOn > lapsedOn);
    expect(after[0]!.scorePercent).toBeLessThan(before.scorePercent);
    expect(after[0]!.answers.substance_use).toBeLessThan(before.answers.substance_use!);
    expect(after.at(-1)!.scorePercent).toBeGreaterThan(before.scorePercent);
    // Everything done before the lapse stays done: goals, steps, the map.
    const goals = data.goals.filter((g) => g.personId === dee);
    const achieved = goals.filter((g) => g.status === "achieved");
    expect(achieved.length).toBeGreaterThanOrEqual(1);
    for (const goal of achieved) expect(goal.achievedAt!.getTime()).toBeLessThan(Date.parse(lapsedOn));
    const stepsDoneBefore = data.steps.filter(
      (s) => s.personId === dee && s.doneAt && s.doneAt.getTime() < Date.parse(lapsedOn),
    );
    expect(stepsDoneBefore.length).toBeGreaterThanOrEqual(5);
    const snapshots = snapshotsOf(dee);
    const mapBefore = snapshots.filter((s) => s.takenOn <= lapsedOn).at(-1)!;
    for (const later of snapshots.filter((s) => s.takenOn > lapsedOn)) {
      expect(later.connectionCount).toBeGreaterThanOrEqual(mapBefore.connectionCount);
    }
    // Lapses belong to a few people only; most journeys have none.
    const lapsed = new Set(data.lapses.map((l) => l.personId));
    expect(lapsed.size).toBeLessThan(new Set(data.checkIns.map((c) => c.personId)).size / 4);
  });

  it("breaks goals into steps: some done, some achieved, one set aside, some set with a consenting mentor", () => {
    const journeyPeople = new Set([...longStories, "Jay"].map(idOf));
    const goals = data.goals.filter((g) => journeyPeople.has(g.personId));
    expect(new Set(goals.map((g) => g.status))).toEqual(new Set(["active", "achieved", "set_aside"]));
    for (const goal of data.goals) {
      const steps = data.steps.filter((s) => s.goalId === goal.id);
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(steps.every((s) => s.personId === goal.personId)).toBe(true);
      expect(steps.map((s) => s.position).sort((a, b) => a - b)).toEqual(steps.map((_, i) => i));
      if (goal.status === "achieved") expect(steps.every((s) => s.doneAt)).toBe(true);
      expect(goal.status === "achieved").toBe(goal.achievedAt !== null);
      expect(goal.status === "set_aside").toBe(goal.setAsideAt !== null);
    }
    expect(data.steps.filter((s) => s.doneAt).length).toBeGreaterThan(data.steps.length / 3);
    const together = data.goals.filter((g) => g.setWithPersonId);
    expect(together.length).toBeGreaterThanOrEqual(5);
    for (const goal of together) {
      const match = data.matches.find(
        (m) => m.menteePersonId === goal.personId && m.mentorPersonId === goal.setWithPersonId,
      );
      expect(match, goal.id).toBeDefined();
    }
  });

  it("records phases with review dates at the service, with a maintenance review overdue", () => {
    const service = organisationId("irwell-recovery-service");
    const newest = new Map<string, (typeof data.phases)[number]>();
    for (const record of [...data.phases].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())) {
      expect(record.organisationId).toBe(service);
      expect(record.reviewOn > record.recordedAt.toISOString().slice(0, 10)).toBe(true);
      newest.set(record.personId, record);
    }
    expect(newest.get(idOf("Marcus"))).toMatchObject({ phase: "maintenance" });
    expect(newest.get(idOf("Marcus"))!.reviewOn < today).toBe(true);
    expect(newest.get(idOf("Chris P"))!.phase).toBe("ready_for_recovery");
    const overdue = [...newest.values()].filter((r) => r.reviewOn < today);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThan(newest.size / 5);
    expect(new Set([...newest.values()].map((r) => r.phase)).size).toBe(3);
  });

  it("grows network maps, with a snapshot for each day a map changed that matches its connections", () => {
    const counts = (connections: SnapshotConnection[]) => ({
      connectionCount: connections.length,
      supportiveCount: connections.filter((c) => c.influence === "supportive").length,
      usingCount: connections.filter((c) => c.influence === "using").length,
      recoveryCommunityCount: connections.filter((c) => recoveryCommunityKinds.includes(c.kind)).length,
    });
    for (const personId of new Set(data.connections.map((c) => c.personId))) {
      const connections = data.connections.filter((c) => c.personId === personId);
      const snapshots = snapshotsOf(personId);
      // A snapshot on every day something was added, removed or last changed…
      const days = new Set(snapshots.map((s) => s.takenOn));
      for (const c of connections) {
        for (const day of [c.addedOn, c.removedOn, c.updatedAt.toISOString().slice(0, 10)]) {
          if (day) expect(days.has(day), `${c.id} ${day}`).toBe(true);
        }
      }
      // …and only on days the map changed.
      const shape = (s: (typeof snapshots)[number]) =>
        JSON.stringify([...s.connections].sort((a, b) => a.connectionId.localeCompare(b.connectionId)));
      for (const [i, snapshot] of snapshots.slice(1).entries()) {
        expect(shape(snapshot), snapshot.takenOn).not.toBe(shape(snapshots[i]!));
      }
      for (const snapshot of snapshots) {
        expect(snapshot).toMatchObject(counts(snapshot.connections));
        for (const shown of snapshot.connections) {
          expect(Object.keys(shown).sort()).toEqual(["closeness", "connectionId", "influence", "kind"]);
          const connection = connections.find((c) => c.id === shown.connectionId)!;
          expect(connection.kind).toBe(shown.kind);
          expect(connection.addedOn <= snapshot.takenOn).toBe(true);
          expect(connection.removedOn === null || connection.removedOn > snapshot.takenOn).toBe(true);
        }
      }
      const live = connections.filter((c) => c.removedOn === null);
      const latest = snapshots.at(-1)!.connections;
      expect(latest.map((c) => c.connectionId).sort()).toEqual(live.map((c) => c.id).sort());
      for (const connection of live) {
        expect(latest.find((c) => c.connectionId === connection.id)).toEqual({
          connectionId: connection.id,
          kind: connection.kind,
          influence: connection.influence,
          closeness: connection.closeness,
        });
      }
    }
    for (const name of longStories) {
      const snapshots = snapshotsOf(idOf(name));
      expect(snapshots[0]!.recoveryCommunityCount, name).toBe(0);
      expect(snapshots.at(-1)!.recoveryCommunityCount, name).toBeGreaterThanOrEqual(3);
      expect(snapshots.at(-1)!.supportiveCount, name).toBeGreaterThan(snapshots[0]!.supportiveCount);
      expect(snapshots[0]!.usingCount, name).toBeGreaterThanOrEqual(1);
    }
  });

  it("moves one of Wayne's using connections to neutral, then off his map", () => {
    const wayne = idOf("Wayne");
    const usedWith = data.connections.filter((c) => c.personId === wayne && c.kind === "used_with");
    expect(usedWith).toHaveLength(1);
    const [connection] = usedWith;
    const influences = snapshotsOf(wayne).map(
      (s) => s.connections.find((c) => c.connectionId === connection!.id)?.influence ?? "gone",
    );
    expect([...new Set(influences)]).toEqual(["using", "neutral", "gone"]);
    expect(connection!.removedOn).not.toBeNull();
    // Connections the platform suggested keep the key it suggested them under.
    const keys = data.connections.filter((c) => c.personId === wayne).map((c) => c.suggestionKey?.split(":")[0]);
    expect(new Set(keys)).toEqual(new Set([undefined, "gathering", "volunteering", "match"]));
  });

  it("only has accepted suggestions the platform could have made by then", async () => {
    const hours = await t.db.select().from(schema.volunteeringHours);
    const suggested = data.connections.filter((c) => c.suggestionKey);
    expect(suggested.length).toBeGreaterThanOrEqual(20);
    for (const connection of suggested) {
      const [source, id] = connection.suggestionKey!.split(":");
      const { personId, addedOn } = connection;
      const evidence =
        source === "match"
          ? data.matches.filter((m) => m.id === id && m.menteePersonId === personId && m.startedOn! <= addedOn)
          : source === "gathering"
            ? data.attendance.filter(
                (a) => a.gatheringId === id && a.personId === personId && a.occurrenceOn <= addedOn,
              )
            : hours.filter(
                (h) =>
                  h.organisationId === id &&
                  h.personId === personId &&
                  h.status === "approved" &&
                  h.workedOn <= addedOn,
              );
      expect(evidence.length, connection.suggestionKey!).toBeGreaterThanOrEqual(1);
    }
  });

  it("records attendance on real dates of the demo gatherings, across the months", () => {
    const gatheringOf = new Map(data.gatherings.map((g) => [g.id, g]));
    for (const row of data.attendance) {
      const gathering = gatheringOf.get(row.gatheringId)!;
      expect(row.status).toBe("attended");
      expect(row.occurrenceOn < today).toBe(true);
      expect(isOccurrenceDate(gathering, row.occurrenceOn), `${gathering.name} ${row.occurrenceOn}`).toBe(true);
    }
    const months = (name: string) =>
      new Set(data.attendance.filter((a) => a.personId === idOf(name)).map((a) => a.occurrenceOn.slice(0, 7)));
    expect(months("Wayne").size).toBeGreaterThanOrEqual(9);
    expect(months("Roxy").size).toBeGreaterThanOrEqual(9);
    for (const slug of demoOrganisations) {
      const ids = new Set(data.gatherings.filter((g) => g.organisationId === organisationId(slug)).map((g) => g.id));
      const here = data.attendance.filter((a) => ids.has(a.gatheringId));
      expect(new Set(here.map((a) => a.personId)).size, slug).toBeGreaterThanOrEqual(10);
      expect(new Set(here.map((a) => a.occurrenceOn.slice(0, 7))).size, slug).toBeGreaterThanOrEqual(6);
    }
  });

  it("has a mix of consents: four share with their mentor, Chris with the service, Jay and some others nothing", async () => {
    const granted = async (name: string, purpose: ConsentPurpose) => hasConsent(t.db, idOf(name), purpose);
    for (const name of ["Dee", "Marcus", "Wayne", "Roxy"]) {
      expect(await granted(name, "share_journey_with_mentor"), name).toBe(true);
      expect(await granted(name, "share_journey_with_service"), name).toBe(false);
    }
    expect(await granted("Chris P", "share_journey_with_service")).toBe(true);
    // Chris shared with his mentor while they met, and stopped when the mentoring ended.
    expect(await granted("Chris P", "share_journey_with_mentor")).toBe(false);
    expect(data.consents.filter((c) => c.personId === idOf("Chris P") && !c.isGranted)).toHaveLength(1);
    expect(data.consents.filter((c) => c.personId === idOf("Jay"))).toEqual([]);
    const journeyPeople = [...new Set(data.checkIns.map((c) => c.personId))];
    const counted = await Promise.all(journeyPeople.map((id) => hasConsent(t.db, id, "include_in_anonymous_reports")));
    const share = counted.filter(Boolean).length / counted.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.95);
    const sharingWithService = await Promise.all(
      journeyPeople.map((id) => hasConsent(t.db, id, "share_journey_with_service")),
    );
    expect(sharingWithService.filter(Boolean)).toHaveLength(1);
  });

  it("gives each organisation enough consenting people for published totals, and some months too few", async () => {
    const consenting = new Set<string>();
    for (const personId of new Set(data.checkIns.map((c) => c.personId))) {
      if (await hasConsent(t.db, personId, "include_in_anonymous_reports")) consenting.add(personId);
    }
    for (const slug of demoOrganisations) {
      const members = new Set(
        data.memberships.filter((m) => m.organisationId === organisationId(slug)).map((m) => m.personId),
      );
      const checkIns = data.checkIns.filter((c) => members.has(c.personId) && consenting.has(c.personId));
      const perPerson = new Map<string, number>();
      for (const c of checkIns) perPerson.set(c.personId, (perPerson.get(c.personId) ?? 0) + 1);
      expect([...perPerson.values()].filter((n) => n >= 2).length, slug).toBeGreaterThanOrEqual(20);
      // People checking in, month by month: most months publishable, the first few (only the
      // named people had started) not.
      const perMonth = new Map<string, Set<string>>();
      for (const c of checkIns) {
        perMonth.set(c.takenOn.slice(0, 7), (perMonth.get(c.takenOn.slice(0, 7)) ?? new Set()).add(c.personId));
      }
      const sizes = [...perMonth.values()].map((people) => people.size);
      expect(sizes.filter((n) => n >= 5).length, slug).toBeGreaterThanOrEqual(8);
      expect(sizes.filter((n) => n < 5).length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  it("has members at each organisation who became volunteers in the last year, and hold that role or a later one", async () => {
    const changes = await t.db.select().from(schema.roleChanges);
    for (const slug of demoOrganisations) {
      const becameVolunteers = changes.filter(
        (c) =>
          c.organisationId === organisationId(slug) &&
          c.toRole === "volunteer" &&
          now.getTime() - c.changedAt.getTime() < 365 * dayMs,
      );
      expect(becameVolunteers.length, slug).toBeGreaterThanOrEqual(5);
      for (const change of becameVolunteers) {
        const membership = data.memberships.find(
          (m) => m.personId === change.personId && m.organisationId === change.organisationId,
        );
        expect(roles.indexOf(membership!.role)).toBeGreaterThanOrEqual(roles.indexOf("volunteer"));
        expect(membership!.role).not.toMatch(/coordinator|admin/);
      }
    }
  });

  it("seals every goal, step, note and label under the person's own key", async () => {
    const sealed = [
      ...data.goals.map((r) => ({
        personId: r.personId,
        stored: r.titleCipher,
        table: "journey_goals",
        column: "title_cipher",
        rowId: r.id,
      })),
      ...data.steps.map((r) => ({
        personId: r.personId,
        stored: r.titleCipher,
        table: "goal_steps",
        column: "title_cipher",
        rowId: r.id,
      })),
      ...data.lapses.map((r) => ({
        personId: r.personId,
        stored: r.noteCipher!,
        table: "lapses",
        column: "note_cipher",
        rowId: r.id,
      })),
      ...data.checkIns
        .filter((r) => r.noteCipher)
        .map((r) => ({
          personId: r.personId,
          stored: r.noteCipher!,
          table: "recovery_check_ins",
          column: "note_cipher",
          rowId: r.id,
        })),
      ...data.connections.map((r) => ({
        personId: r.personId,
        stored: r.labelCipher,
        table: "network_connections",
        column: "label_cipher",
        rowId: r.id,
      })),
    ];
    expect(sealed.length).toBeGreaterThan(600);
    const cipherKeys = keys();
    const opened = await Promise.all(
      sealed.map(({ personId, stored, ...where }) => {
        expect(stored).toMatch(/^p1\./);
        return personCipher(cipherKeys, personId).decrypt(stored, where);
      }),
    );
    expect(opened.every((text) => typeof text === "string" && text.length >= 3)).toBe(true);
    expect(opened).toContain(
      "Had a drink at my cousin's wedding. Told Dave the next day; going to extra meetings this month.",
    );
    // Bound to its row: a title moved onto another row no longer opens.
    const [first, second] = data.goals;
    const moved = await personCipher(cipherKeys, first!.personId).decrypt(first!.titleCipher, {
      table: "journey_goals",
      column: "title_cipher",
      rowId: second!.id,
    });
    expect(moved).toBeNull();
  });

  it("lets Dave read Dee's shared check-ins through the API, but not Kev's", async () => {
    const dave = t.client();
    expect((await dave.signIn("dave@demo.kinship.test", demoPassword)).errors).toBeUndefined();
    const history = await dave.gql<{ recoveryCheckIns: { checkIns: { takenOn: string; note: string | null }[] } }>(
      "query($personId: ID) { recoveryCheckIns(personId: $personId) { checkIns { takenOn note } } }",
      { personId: idOf("Dee") },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.recoveryCheckIns.checkIns).toHaveLength(checkInsOf("Dee").length);
    expect(history.data!.recoveryCheckIns.checkIns.map((c) => c.note)).toContain("Three weeks without a drink now.");
    const refused = await dave.gql("query($personId: ID) { recoveryCheckIns(personId: $personId) { lastTakenOn } }", {
      personId: idOf("Kev"),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
