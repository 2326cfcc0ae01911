// The map's summary in words and the diagram's layout: pure functions, tested
// on their own so the wording and the placement can be trusted on any map.
import { describe, expect, it } from "vitest";
import { placeConnections, ringRadius } from "./diagram-layout";
import { growthSummary, sinceWords } from "./growth-summary";
import type { Connection, NetworkPoint } from "./vocabulary";

const point = (on: string, connectionCount: number, supportiveCount: number, community = 0): NetworkPoint => ({
  on,
  connectionCount,
  supportiveCount,
  supportiveShare: connectionCount ? supportiveCount / connectionCount : null,
  usingCount: 0,
  recoveryCommunityCount: community,
});

describe("growth summary", () => {
  it("says what grew since the first snapshot, to the person or about them", () => {
    const points = [point("2026-03-04", 3, 1, 0), point("2026-05-01", 6, 5, 2)];
    expect(growthSummary(points, "2026-06-10", true)).toBe(
      "Since March 2026 you've added 4 supportive connections. That includes 2 more in the recovery community.",
    );
    expect(growthSummary(points, "2026-06-10", false)).toBe(
      "Since March 2026 they've added 4 supportive connections. That includes 2 more in the recovery community.",
    );
  });

  it("says no change, fewer, a first snapshot and an empty map plainly and without blame", () => {
    expect(growthSummary([point("2026-03-04", 2, 1), point("2026-04-01", 3, 1)], "2026-06-10", true)).toBe(
      "Since March 2026 your supportive connections have stayed at 1.",
    );
    expect(growthSummary([point("2026-03-04", 3, 3), point("2026-04-01", 2, 2)], "2026-06-10", true)).toBe(
      "Since March 2026 you have 1 supportive connection fewer. Maps change, and that's all right.",
    );
    expect(growthSummary([point("2026-06-02", 1, 1)], "2026-06-10", true)).toBe(
      "Since 2 June your map has 1 connection, 1 of them supportive.",
    );
    expect(growthSummary([], "2026-06-10", true)).toMatch(/^Your map is empty so far/);
    expect(growthSummary([], "2026-06-10", false)).toBe("Nothing is on their map yet.");
  });

  it("names the month, or the day when the first snapshot is this month", () => {
    expect(sinceWords("2025-12-31", "2026-01-02")).toBe("December 2025");
    expect(sinceWords("2026-01-01", "2026-01-31")).toBe("1 January");
  });
});

describe("diagram layout", () => {
  const connection = (id: string, kind: Connection["kind"], closeness: number): Connection => ({
    id,
    label: id,
    kind,
    influence: "SUPPORTIVE",
    closeness,
    addedOn: "2026-03-04",
    isRecoveryCommunity: false,
  });
  const map = [
    connection("walk", "RECOVERY_WALK", 3),
    connection("mum", "FAMILY", 1),
    connection("mentor", "MENTOR", 2),
    connection("dad", "FAMILY", 3),
    connection("cafe", "RECOVERY_CAFE", 2),
  ];

  it("puts each connection on its own ring, at its own angle, with each kind side by side", () => {
    const { placed, boundaries } = placeConnections(map);
    for (const { connection: c, x, y } of placed) {
      expect(Math.hypot(x - 50, y - 50)).toBeCloseTo(ringRadius[c.closeness]!, 6);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(100);
    }
    expect(placed.map((p) => p.connection.id)).toEqual(["mum", "dad", "mentor", "cafe", "walk"]);
    const angles = placed.map(({ x, y }) => Math.atan2(y - 50, x - 50).toFixed(6));
    expect(new Set(angles).size).toBe(placed.length);
    // Family, mentor, café, walk: four kinds, four boundaries round the circle.
    expect(boundaries).toHaveLength(4);
  });

  it("draws one connection, or none, without dividing by nothing", () => {
    expect(placeConnections([])).toEqual({ placed: [], boundaries: [] });
    const [only] = placeConnections([map[0]!]).placed;
    expect(only).toMatchObject({ x: 50, y: 50 - ringRadius[3]! });
  });
});
