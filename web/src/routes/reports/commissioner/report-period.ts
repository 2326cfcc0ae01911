// The period a commissioner report covers, as the page's address holds it
// (?from=YYYY-MM-DD&to=YYYY-MM-DD), defaulting to the last whole quarter: the
// period most commissioners ask for.
import { isLocalDate, todayInLondon } from "../../directory/dates";

export interface ReportPeriod {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last calendar quarter that has ended by `today` (YYYY-MM-DD). */
export function lastFullQuarter(today: string): ReportPeriod {
  const [year, month] = today.split("-").map(Number) as [number, number];
  // Months are 1–12; the quarter before the current one ends the month before this quarter starts.
  const thisQuarterStart = month - ((month - 1) % 3);
  const endMonth = thisQuarterStart === 1 ? 12 : thisQuarterStart - 1;
  const endYear = thisQuarterStart === 1 ? year - 1 : year;
  const startMonth = endMonth - 2;
  return {
    from: `${endYear}-${pad(startMonth)}-01`,
    to: `${endYear}-${pad(endMonth)}-${pad(lastDayOf(endYear, endMonth))}`,
  };
}

/** The period in the address, or the last whole quarter where it has none. */
export function periodFromSearch(search: URLSearchParams, now = new Date()): ReportPeriod {
  const from = search.get("from") ?? "";
  const to = search.get("to") ?? "";
  if (isLocalDate(from) || isLocalDate(to)) return { from, to };
  return lastFullQuarter(todayInLondon(now));
}

export const pdfAddress = (organisationId: string, { from, to }: ReportPeriod) =>
  `/reports/commissioner.pdf?${new URLSearchParams({ organisationId, from, to })}`;
