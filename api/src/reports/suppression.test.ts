// Small-number suppression, proven on random tables: nothing from 1 to 4 is ever
// published, nothing published is altered, and no hidden number can be worked out
// exactly from what is published — checked by searching, independently of the
// suppression code, for a second table that fits every published number.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Cell,
  type CountTable,
  type PublishedTable,
  suppressCount,
  suppressSum,
  suppressTable,
} from "./suppression";

const propertySeed = Number(process.env.SUPPRESSION_SEED ?? Date.now() % 2 ** 31);
const runs = (numRuns: number) => ({ numRuns, seed: propertySeed });

/** Counts the way small services have them: many zeros and small numbers, some larger. */
const countArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 14 }) },
);

const tableArbitrary = (maxRows: number, maxColumns: number) =>
  fc
    .record({ rowCount: fc.integer({ min: 1, max: maxRows }), columnCount: fc.integer({ min: 1, max: maxColumns }) })
    .chain(({ rowCount, columnCount }) =>
      fc.array(fc.array(countArbitrary, { minLength: columnCount, maxLength: columnCount }), {
        minLength: rowCount,
        maxLength: rowCount,
      }),
    )
    .map(
      (counts): CountTable => ({
        rows: counts.map((_, row) => `row ${row}`),
        columns: counts[0]!.map((_, column) => `column ${column}`),
        counts,
      }),
    );

/** Counts of events (visits, goals) with, for each cell and total, 1 to all of them being different people. */
const eventTableArbitrary = (maxRows: number, maxColumns: number) =>
  tableArbitrary(maxRows, maxColumns).chain((table) => {
    const grid = withTotals(table.counts);
    const behind = (count: number) =>
      count === 0
        ? fc.constant(0)
        : fc.oneof(fc.integer({ min: 1, max: Math.min(count, 4) }), fc.integer({ min: 1, max: count }));
    return fc.tuple(...grid.map((line) => fc.tuple(...line.map(behind)))).map((people) => {
      const columnCount = table.columns.length;
      const peopleBehind = {
        cells: people.slice(0, -1).map((line) => line.slice(0, columnCount)),
        rowTotals: people.slice(0, -1).map((line) => line[columnCount]!),
        columnTotals: people.at(-1)!.slice(0, columnCount),
        total: people.at(-1)![columnCount]!,
      };
      return { table: { ...table, peopleBehind } satisfies CountTable, people };
    });
  });

/** The table with its totals as one grid: last row the column totals, last column the row totals. */
const withTotals = (counts: number[][]): number[][] => {
  const grid = counts.map((line) => [...line, line.reduce((a, b) => a + b, 0)]);
  grid.push(grid[0]!.map((_, column) => grid.reduce((sum, line) => sum + line[column]!, 0)));
  return grid;
};
const publishedGrid = (table: PublishedTable): Cell[][] => [
  ...table.cells.map((line, row) => [...line, table.rowTotals[row]!]),
  [...table.columnTotals, table.total],
];

/**
 * Another table consistent with everything published — every published cell and
 * total, every line adding up, hidden numbers whole and at least 1 (zeros are
 * always published, so readers know that) — whose entry at `target` is not
 * `notValue`. Null when none exists: then the reader has worked the entry out.
 * Bounds propagation over the line sums, then trying values one entry at a time.
 */
function otherCompletion(published: Cell[][], target: [number, number], notValue: number, cap: number) {
  const [height, width] = [published.length, published[0]!.length];
  const equations: { row: number; column: number; sign: number }[][] = [
    ...published.map((_, row) =>
      published[0]!.map((_, column) => ({ row, column, sign: column === width - 1 ? -1 : 1 })),
    ),
    ...published[0]!.map((_, column) =>
      published.map((_, row) => ({ row, column, sign: row === height - 1 ? -1 : 1 })),
    ),
  ];
  let nodes = 0;
  const search = (low: number[][], high: number[][]): number[][] | null => {
    if (++nodes > 500_000) throw new Error("search too large for this table");
    for (let changed = true; changed; ) {
      changed = false;
      for (const equation of equations) {
        const min = (t: { row: number; column: number; sign: number }) =>
          t.sign > 0 ? low[t.row]![t.column]! : -high[t.row]![t.column]!;
        const max = (t: { row: number; column: number; sign: number }) =>
          t.sign > 0 ? high[t.row]![t.column]! : -low[t.row]![t.column]!;
        const [minSum, maxSum] = [equation.reduce((s, t) => s + min(t), 0), equation.reduce((s, t) => s + max(t), 0)];
        if (minSum > 0 || maxSum < 0) return null;
        for (const term of equation) {
          // term = -(sum of the others), so it lies between -(others' max) and -(others' min).
          const [termLow, termHigh] = [-(maxSum - max(term)), -(minSum - min(term))];
          const [lo, hi] = term.sign > 0 ? [termLow, termHigh] : [-termHigh, -termLow];
          if (lo > low[term.row]![term.column]!) [low[term.row]![term.column], changed] = [lo, true];
          if (hi < high[term.row]![term.column]!) [high[term.row]![term.column], changed] = [hi, true];
          if (low[term.row]![term.column]! > high[term.row]![term.column]!) return null;
        }
      }
    }
    const open = low.flatMap((line, row) =>
      line.flatMap((lo, column) => (lo < high[row]![column]! ? [[row, column] as const] : [])),
    );
    if (open.length === 0) return low;
    const [row, column] = open.sort(([a, b], [c, d]) => high[a]![b]! - low[a]![b]! - (high[c]![d]! - low[c]![d]!))[0]!;
    for (let value = low[row]![column]!; value <= high[row]![column]!; value++) {
      const [nextLow, nextHigh] = [low.map((l) => [...l]), high.map((l) => [...l])];
      [nextLow[row]![column], nextHigh[row]![column]] = [value, value];
      const found = search(nextLow, nextHigh);
      if (found) return found;
    }
    return null;
  };
  const bounds = (hiddenLow: number, hiddenHigh: number) => [
    published.map((line) => line.map((cell) => cell ?? hiddenLow)),
    published.map((line) => line.map((cell) => cell ?? hiddenHigh)),
  ];
  const [row, column] = target;
  const attempts: [number, number][] = [
    [1, notValue - 1],
    [notValue + 1, cap],
  ];
  for (const [from, to] of attempts) {
    if (from > to) continue;
    const [low, high] = bounds(1, cap);
    [low![row]![column], high![row]![column]] = [from, to];
    const found = search(low!, high!);
    if (found) return found;
  }
  return null;
}

function expectNothingWorkedOut(published: Cell[][], truth: number[][]) {
  const cap = truth.at(-1)!.at(-1)! + 2;
  for (const [row, line] of published.entries()) {
    for (const [column, cell] of line.entries()) {
      if (cell !== null) continue;
      const other = otherCompletion(published, [row, column], truth[row]![column]!, cap);
      expect(other, `hidden entry [${row}, ${column}] can be worked out`).not.toBeNull();
      expect(other![row]![column]).not.toBe(truth[row]![column]);
    }
  }
}

beforeAll(() =>
  console.info(`suppression property seed: ${propertySeed} (replay with SUPPRESSION_SEED=${propertySeed})`),
);

describe("suppressing a table", () => {
  it("publishes only zeros and counts of 5 or more, each exactly as counted, hiding no zero (property)", () => {
    fc.assert(
      fc.property(tableArbitrary(6, 6), (table) => {
        const truth = withTotals(table.counts);
        const published = publishedGrid(suppressTable(table));
        for (const [row, line] of published.entries()) {
          for (const [column, cell] of line.entries()) {
            if (cell === null) expect(truth[row]![column]).toBeGreaterThan(0);
            else expect(cell).toBe(truth[row]![column]);
            expect(cell === null || cell === 0 || cell >= 5).toBe(true);
          }
        }
      }),
      runs(500),
    );
  });

  it("never leaves 1 to 4 people between the hidden cells of a line whose total is published (property)", () => {
    fc.assert(
      fc.property(tableArbitrary(6, 6), (table) => {
        const truth = withTotals(table.counts);
        const published = publishedGrid(suppressTable(table));
        const lines = [
          ...published.map((line, row) => line.map((cell, column) => ({ cell, value: truth[row]![column]! }))),
          ...published[0]!.map((_, column) =>
            published.map((line, row) => ({ cell: line[column]!, value: truth[row]![column]! })),
          ),
        ];
        for (const line of lines) {
          const hidden = line.slice(0, -1).filter(({ cell }) => cell === null);
          if (line.at(-1)!.cell === null) continue;
          expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
          const hiddenSum = hidden.reduce((sum, { value }) => sum + value, 0);
          expect(hiddenSum === 0 || hiddenSum >= 5).toBe(true);
        }
      }),
      runs(500),
    );
  });

  it("lets no hidden number be worked out from the published ones, even knowing hidden means at least 1 (property)", () => {
    fc.assert(
      fc.property(tableArbitrary(4, 4), (table) => {
        expectNothingWorkedOut(publishedGrid(suppressTable(table)), withTotals(table.counts));
      }),
      runs(300),
    );
  });

  it("hides counts with 1 to 4 people behind them too, and still lets nothing be worked out (property)", () => {
    fc.assert(
      fc.property(eventTableArbitrary(4, 4), ({ table, people }) => {
        const truth = withTotals(table.counts);
        const published = publishedGrid(suppressTable(table));
        for (const [row, line] of published.entries()) {
          for (const [column, cell] of line.entries()) {
            if (cell === null) continue;
            expect(cell).toBe(truth[row]![column]);
            expect(people[row]![column]! === 0 || people[row]![column]! >= 5).toBe(true);
          }
        }
        expectNothingWorkedOut(published, truth);
      }),
      runs(200),
    );
  });

  it("would catch a table that hides only the small counts: the check can fail", () => {
    // Hiding just the 3 leaves it as 25 − 10 − 12.
    const truth = withTotals([
      [3, 10, 12],
      [8, 9, 20],
    ]);
    const onlyPrimary = truth.map((line) => line.map((value): Cell => (value > 0 && value < 5 ? null : value)));
    expect(otherCompletion(onlyPrimary, [0, 0], 3, 100)).toBeNull();
    // Two 1s in a row of total 2 are both 1 once a reader knows zeros are shown.
    const ones = withTotals([
      [1, 1, 10],
      [1, 1, 10],
    ]);
    const hiddenOnes: Cell[][] = ones.map((line) => line.map((value) => (value < 5 ? null : value)));
    expect(otherCompletion(hiddenOnes, [0, 0], 1, 100)).toBeNull();
  });

  it("hides a rectangle of four cells, not more, when one small count sits among large ones", () => {
    const published = suppressTable({
      rows: ["a", "b", "c"],
      columns: ["x", "y", "z"],
      counts: [
        [3, 10, 12],
        [8, 9, 20],
        [15, 11, 7],
      ],
    });
    expect(published.cells).toEqual([
      [null, null, 12],
      [null, null, 20],
      [15, 11, 7],
    ]);
    expect([published.rowTotals, published.columnTotals, published.total]).toEqual([[25, 37, 33], [26, 30, 39], 95]);
  });

  it("handles one-row and one-column tables, and tables with no rows", () => {
    const oneRow = suppressTable({ rows: ["all"], columns: ["x", "y", "z"], counts: [[3, 4, 9]] });
    // 3 + 4 is 7 people, so the two hidden cells protect each other and their column totals.
    expect(oneRow.cells).toEqual([[null, null, 9]]);
    expect(oneRow.columnTotals).toEqual([null, null, 9]);
    expect(oneRow.rowTotals).toEqual([16]);
    const oneColumn = suppressTable({ rows: ["a", "b", "c", "d"], columns: ["n"], counts: [[3], [0], [9], [12]] });
    expect(oneColumn.cells).toEqual([[null], [0], [null], [12]]);
    expect(oneColumn.rowTotals).toEqual([null, 0, null, 12]);
    const empty = suppressTable({ rows: [], columns: ["x", "y"], counts: [] });
    expect([empty.cells, empty.rowTotals, empty.columnTotals, empty.total]).toEqual([[], [], [0, 0], 0]);
  });

  it("refuses counts that are not whole numbers of at least 0, or the wrong shape", () => {
    expect(() => suppressTable({ rows: ["a"], columns: ["x"], counts: [[-1]] })).toThrow(RangeError);
    expect(() => suppressTable({ rows: ["a"], columns: ["x"], counts: [[1.5]] })).toThrow(RangeError);
    expect(() => suppressTable({ rows: ["a", "b"], columns: ["x"], counts: [[1]] })).toThrow(RangeError);
  });
});

describe("suppressing a lone count", () => {
  it("hides 1 to 4 and shows 0 and 5 or more as they are (property)", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (count) => {
        expect(suppressCount(count)).toBe(count >= 1 && count <= 4 ? null : count);
      }),
      runs(300),
    );
    expect(() => suppressCount(-2)).toThrow(RangeError);
  });
});

describe("suppressing a sum over people", () => {
  it("shows hours or visits only when none or 5 or more people are behind them", () => {
    expect(suppressSum(37.5, 4)).toBeNull();
    expect(suppressSum(37.5, 5)).toBe(37.5);
    expect(suppressSum(0, 0)).toBe(0);
    expect(() => suppressSum(-1, 5)).toThrow(RangeError);
    expect(() => suppressSum(10, 2.5)).toThrow(RangeError);
  });
});
