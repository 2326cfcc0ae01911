// Small-number suppression for every count published outside the organisation's
// own staff (commissioner report, shared aggregates). Pure: no database, no clock.
// Decision record: docs/decisions/014-small-number-suppression.md.
//
// The rules, in short:
// - primary: any count or total from 1 to 4 is hidden, and so is any sum (visits,
//   sessions, hours) with 1 to 4 people behind it;
// - true zeros are published ("nobody") and a zero is never hidden, so a reader
//   knows every hidden number is at least 1 — and the checks below assume they do;
// - secondary: more cells are hidden until no hidden number can be worked out
//   exactly from the published cells and totals (not even with "at least 1"), and
//   no line with a published total hides a group of 1 to 4 people between its cells.

export const smallestPublishedCount = 5;
export type Cell = number | null; // null = suppressed
/** A table of counts with row and column totals (and a grand total); every published count and total is ≥ 5 or 0. */
export interface CountTable {
  rows: string[];
  columns: string[];
  counts: number[][];
  /**
   * When the counts are of events rather than people (check-ins, goals, matches):
   * how many different people are behind each cell and total. Any with 1–4 people is hidden too.
   */
  peopleBehind?: PeopleBehind;
}
export interface PeopleBehind {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}
export interface PublishedTable {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

const isSmall = (count: number) => count > 0 && count < smallestPublishedCount;

function assertCount(count: number) {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`A count must be a whole number ≥ 0, not ${count}.`);
}

/** A lone published count: 1–4 hidden, 0 and 5 or more shown. */
export function suppressCount(count: number): Cell {
  assertCount(count);
  return isSmall(count) ? null : count;
}

/**
 * A lone sum over people (hours of support, sessions, a mean): shown only when 5
 * or more people are behind it, or none (then it is 0), because with 1 to 4 it
 * describes what those few people did.
 */
export function suppressSum(amount: number, peopleBehind: number): number | null {
  assertCount(peopleBehind);
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`A sum must be a number ≥ 0, not ${amount}.`);
  return isSmall(peopleBehind) ? null : amount;
}

/** The table with its totals: row `rows.length` holds the column totals, column `columns.length` the row totals. */
type Grid = number[][];
interface Position {
  row: number;
  column: number;
}

function extendedGrid({ rows, columns, counts }: CountTable): Grid {
  if (counts.length !== rows.length || counts.some((line) => line.length !== columns.length)) {
    throw new RangeError("A count table needs one count per row and column.");
  }
  const grid = counts.map((line) => {
    line.forEach(assertCount);
    return [...line, line.reduce((sum, count) => sum + count, 0)];
  });
  grid.push(columns.map((_, column) => counts.reduce((sum, line) => sum + line[column]!, 0)));
  grid[rows.length]!.push(counts.flat().reduce((sum, count) => sum + count, 0));
  return grid;
}

/** Whether each entry of the extended grid must be hidden before any secondary suppression. */
function primarySuppression(table: CountTable, values: Grid): boolean[][] {
  const people = table.peopleBehind;
  if (!people) return values.map((line) => line.map(isSmall));
  const peopleGrid = [
    ...people.cells.map((line, row) => [...line, people.rowTotals[row]!]),
    [...people.columnTotals, people.total],
  ];
  if (peopleGrid.length !== values.length || peopleGrid.some((line, row) => line.length !== values[row]!.length)) {
    throw new RangeError("peopleBehind needs one number per cell and total.");
  }
  return values.map((line, row) =>
    line.map((count, column) => {
      const behind = peopleGrid[row]![column]!;
      assertCount(behind);
      if (behind > count) throw new RangeError("More people than events behind a count.");
      return isSmall(count) || isSmall(behind);
    }),
  );
}

export function suppressTable(table: CountTable): PublishedTable {
  const values = extendedGrid(table);
  const hidden = primarySuppression(table, values);
  for (let next = nextToHide(values, hidden); next; next = nextToHide(values, hidden)) {
    hidden[next.row]![next.column] = true;
  }
  const shown = (row: number, column: number): Cell => (hidden[row]![column] ? null : values[row]![column]!);
  const [rowCount, columnCount] = [table.rows.length, table.columns.length];
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, row) => table.columns.map((_, column) => shown(row, column))),
    rowTotals: table.rows.map((_, row) => shown(row, columnCount)),
    columnTotals: table.columns.map((_, column) => shown(rowCount, column)),
    total: shown(rowCount, columnCount),
  };
}

/** Every line of the extended grid: its entries, the last one being the line's total. */
function lines(values: Grid): Position[][] {
  const [height, width] = [values.length, values[0]!.length];
  const byRow = values.map((_, row) => Array.from({ length: width }, (_, column) => ({ row, column })));
  const byColumn = values[0]!.map((_, column) => Array.from({ length: height }, (_, row) => ({ row, column })));
  return [...byRow, ...byColumn];
}

/** The next entry to hide, or null when the table is safe to publish. */
function nextToHide(values: Grid, hidden: boolean[][]): Position | null {
  const isCandidate = ({ row, column }: Position) => !hidden[row]![column] && values[row]![column]! > 0;
  const smallest = (positions: Position[]) =>
    positions.filter(isCandidate).sort((a, b) => values[a.row]![a.column]! - values[b.row]![b.column]!)[0] ?? null;

  // A published total minus the published cells gives the hidden cells' sum: never 1–4 people.
  for (const line of lines(values)) {
    const total = line.at(-1)!;
    if (hidden[total.row]![total.column]) continue;
    const cells = line.slice(0, -1);
    const hiddenSum = cells.reduce((sum, p) => sum + (hidden[p.row]![p.column] ? values[p.row]![p.column]! : 0), 0);
    if (isSmall(hiddenSum)) return smallest(cells);
  }

  for (const [row, line] of hidden.entries()) {
    for (const [column, isHidden] of line.entries()) {
      if (!isHidden || !isWorkedOut(values, hidden, { row, column })) continue;
      // Prefer the smallest entry anywhere that closes a loop of hidden entries through
      // this one (a loop is what protects it); else the smallest in its own row or column.
      const closing = lines(values)
        .flat()
        .filter(isCandidate)
        .filter((p) => {
          hidden[p.row]![p.column] = true;
          const isSafe = !isWorkedOut(values, hidden, { row, column });
          hidden[p.row]![p.column] = false;
          return isSafe;
        });
      const sameLines = lines(values)
        .filter((l) => l.some((p) => p.row === row && p.column === column))
        .flat();
      return smallest(closing) ?? smallest(sameLines) ?? smallest(lines(values).flat());
    }
  }
  return null;
}

/**
 * Can a reader work out this hidden entry exactly? The published numbers fix
 * every line's sum; the hidden entries can change together only around a loop
 * (row, column, row, …) of hidden entries, each step adding 1 then taking 1, and
 * taking 1 only from an entry that stays at least 1. Writing the totals with a
 * minus sign makes every line sum to zero, so a loop is a path in a graph whose
 * nodes are the lines and whose edges are hidden entries. The entry is worked out
 * exactly when no such loop passes through it (the flow decomposition theorem:
 * any other consistent table differs from the true one by such loops).
 */
function isWorkedOut(values: Grid, hidden: boolean[][], entry: Position): boolean {
  const [height, width] = [values.length, values[0]!.length];
  const isTotal = (p: Position) => (p.row === height - 1) !== (p.column === width - 1);
  // Arc row→column adds 1 to an inner cell or the grand total, takes 1 from a row or column total.
  const canStep = (p: Position, fromRow: boolean) => {
    const isIncrease = fromRow !== isTotal(p);
    return isIncrease || values[p.row]![p.column]! >= 2;
  };
  const pathExists = (fromRow: boolean) => {
    // Start at the far end of the entry's own arc and try to come back without it.
    const start = fromRow ? { isRow: false, index: entry.column } : { isRow: true, index: entry.row };
    const goal = fromRow ? { isRow: true, index: entry.row } : { isRow: false, index: entry.column };
    const seen = new Set([`${start.isRow}:${start.index}`]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node.isRow === goal.isRow && node.index === goal.index) return true;
      const steps = node.isRow
        ? hidden[node.index]!.map((_, column) => ({
            p: { row: node.index, column },
            next: { isRow: false, index: column },
          }))
        : hidden.map((_, row) => ({ p: { row, column: node.index }, next: { isRow: true, index: row } }));
      for (const { p, next } of steps) {
        if (!hidden[p.row]![p.column] || (p.row === entry.row && p.column === entry.column)) continue;
        if (!canStep(p, node.isRow)) continue;
        const key = `${next.isRow}:${next.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(next);
      }
    }
    return false;
  };
  return !(canStep(entry, true) && pathExists(true)) && !(canStep(entry, false) && pathExists(false));
}
