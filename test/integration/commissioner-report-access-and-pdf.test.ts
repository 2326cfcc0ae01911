// Who may see the commissioner report (only the organisation's staff with a second
// factor), the periods it refuses, and the same suppressed numbers in its PDF.
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../support/app";
import {
  buildCommissionerReportWorld,
  everyone,
  homeId,
  otherId,
  pdf,
  period,
  report,
  t,
  viewers,
} from "../support/commissioner-report-world";

beforeAll(buildCommissionerReportWorld);
afterAll(() => t.close());

describe("who may see the report", () => {
  it("refuses members, mentors, another organisation's coordinator, and staff without a second factor", async () => {
    expect(errorCodes(await report(viewers.member!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.mentor!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.otherCoordinator!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.coordinatorWithoutSecondFactor!))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect(errorCodes(await report(t.client()))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses periods that are not real, run backwards or are longer than five years", async () => {
    const problems = async (from: string, to: string) => {
      const answer = await report(viewers.coordinator!, { from, to });
      expect(errorCodes(answer)).toEqual(["VALIDATION"]);
      return answer.errors![0]!.extensions!.fields;
    };
    expect(await problems("2026-02-30", "2026-03-31")).toEqual({ from: ["Use a real date like 2026-01-01."] });
    expect(await problems("2026-04-01", "2026-13-01")).toEqual({ to: ["Use a real date like 2026-12-31."] });
    expect(await problems("2026-06-30", "2026-04-01")).toEqual({
      to: ["The end date must be on or after the start date."],
    });
    expect(await problems("2021-04-01", "2026-04-01")).toEqual({ to: ["Choose a period of 5 years or less."] });
    expect(errorCodes(await report(viewers.coordinator!, { from: "2021-04-02", to: "2026-04-01" }))).toEqual([]);
  });
});

/** The text drawn on the PDF's pages: standard fonts show WinAnsi hex strings with Tj. */
function pdfText(bytes: Buffer) {
  const raw = bytes.toString("latin1");
  const lines: string[] = [];
  const streamStart = /<<((?:(?!>>)[\s\S])*?)\/Length (\d+)((?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/g;
  for (const match of raw.matchAll(streamStart)) {
    const start = match.index + match[0].length;
    const data = bytes.subarray(start, start + Number(match[2]));
    const source = (`${match[1]}${match[3]}`.includes("/FlateDecode") ? inflateSync(data) : data).toString("latin1");
    for (const [, hex] of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      lines.push(Buffer.from(hex!, "hex").toString("latin1"));
  }
  return lines;
}

describe("the report as a PDF", () => {
  it("gives staff a PDF with the same suppressed numbers and no names", async () => {
    const response = await pdf(viewers.coordinator!, { organisationId: homeId, ...period });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="kinship-commissioner-report-2026-04-01-to-2026-06-30.pdf"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const lines = pdfText(bytes);
    expect(lines).toContain("Report to commissioners");
    expect(lines).toContain("Irwell Recovery");
    expect(lines).toContain("Support sessions held: 12 sessions");
    expect(lines).toContain("Volunteering hours checked and approved: not shown: fewer than 5 people");
    // The ended-by-reason table: label, then its value, as drawn.
    const lostTouch = lines.indexOf("Lost touch");
    expect(lines.slice(lostTouch, lostTouch + 2)).toEqual(["Lost touch", "*"]);
    const planned = lines.indexOf("Came to its planned end");
    expect(lines.slice(planned, planned + 2)).toEqual(["Came to its planned end", "6"]);
    const text = lines.join("\n");
    for (const { id, name } of everyone) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(name);
    }
  });

  it("refuses everyone else, and dates that don't work", async () => {
    const query = { organisationId: homeId, ...period };
    expect((await pdf(null, query)).status).toBe(401);
    expect((await pdf(viewers.member!, query)).status).toBe(403);
    expect((await pdf(viewers.mentor!, query)).status).toBe(403);
    expect((await pdf(viewers.otherCoordinator!, query)).status).toBe(403);
    const withoutSecondFactor = await pdf(viewers.coordinatorWithoutSecondFactor!, query);
    expect(withoutSecondFactor.status).toBe(403);
    expect(await withoutSecondFactor.text()).toContain("Confirm it's you first");
    expect((await pdf(viewers.coordinator!, { ...query, from: "2026-07-01" })).status).toBe(400);
    expect((await pdf(viewers.coordinator!, { organisationId: homeId, from: "soon", to: "2026-06-30" })).status).toBe(
      400,
    );
    expect((await pdf(viewers.coordinator!, { organisationId: otherId, ...period })).status).toBe(403);
  });
});
