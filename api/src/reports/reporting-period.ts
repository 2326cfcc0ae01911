// The dates a report or dashboard covers: real calendar dates, the start on or
// before the end, no longer than the report allows (a longer span is a different
// question and an expensive one). Dates stored as instants are compared with
// London midnights. The GraphQL fields and the file downloads share these checks.
import { addDays, addMonths, isCalendarDate, londonMidnight } from "../calendar-dates";
import { validationError } from "../errors";

export interface ReportingPeriod {
  from: string;
  to: string;
  /** London midnight at the start of `from`, and at the end of `to`, for timestamp columns. */
  fromMs: number;
  toExclusiveMs: number;
}

/** What a report or dashboard is asked for: an organisation and the dates to cover. */
export interface PeriodRequest {
  organisationId: string;
  from: string;
  to: string;
}

export type PeriodProblem = { field: "from" | "to"; message: string };

/** What is wrong with these dates, if anything. */
export function periodProblem(from: string, to: string, longestYears: number): PeriodProblem | null {
  if (!isCalendarDate(from)) return { field: "from", message: "Use a real date like 2026-01-01." };
  if (!isCalendarDate(to)) return { field: "to", message: "Use a real date like 2026-12-31." };
  if (from > to) return { field: "to", message: "The end date must be on or after the start date." };
  if (to >= addMonths(from, 12 * longestYears)) {
    return { field: "to", message: `Choose a period of ${longestYears} years or less.` };
  }
  return null;
}

/** The period, or a VALIDATION error naming the date that is wrong. */
export function reportingPeriod(from: string, to: string, longestYears: number): ReportingPeriod {
  const problem = periodProblem(from, to, longestYears);
  if (problem) throw validationError({ [problem.field]: [problem.message] });
  return { from, to, fromMs: londonMidnight(from), toExclusiveMs: londonMidnight(addDays(to, 1)) };
}
