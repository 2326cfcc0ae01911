// Caseloads: coordinators see every mentor's caseload in a fixed number of
// statements, each mentor's read audited; everyone else is refused.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { defaultMentoringSettings } from "@kinship/api/mentoring/settings";
import { newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient } from "../support/app";
import { createSupportSession } from "../support/mentoring-factories";
import { type Caseload, caseloads, daysAgo, instantDaysAgo, supervisionWorld } from "../support/supervision-world";

let t: TestAppHandle;
let statements: string[];
let as: Record<string, TestClient>;
let ids: Record<string, string>;
let organisationId: string;
let profileA: string;
let profileB: string;
let mentorWithPeople: Awaited<ReturnType<typeof supervisionWorld>>["mentorWithPeople"];
let followUp: Awaited<ReturnType<typeof supervisionWorld>>["followUp"];

beforeAll(async () => {
  ({ t, statements, as, ids, organisationId, profileA, profileB, mentorWithPeople, followUp } =
    await supervisionWorld());
});
afterAll(() => t.close());

describe("mentors' caseloads", () => {
  it("counts each mentor's people, overdue follow-ups, open concerns, supervision and recent sessions", async () => {
    const result = await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
    expect(result.errors).toBeUndefined();
    const byProfile = new Map(result.data!.mentorCaseloads.map((c) => [c.mentorProfileId, c]));
    expect(byProfile.get(profileA)).toEqual({
      mentorProfileId: profileA,
      displayName: expect.stringMatching(/^Person /),
      capacity: 2,
      isTakingBreak: false,
      activeCount: 2,
      pausedCount: 1,
      proposedCount: 1,
      overdueFollowUps: 1,
      openConcerns: 2,
      lastSupervisionOn: daysAgo(10),
      supervisionDueOn: addDays(daysAgo(10), 56),
      isSupervisionOverdue: false,
      sessionsLast30Days: 2,
    });
    // Never supervised: due 56 days after becoming a mentor (70 days ago), so overdue.
    expect(byProfile.get(profileB)).toMatchObject({
      activeCount: 0,
      overdueFollowUps: 0,
      openConcerns: 0,
      lastSupervisionOn: null,
      supervisionDueOn: addDays(londonDate(instantDaysAgo(70)), 56),
      isSupervisionOverdue: true,
      sessionsLast30Days: 0,
    });
  });

  it("follows the organisation's own supervision interval", async () => {
    await t.db.insert(schema.mentoringSettings).values({
      organisationId,
      ...defaultMentoringSettings,
      supervisionEveryDays: 7,
      updatedAt: new Date(),
    });
    try {
      const result = await as.admin!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
      const a = result.data!.mentorCaseloads.find((c) => c.mentorProfileId === profileA);
      expect(a).toMatchObject({ supervisionDueOn: daysAgo(3), isSupervisionOverdue: true });
    } finally {
      await t.db.delete(schema.mentoringSettings).where(eq(schema.mentoringSettings.organisationId, organisationId));
    }
  });

  it("audits the read of each mentor, in the same batch", async () => {
    const before = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseloads"));
    await as.coordinator!.gql(caseloads, { org: organisationId });
    const after = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseloads"));
    const added = after.slice(before.length);
    expect(added.map((row) => row.subjectPersonId).sort()).toEqual([ids.mentorA, ids.mentorB].sort());
    expect(added.every((row) => row.relationship === "staff of the mentor's organisation")).toBe(true);
  });

  it("takes the same number of statements however many mentors there are", async () => {
    statements.length = 0;
    await as.coordinator!.gql(caseloads, { org: organisationId });
    const withTwo = statements.length;
    for (let i = 0; i < 6; i++) {
      const { profile, matches } = await mentorWithPeople(`extra${i}`, ["active", "paused"]);
      const session = await createSupportSession(t.db, matches[0]!, { hasConcern: i % 2 === 0 });
      await followUp(matches[0]!, session.id!, daysAgo(4));
      await t.db.insert(schema.supervisionSessions).values({
        id: newId(),
        mentorProfileId: profile.id,
        heldOn: daysAgo(i),
        durationMinutes: 30,
        createdAt: new Date(),
      });
    }
    statements.length = 0;
    const result = await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId });
    expect(result.data?.mentorCaseloads).toHaveLength(8);
    expect(statements.length).toBe(withTwo);
    // The viewer (session + roles), second factor, settings, then one batch: audit + six grouped reads.
    expect(statements.filter((s) => /^\s*select/i.test(s)).length).toBeLessThanOrEqual(10);
  });

  it("gives one mentor's caseload alone, auditing that mentor only", async () => {
    const one = `query($profile: ID!) { mentorCaseload(mentorProfileId: $profile) {
      mentorProfileId overdueFollowUps openConcerns lastSupervisionOn } }`;
    const before = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseload"));
    expect(before).toEqual([]);
    const result = await as.coordinator!.gql<{ mentorCaseload: Caseload }>(one, { profile: profileA });
    expect(result.data?.mentorCaseload).toEqual({
      mentorProfileId: profileA,
      overdueFollowUps: 1,
      openConcerns: 2,
      lastSupervisionOn: daysAgo(10),
    });
    const after = await t.db
      .select()
      .from(schema.accessAudit)
      .where(eq(schema.accessAudit.via, "Query.mentorCaseload"));
    expect(after.map((row) => row.subjectPersonId)).toEqual([ids.mentorA]);
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(one, { profile: profileA })), name).toEqual([code]);
    }
  });

  it("is refused to mentors, members and other organisations", async () => {
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(caseloads, { org: organisationId })), name).toEqual([code]);
    }
  });
});
