// Who the service dashboard names and who may see it: the gone-quiet list with an
// audit row per person named, every refusal, and the CSV download with no names.
import { schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestClient } from "../support/app";
import {
  buildDashboardWorld,
  clients,
  dashboard,
  home,
  other,
  people,
  period,
  t,
} from "../support/service-dashboard-world";

beforeAll(buildDashboardWorld);
afterAll(() => t.close());

describe("serviceDashboard: people who have gone quiet", () => {
  it("lists quiet mentees and members who stopped coming, quietest first, with their mentor", async () => {
    const { goneQuiet } = (await dashboard(clients["Sam Coordinator"]!, home.id)).data!.serviceDashboard;
    expect(goneQuiet.total).toBe(4);
    expect(
      goneQuiet.people.map((p) => [p.displayName, p.reason, p.lastActivity, p.lastActivityOn, p.mentorName]),
    ).toEqual([
      ["Bea", "STOPPED_COMING", "SUPPORT_SESSION", "2026-08-01", null],
      ["Eve", "STOPPED_COMING", "ATTENDANCE", "2026-09-07", null],
      ["Hal", "NO_RECENT_SESSION", "MATCH_AGREED", "2026-10-01", "Mentor Two"],
      ["Alex", "NO_RECENT_SESSION", "SUPPORT_SESSION", "2026-10-20", "Mentor One"],
    ]);
    const eve = goneQuiet.people.find((p) => p.displayName === "Eve")!;
    expect(eve).toMatchObject({ lastActivityPlace: "Monday Recovery Café", daysQuiet: 84, matchId: null });
    const alex = goneQuiet.people.find((p) => p.displayName === "Alex")!;
    expect(alex.daysQuiet).toBe(41);
    expect(alex.matchId).toEqual(expect.any(String));
  });

  it("writes one audit row for each person named, in the same request", async () => {
    const viewer = people["Ada Admin"]!.id;
    const result = await dashboard(clients["Ada Admin"]!, home.id);
    const named = result.data!.serviceDashboard.goneQuiet.people.map((p) => p.personId).sort();
    const rows = await t.db.select().from(schema.accessAudit).where(eq(schema.accessAudit.viewerPersonId, viewer));
    expect(rows.map((r) => r.subjectPersonId).sort()).toEqual(named);
    expect(rows[0]).toMatchObject({
      organisationId: home.id,
      viewerRole: "admin",
      relationship: "staff of the person's organisation",
      via: "Query.serviceDashboard.goneQuiet",
    });
  });
});

describe("serviceDashboard: who may see it", () => {
  it("refuses members, mentors, another organisation's staff and anyone signed out", async () => {
    for (const name of ["Mo Member", "Mia Mentor", "Olu Other"]) {
      expect(errorCodes(await dashboard(clients[name]!, home.id))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await dashboard(t.client(), home.id))).toEqual(["UNAUTHENTICATED"]);
  });

  it("asks staff without a second factor to prove one", async () => {
    expect(errorCodes(await dashboard(clients["Nat No Code"]!, home.id))).toEqual(["SECOND_FACTOR_REQUIRED"]);
  });

  it("refuses dates that are not real, the wrong way round or over three years apart", async () => {
    const sam = clients["Sam Coordinator"]!;
    for (const dates of [
      { from: "2026-02-30", to: "2026-06-01" },
      { from: "2026-06-01", to: "2026-05-31" },
      { from: "2023-01-01", to: "2026-01-01" },
    ]) {
      expect(errorCodes(await dashboard(sam, home.id, dates))).toEqual(["VALIDATION"]);
    }
    const threeYears = await dashboard(sam, home.id, { from: "2023-12-01", to: "2026-11-30" });
    expect(threeYears.data!.serviceDashboard.months).toHaveLength(36);
  });
});

describe("GET /reports/dashboard.csv", () => {
  const download = (client: TestClient | null, organisationId: string, dates = period) =>
    t.app.request(
      `http://localhost/reports/dashboard.csv?organisationId=${organisationId}&from=${dates.from}&to=${dates.to}`,
      { headers: client?.cookie ? { cookie: client.cookie } : {} },
    );

  it("sends the monthly table and the figures as CSV, with no names", async () => {
    const before = await auditCount();
    const response = await download(clients["Sam Coordinator"]!, home.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="kinship-dashboard-[a-z0-9-]+-2026-06-01-to-2026-11-30\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Month,Active matches,New matches,Support sessions held,Hours of support,Verified volunteering hours,Pending volunteering hours,Check-ins at gatherings",
    );
    expect(lines[1]).toBe("2026-06,1,0,2,2.5,3,0,0");
    expect(lines[7]).toBe("Total,,2,5,4.8,3,0.5,3");
    expect(lines).toContain('Organisation,"Irwell ""Recovery"", Bury"');
    expect(lines).toContain("Recovery capital: mean change in points (of 100),11.4");
    expect(text.endsWith("\r\n")).toBe(true);
    for (const name of ["Alex", "Bea", "Eve", "Hal", "Mentor One"]) expect(text).not.toContain(name);
    expect(await auditCount()).toBe(before);
  });

  it("leaves suppressed figures empty and says why in a note row", async () => {
    const text = await (await download(clients["Olu Other"]!, other.id)).text();
    const lines = text.split("\r\n");
    expect(lines).toContain("Recovery capital: people with two or more check-ins,7");
    expect(lines).toContain("Recovery capital: improved (up 5 points or more),");
    expect(lines).toContain("Goals: set,");
    expect(lines.some((line) => line.startsWith('Note,"An empty value means fewer than 5 people'))).toBe(true);
  });

  it("refuses anyone signed out, non-staff, another organisation's staff and staff without a second factor", async () => {
    expect((await download(null, home.id)).status).toBe(401);
    expect((await download(clients["Mo Member"]!, home.id)).status).toBe(403);
    expect((await download(clients["Olu Other"]!, home.id)).status).toBe(403);
    const noCode = await download(clients["Nat No Code"]!, home.id);
    expect(noCode.status).toBe(403);
    expect(await noCode.text()).toContain('href="/second-factor"');
    for (const response of [
      await download(clients["Mo Member"]!, home.id),
      await download(clients["Olu Other"]!, home.id),
    ]) {
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    }
  });

  it("refuses dates that do not work", async () => {
    const sam = clients["Sam Coordinator"]!;
    expect((await download(sam, home.id, { from: "2026-13-01", to: "2026-12-01" })).status).toBe(400);
    expect((await download(sam, home.id, { from: "2026-12-01", to: "2026-11-01" })).status).toBe(400);
    expect((await download(sam, home.id, { from: "", to: "" })).status).toBe(400);
  });
});

async function auditCount() {
  const [row] = await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`);
  return Number(row?.n);
}
