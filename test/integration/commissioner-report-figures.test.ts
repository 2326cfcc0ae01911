// The commissioner report's figures over seeded activity: exact counts where 5 or
// more people are behind them, "not shown" where fewer, secondary suppression in
// the tables, journeys counted only with consent, and no person's name or id.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildCommissionerReportWorld,
  everyone,
  type Report,
  report,
  t,
  viewers,
} from "../support/commissioner-report-world";

beforeAll(buildCommissionerReportWorld);
afterAll(() => t.close());

const section = (result: Report, key: string) => result.sections.find((s) => s.key === key)!;
const figure = (result: Report, sectionKey: string, key: string) =>
  section(result, sectionKey).figures.find((f) => f.key === key)!;
const table = (result: Report, key: string) => result.sections.flatMap((s) => s.tables).find((tb) => tb.key === key)!;
const column = (result: Report, key: string) =>
  Object.fromEntries(table(result, key).rows.map((row) => [row.label, row.cells[0]]));

describe("the commissioner report", () => {
  let result: Report;
  beforeAll(async () => {
    const answer = await report(viewers.coordinator!);
    expect(answer.errors).toBeUndefined();
    result = answer.data!.commissionerReport;
  });

  it("counts people, matches, sessions and hours exactly where 5 or more people are behind them", () => {
    expect(result.organisationName).toBe("Irwell Recovery");
    expect(figure(result, "people-supported", "mentees")).toMatchObject({ value: 20, text: "20" });
    expect(figure(result, "people-supported", "attendees")).toMatchObject({ value: 13, text: "13" });
    expect(figure(result, "matches", "matches-started")).toMatchObject({ value: 6, text: "6" });
    expect(figure(result, "support", "sessions")).toMatchObject({ value: 12, text: "12 sessions" });
    expect(figure(result, "support", "support-hours")).toMatchObject({ value: 12, text: "12 hours" });
    expect(figure(result, "support", "volunteering-hours")).toMatchObject({
      value: null,
      text: "not shown: fewer than 5 people",
    });
  });

  it("hides the 3 matches ended for one reason, and the 5 beside it so they cannot be worked out from the total", () => {
    const ended = table(result, "matches-ended");
    expect(column(result, "matches-ended")).toEqual({
      "Came to its planned end": 6,
      "The person got what they wanted from it": null,
      "The person moved on (moved away, started work…)": 0,
      "Lost touch": null,
      "The mentor stepped back": 0,
      "Rematched with another mentor": 0,
      "A safeguarding reason": 0,
      "Another reason": 0,
    });
    expect(ended.total).toBe(14);
  });

  it("hides check-ins with fewer than 5 people behind them, and one more kind to protect them", () => {
    expect(column(result, "attendance")).toEqual({
      "Recovery café": 12,
      "Recovery walk": null,
      "Peer support group": null,
    });
    expect(table(result, "attendance").total).toBe(23);
  });

  it("counts progression by the role reached, hiding the 2 new peer mentors and the 5 new volunteers with them", () => {
    expect(column(result, "progression")).toEqual({
      "Became a volunteer": null,
      "Became a peer mentor": null,
      "Became a recovery champion": 0,
    });
    expect(table(result, "progression").total).toBe(7);
  });

  it("counts journeys only of people who agreed to be counted in anonymous reports", () => {
    expect(column(result, "recovery-capital")).toEqual({ Better: 6, "About the same": 5, Worse: 0 });
    expect(table(result, "recovery-capital").total).toBe(11);
    // (6 × 20 + 5 × 0) / 11 = 10.9 points.
    expect(figure(result, "recovery-capital", "mean-change")).toMatchObject({ value: 10.9, text: "+10.9 points" });
    expect(column(result, "network")).toEqual({ Grew: null, "Stayed the same": null, Fell: 0 });
    expect(table(result, "network").total).toBe(7);
    expect(figure(result, "network", "community-start")).toMatchObject({ value: 1, text: "1.0" });
    expect(figure(result, "network", "community-end")).toMatchObject({ value: 2.7, text: "2.7" });
    const outcomes = table(result, "outcomes");
    expect(outcomes.rows.map((row) => [row.label, ...row.cells, row.total])).toEqual([
      ["Drug and alcohol use", 6, 5, 0, 11],
      ["Employment, education and training", 6, 5, 0, 11],
      ["Housing", 6, 5, 0, 11],
      ["Offending", 6, 5, 0, 11],
      ["Health and wellbeing", 6, 5, 0, 11],
    ]);
    expect([outcomes.columnTotals, outcomes.total]).toEqual([[30, 25, 0], 55]);
    // Housing 6 goals by 6 people; work 2 goals by 2 people (hidden) so housing is hidden too; justice only without consent.
    expect(column(result, "goals")).toEqual({
      Housing: null,
      "Work, education or training": null,
      "Justice (courts, probation, police)": 0,
      Health: 0,
    });
    expect(table(result, "goals").total).toBe(8);
  });

  it("says in words what the outcomes are drawn from and how to read the numbers", () => {
    expect(section(result, "outcomes").notes.join(" ")).toContain("we do not hold police, court or probation records");
    const howToRead = result.howToRead.join(" ");
    expect(howToRead).toContain("“fewer than 5”");
    expect(howToRead).toContain("cannot be worked out by taking the others away from a total");
    expect(howToRead).toContain("agreed to be counted in anonymous reports");
  });

  it("never publishes a number from 1 to 4 anywhere", () => {
    const numbers = result.sections.flatMap((s) => [
      ...s.figures.filter((f) => !f.key.startsWith("community") && f.key !== "mean-change").map((f) => f.value),
      ...s.tables.flatMap((tb) => [
        ...tb.rows.flatMap((row) => [...row.cells, row.total]),
        ...tb.columnTotals,
        tb.total,
      ]),
    ]);
    expect(numbers.filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
  });

  it("is the same for an administrator, and names no one and reads no one's record", async () => {
    const audits = async () => (await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`))[0]!.n;
    const before = await audits();
    const byAdmin = await report(viewers.admin!);
    expect(byAdmin.data!.commissionerReport.sections).toEqual(result.sections);
    const text = JSON.stringify(byAdmin.data);
    for (const { id, name } of everyone) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(name);
    }
    expect(await audits()).toBe(before);
  });
});
