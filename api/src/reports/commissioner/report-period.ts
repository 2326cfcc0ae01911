// A commissioner report covers at most five years: a contract's length.
import { type PeriodProblem, periodProblem, type ReportingPeriod, reportingPeriod } from "../reporting-period";

const longestReportYears = 5;

export const reportPeriodProblem = (from: string, to: string): PeriodProblem | null =>
  periodProblem(from, to, longestReportYears);

export const reportPeriod = (from: string, to: string): ReportingPeriod =>
  reportingPeriod(from, to, longestReportYears);
