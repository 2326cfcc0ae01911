// The shape of a commissioner report, shared by the page (through GraphQL) and the
// PDF: sections of figures and tables whose numbers have already been through
// suppression, each with the words it is shown with. Building a figure or table
// here is the only way a number gets into a report, so none escapes suppression.
import {
  type Cell,
  type PeopleBehind,
  smallestPublishedCount,
  suppressCount,
  suppressSum,
  suppressTable,
} from "../suppression";

export interface ReportFigure {
  key: string;
  label: string;
  /** Null: not published. */
  value: number | null;
  /** The value as the report shows it, e.g. "1,204 hours" or "fewer than 5". */
  text: string;
}

export interface ReportTableRow {
  label: string;
  cells: Cell[];
  total: Cell;
}

export interface ReportTable {
  key: string;
  title: string;
  caption: string;
  columns: string[];
  rows: ReportTableRow[];
  columnTotals: Cell[];
  total: Cell;
  totalLabel: string;
  /** A one-column table's row totals repeat its cells, so they are not shown. */
  hasRowTotals: boolean;
}

export interface ReportSection {
  key: string;
  title: string;
  figures: ReportFigure[];
  tables: ReportTable[];
  notes: string[];
}

export interface CommissionerReport {
  organisationId: string;
  organisationName: string;
  from: string;
  to: string;
  generatedOn: string;
  sections: ReportSection[];
  howToRead: string[];
}

/** What a hidden table cell shows, on the page and in the PDF alike. */
export const hiddenCellMark = "*";
const fewerThanFive = "fewer than 5";
const tooFewPeople = "not shown: fewer than 5 people";

const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const formatCount = (value: number) => wholeNumber.format(value);
export const cellText = (cell: Cell) => (cell === null ? hiddenCellMark : formatCount(cell));

/** A count of people or things on its own: 1–4 hidden. */
export function countFigure(key: string, label: string, count: number): ReportFigure {
  const value = suppressCount(count);
  return { key, label, value, text: value === null ? fewerThanFive : formatCount(value) };
}

/** A total over people (sessions, hours): shown only with 5 or more people behind it. Hours are rounded to whole hours. */
export function sumFigure(
  key: string,
  label: string,
  amount: number,
  peopleBehind: number,
  unit: { one: string; many: string },
): ReportFigure {
  const value = suppressSum(Math.round(amount), peopleBehind);
  const text = value === null ? tooFewPeople : `${formatCount(value)} ${value === 1 ? unit.one : unit.many}`;
  return { key, label, value, text };
}

/** A mean over people, to one decimal place: shown only with 5 or more people behind it. */
export function meanFigure(
  key: string,
  label: string,
  mean: number | null,
  people: number,
  describe: (rounded: string, value: number) => string = (rounded) => rounded,
): ReportFigure {
  const isShown = mean !== null && people >= smallestPublishedCount;
  const value = isShown ? Math.round(mean * 10) / 10 : null;
  const text =
    value === null ? (people === 0 ? "no one to count yet" : tooFewPeople) : describe(oneDecimal.format(value), value);
  return { key, label, value, text };
}

interface TableRequest {
  key: string;
  title: string;
  caption: string;
  columns: string[];
  rows: { label: string; counts: number[] }[];
  totalLabel: string;
  peopleBehind?: PeopleBehind;
}

export function countTable({
  key,
  title,
  caption,
  columns,
  rows,
  totalLabel,
  peopleBehind,
}: TableRequest): ReportTable {
  const published = suppressTable({
    rows: rows.map((row) => row.label),
    columns,
    counts: rows.map((row) => row.counts),
    peopleBehind,
  });
  return {
    key,
    title,
    caption,
    columns,
    rows: rows.map((row, index) => ({
      label: row.label,
      cells: published.cells[index]!,
      total: published.rowTotals[index]!,
    })),
    columnTotals: published.columnTotals,
    total: published.total,
    totalLabel,
    hasRowTotals: columns.length > 1,
  };
}

/** One-column people behind a one-column table: each row's total is its one cell. */
export const oneColumnPeople = (people: number[], total: number): PeopleBehind => ({
  cells: people.map((n) => [n]),
  rowTotals: people,
  columnTotals: [total],
  total,
});
