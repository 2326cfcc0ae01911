// The service dashboard's figures: monthly activity counted in full for the
// organisation asking, and journey figures only for people who agree to be
// counted in anonymous reports, every group of fewer than five suppressed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDashboardWorld,
  clients,
  consent,
  dashboard,
  home,
  other,
  people,
  t,
} from "../support/service-dashboard-world";

beforeAll(buildDashboardWorld);
afterAll(() => t.close());

describe("serviceDashboard: activity month by month", () => {
  it("counts matches, sessions, hours and check-ins for this organisation only", async () => {
    const result = await dashboard(clients["Sam Coordinator"]!, home.id);
    expect(result.errors).toBeUndefined();
    const months = result.data!.serviceDashboard.months;
    expect(months.map((m) => m.month)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    const row = (month: string) => months.find((m) => m.month === month);
    expect(row("2026-06")).toEqual({
      month: "2026-06",
      activeMatches: 1,
      newMatches: 0,
      sessionsHeld: 2,
      supportMinutes: 150,
      verifiedVolunteeringMinutes: 180,
      pendingVolunteeringMinutes: 0,
      attendance: 0,
    });
    expect(row("2026-07")).toMatchObject({
      activeMatches: 2,
      newMatches: 1,
      sessionsHeld: 0,
      pendingVolunteeringMinutes: 30,
    });
    expect(row("2026-08")).toMatchObject({ activeMatches: 2, sessionsHeld: 1, supportMinutes: 45 });
    // The coordinator's own check-in counts too: attendance is the service's record, not a journey.
    expect(row("2026-09")).toMatchObject({ activeMatches: 2, attendance: 2 });
    expect(row("2026-10")).toMatchObject({ activeMatches: 2, newMatches: 1, sessionsHeld: 1, supportMinutes: 30 });
    expect(row("2026-11")).toMatchObject({ activeMatches: 2, sessionsHeld: 1, supportMinutes: 60, attendance: 1 });
  });

  it("cuts the first and last months to the period", async () => {
    const result = await dashboard(clients["Sam Coordinator"]!, home.id, { from: "2026-06-04", to: "2026-06-15" });
    expect(result.data!.serviceDashboard.months).toEqual([
      expect.objectContaining({ month: "2026-06", sessionsHeld: 0, verifiedVolunteeringMinutes: 180 }),
    ]);
  });
});

describe("serviceDashboard: journeys, anonymous and suppressed", () => {
  it("counts only people who agreed to anonymous reports, first check-in in the period against the last", async () => {
    const { recoveryCapital } = (await dashboard(clients["Sam Coordinator"]!, home.id)).data!.serviceDashboard;
    expect(recoveryCapital).toEqual({ peopleCounted: 10, improved: 5, same: 5, worse: 0, meanChange: 11.4 });
  });

  it("hides groups of fewer than five, and any group that could be worked out from the rest", async () => {
    const result = await dashboard(clients["Olu Other"]!, other.id);
    expect(result.data!.serviceDashboard.recoveryCapital).toEqual({
      peopleCounted: 7,
      improved: null,
      same: null,
      worse: null,
      meanChange: 6.1,
    });
    expect(result.data!.serviceDashboard.goalCompletion).toEqual({
      peopleCounted: null,
      goalsSet: null,
      goalsAchieved: null,
      stepsDone: null,
    });
  });

  it("counts goals set, achieved and steps done in the period, by London dates", async () => {
    const { goalCompletion } = (await dashboard(clients["Sam Coordinator"]!, home.id)).data!.serviceDashboard;
    // Two goals achieved is too few to show; six set and five steps done are shown.
    expect(goalCompletion).toEqual({ peopleCounted: 5, goalsSet: 6, goalsAchieved: null, stepsDone: 5 });
  });

  it("compares each changed network map with how it stood before the period", async () => {
    const { networkGrowth } = (await dashboard(clients["Sam Coordinator"]!, home.id)).data!.serviceDashboard;
    // Four grew and two did not: the two are too few to show, so the four are hidden with them.
    expect(networkGrowth).toEqual({
      peopleCounted: 6,
      supportiveGrew: null,
      supportiveDidNotGrow: null,
      meanRecoveryCommunityAtStart: 0.7,
      meanRecoveryCommunityAtEnd: 2.2,
    });
  });

  it("stops counting someone as soon as they withdraw their agreement", async () => {
    const j10 = people.J10!.id;
    await consent(j10, false, "2026-11-30T11:00:00Z");
    const { recoveryCapital } = (await dashboard(clients["Sam Coordinator"]!, home.id)).data!.serviceDashboard;
    // Four "about the same" are too few to show, and hiding them alone would leave them worked out from the total.
    expect(recoveryCapital).toMatchObject({ peopleCounted: 9, improved: null, same: null, worse: 0 });
    await consent(j10, true, "2026-11-30T11:30:00Z");
  });
});
