// The dates a service dashboard covers: at most three years, split into
// calendar months clipped to the period.
import { Temporal } from "temporal-polyfill";
import { periodProblem, type ReportingPeriod, reportingPeriod } from "../reporting-period";

const longestPeriodYears = 3;

export interface MonthSpan {
  /** YYYY-MM */
  month: string;
  /** The first and last dates of the month inside the period. */
  from: string;
  to: string;
}

export interface DashboardPeriod extends ReportingPeriod {
  months: MonthSpan[];
}

/** What is wrong with these dates, if anything; used by the GraphQL field and the CSV route alike. */
export const dashboardPeriodProblem = (from: string, to: string) => periodProblem(from, to, longestPeriodYears);

export function dashboardPeriod(from: string, to: string): DashboardPeriod {
  return { ...reportingPeriod(from, to, longestPeriodYears), months: monthsBetween(from, to) };
}

function monthsBetween(from: string, to: string): MonthSpan[] {
  const months: MonthSpan[] = [];
  let month = Temporal.PlainYearMonth.from(from.slice(0, 7));
  const last = Temporal.PlainYearMonth.from(to.slice(0, 7));
  while (Temporal.PlainYearMonth.compare(month, last) <= 0) {
    const first = month.toPlainDate({ day: 1 }).toString();
    const end = month.toPlainDate({ day: month.daysInMonth }).toString();
    months.push({ month: month.toString(), from: first < from ? from : first, to: end > to ? to : end });
    month = month.add({ months: 1 });
  }
  return months;
}
