// The report page's default period: the last calendar quarter that has ended.
import { describe, expect, it } from "vitest";
import { lastFullQuarter, pdfAddress, periodFromSearch } from "./report-period";

describe("the report's period", () => {
  it("defaults to the last whole quarter, across the turn of the year and on a quarter's first day", () => {
    expect(lastFullQuarter("2026-07-15")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(lastFullQuarter("2026-07-01")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(lastFullQuarter("2026-06-30")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(lastFullQuarter("2026-02-10")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(lastFullQuarter("2026-12-31")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
  });

  it("takes the dates in the address when there are any, and builds the PDF's address from them", () => {
    const now = new Date("2026-05-02T10:00:00Z");
    expect(periodFromSearch(new URLSearchParams("from=2025-04-01&to=2026-03-31"), now)).toEqual({
      from: "2025-04-01",
      to: "2026-03-31",
    });
    expect(periodFromSearch(new URLSearchParams(""), now)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(pdfAddress("org 1", { from: "2026-01-01", to: "2026-03-31" })).toBe(
      "/reports/commissioner.pdf?organisationId=org+1&from=2026-01-01&to=2026-03-31",
    );
  });
});
