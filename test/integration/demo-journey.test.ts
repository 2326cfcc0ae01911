// The demo town's recovery journeys: five named people followed for over a
// year and Jay for his first weeks, with check-ins scored as the API scores
// them, a lapse that resets nothing, goals, phases (one review overdue), and
// every word sealed under the person's own key. Their maps and gatherings are in
// demo-journey-maps, what reports may count in demo-journey-reports.
import { hashPassword } from "@kinship/api/auth/password";
import { personCipher } from "@kinship/api/crypto/person-keys";
import { builtInDefinition, builtInInstrumentId } from "@kinship/db/journey-defaults";
import { demoPassword } from "@kinship/db/seed";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestAppHandle } from "../support/app";
import {
  type DemoJourneys,
  dayMs,
  days,
  journeyLookups,
  loadDemoJourneys,
  longStories,
  demoNow as now,
  seededDemoTown,
  demoToday as today,
} from "../support/demo-town";

let t: TestAppHandle;
let data: DemoJourneys;
const keys = () => ({ db: t.db, cipher: t.cipher, now: () => now });
const { idOf, organisationId, checkInsOf, snapshotsOf } = journeyLookups(() => data);

beforeAll(async () => {
  // A real hash, so the API test below can sign in as a demo mentor.
  t = await seededDemoTown({ passwordHash: await hashPassword(demoPassword) });
  data = await loadDemoJourneys(t);
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
