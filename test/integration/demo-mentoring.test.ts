// The demo town's mentoring and volunteering story: every vetting state, a
// waiting list, matches in every state with their history, sessions whose notes
// are sealed under the mentee's key, hours and milestones, and progression that
// ends in each person's current role.
import { personCipher } from "@kinship/api/crypto/person-keys";
import { loadVetting } from "@kinship/api/mentoring/vetting/load-vetting";
import { schema } from "@kinship/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestAppHandle } from "../support/app";
import { demoNow as now, seededDemoTown } from "../support/demo-town";

let t: TestAppHandle;
const keys = () => ({ db: t.db, cipher: t.cipher, now: () => now });

beforeAll(async () => {
  t = await seededDemoTown();
});

describe("demo mentoring", () => {
  it("has mentors in both organisations and people waiting in both", async () => {
    const profiles = await t.db.select().from(schema.mentorProfiles);
    const requests = await t.db.select().from(schema.mentorRequests);
    expect(profiles).toHaveLength(12);
    expect(new Set(profiles.map((p) => p.organisationId)).size).toBe(2);
    const waiting = requests.filter((r) => r.status === "waiting");
    expect(new Set(waiting.map((r) => r.organisationId)).size).toBe(2);
    expect(waiting.length).toBeGreaterThanOrEqual(6);
  });

  it("shows coordinators every vetting state: current, each kind of lapse, expiring soon and brand new", async () => {
    const profiles = await t.db.select().from(schema.mentorProfiles);
    const vetting = await loadVetting(t.db, profiles, "2026-11-23");
    const states = [...vetting.values()];
    const codes = new Set(states.flatMap((v) => v.problems.map((p) => p.code)));
    expect(states.filter((v) => v.isCurrent).length).toBeGreaterThanOrEqual(5);
    for (const code of [
      "training_expired",
      "criminal_records_check_pending",
      "references_missing",
      "agreement_expired",
      "supervision_overdue",
      "training_missing",
    ]) {
      expect(codes, code).toContain(code);
    }
    const soon = states.filter((v) => v.isCurrent && v.nextExpiresOn && v.nextExpiresOn < "2026-12-23");
    expect(soon).toHaveLength(1);
    expect(profiles.filter((p) => p.isTakingBreak)).toHaveLength(1);
  });

  it("has matches in every state of the lifecycle, each with a history that ends in its state", async () => {
    const matches = await t.db.select().from(schema.mentoringMatches);
    const events = await t.db.select().from(schema.matchEvents);
    expect(new Set(matches.map((m) => m.status))).toEqual(
      new Set(["offered", "proposed", "accepted", "active", "paused", "ended", "declined"]),
    );
    for (const match of matches) {
      const history = events.filter((e) => e.matchId === match.id).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(history.at(-1)?.toStatus, match.id).toBe(match.status);
    }
    // A rematch: one request, an ended match and a live one.
    const rematched = matches.filter((m) => m.endReason === "rematched");
    expect(rematched).toHaveLength(1);
    expect(matches.some((m) => m.requestId === rematched[0]!.requestId && m.status === "active")).toBe(true);
  });

  it("seals every note under the mentee's key, readable by the API and never stored in the clear", async () => {
    const sessions = await t.db.select().from(schema.supportSessions);
    expect(sessions.length).toBeGreaterThan(40);
    for (const session of sessions) {
      expect(session.notesCipher).toMatch(/^p1\./);
      const notes = await personCipher(keys(), session.menteePersonId).decrypt(session.notesCipher!, {
        table: "support_sessions",
        column: "notes_cipher",
        rowId: session.id,
      });
      expect(notes?.length).toBeGreaterThan(20);
    }
    const concerns = sessions.filter((s) => s.hasConcern);
    expect(concerns.map((s) => s.concernAcknowledgedAt === null).sort()).toEqual([false, true]);
    const followUps = await t.db.select().from(schema.followUpActions);
    expect(followUps.some((f) => f.doneAt === null && f.dueOn < "2026-11-23")).toBe(true);
  });

  it("records volunteering hours from sessions and shifts, decided and pending, with milestones", async () => {
    const hours = await t.db.select().from(schema.volunteeringHours);
    expect(new Set(hours.map((h) => h.status))).toEqual(new Set(["approved", "pending", "declined"]));
    expect(hours.filter((h) => h.supportSessionId).length).toBeGreaterThan(40);
    const milestones = await t.db.select().from(schema.volunteeringMilestones);
    expect(milestones.map((m) => m.hours)).toEqual(expect.arrayContaining([10, 50, 100]));
    for (const milestone of milestones) {
      const approved = hours
        .filter((h) => h.personId === milestone.personId && h.status === "approved")
        .reduce((sum, h) => sum + h.minutes, 0);
      expect(approved).toBeGreaterThanOrEqual(milestone.hours * 60);
    }
  });

  it("ends each person's progression in the role they hold now", async () => {
    const changes = await t.db.select().from(schema.roleChanges);
    const memberships = await t.db.select().from(schema.memberships);
    const people = new Set(changes.map((c) => c.personId));
    expect(people.size).toBeGreaterThanOrEqual(15);
    for (const personId of people) {
      const last = changes
        .filter((c) => c.personId === personId)
        .sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime())
        .at(-1)!;
      const membership = memberships.find((m) => m.personId === personId && m.organisationId === last.organisationId);
      expect(membership?.role).toBe(last.toRole);
    }
  });
});
