// The dashboard as a CSV file for a spreadsheet: the monthly table with a totals
// row, then the journey figures, then a note. Figures only: the gone-quiet list
// names people, so it never leaves the page. Hours are decimal hours (90 minutes
// is 1.5), the unit a spreadsheet adds up.
import { type CsvValue, csvText } from "./csv-text";
import type { DashboardFigures } from "./service-dashboard";

const monthlyHeadings = [
  "Month",
  "Active matches",
  "New matches",
  "Support sessions held",
  "Hours of support",
  "Verified volunteering hours",
  "Pending volunteering hours",
  "Check-ins at gatherings",
] as const;

const suppressionNote =
  "An empty value means fewer than 5 people are behind it, so it is not shown: this protects people's privacy.";

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

export function dashboardCsv(figures: DashboardFigures, organisationName: string): string {
  const { months, recoveryCapital: capital, goalCompletion: goals, networkGrowth: network } = figures;
  const sum = (pick: (month: (typeof months)[number]) => number) => months.reduce((total, m) => total + pick(m), 0);
  const records: CsvValue[][] = [
    [...monthlyHeadings],
    ...months.map((m) => [
      m.month,
      m.activeMatches,
      m.newMatches,
      m.sessionsHeld,
      hours(m.supportMinutes),
      hours(m.verifiedVolunteeringMinutes),
      hours(m.pendingVolunteeringMinutes),
      m.attendance,
    ]),
    // Active matches overlap from month to month, so they have no total.
    [
      "Total",
      null,
      sum((m) => m.newMatches),
      sum((m) => m.sessionsHeld),
      hours(sum((m) => m.supportMinutes)),
      hours(sum((m) => m.verifiedVolunteeringMinutes)),
      hours(sum((m) => m.pendingVolunteeringMinutes)),
      sum((m) => m.attendance),
    ],
    [],
    ["Measure", "Value"],
    ["Organisation", organisationName],
    ["From", figures.from],
    ["To", figures.to],
    ["Recovery capital: people with two or more check-ins", capital.peopleCounted],
    ["Recovery capital: improved (up 5 points or more)", capital.improved],
    ["Recovery capital: about the same", capital.same],
    ["Recovery capital: lower (down 5 points or more)", capital.worse],
    ["Recovery capital: mean change in points (of 100)", capital.meanChange],
    ["Goals: people setting or working on goals", goals.peopleCounted],
    ["Goals: set", goals.goalsSet],
    ["Goals: achieved", goals.goalsAchieved],
    ["Goals: steps done", goals.stepsDone],
    ["Network: people whose map changed", network.peopleCounted],
    ["Network: supportive connections grew", network.supportiveGrew],
    ["Network: supportive connections did not grow", network.supportiveDidNotGrow],
    ["Network: mean recovery-community connections at the start", network.meanRecoveryCommunityAtStart],
    ["Network: mean recovery-community connections at the end", network.meanRecoveryCommunityAtEnd],
    [],
    ["Note", suppressionNote],
    ["Note", "Journey figures count only people who agreed to be included in anonymous reports."],
  ];
  return csvText(records);
}
