// The service's activity month by month: a chart for each group of figures, and
// the same numbers in a table under it (the charts carry their own too).
import { LineChart, type LineSeries } from "../../../components/charts/line-chart";
import { type DashboardMonth, hoursOf, longMonth, roundedUp, shortMonth } from "./dashboard-words";

interface Measure {
  name: string;
  value: (month: DashboardMonth) => number;
  format?: (value: number) => string;
}

const matchMeasures: Measure[] = [
  { name: "Active matches", value: (m) => m.activeMatches },
  { name: "New matches", value: (m) => m.newMatches },
  { name: "Support sessions", value: (m) => m.sessionsHeld },
];
const hourFormat = (hours: number) => `${hours} h`;
const hourMeasures: Measure[] = [
  { name: "Hours of support", value: (m) => hoursOf(m.supportMinutes), format: hourFormat },
  { name: "Volunteering hours verified", value: (m) => hoursOf(m.verifiedVolunteeringMinutes), format: hourFormat },
  { name: "Volunteering hours waiting", value: (m) => hoursOf(m.pendingVolunteeringMinutes), format: hourFormat },
];
const attendanceMeasures: Measure[] = [{ name: "Check-ins at gatherings", value: (m) => m.attendance }];

export function ActivitySection({ months }: { months: DashboardMonth[] }) {
  return (
    <section aria-labelledby="dashboard-activity">
      <h2 id="dashboard-activity">Activity each month</h2>
      <p className="hint">
        Everything the service recorded, whoever it was about. The first and last months count only the days chosen.
      </p>
      <MonthlyFigures
        id="dashboard-matches"
        title="Matches and support sessions"
        description="Matches running in each month, matches that started, and support sessions held."
        months={months}
        measures={matchMeasures}
      />
      <MonthlyFigures
        id="dashboard-hours"
        title="Hours of support and volunteering"
        description="Hours of support sessions, and volunteering hours verified or waiting to be checked, each month."
        months={months}
        measures={hourMeasures}
      />
      <MonthlyFigures
        id="dashboard-attendance"
        title="Check-ins at gatherings"
        description="How many times people checked in at the organisation's gatherings each month."
        months={months}
        measures={attendanceMeasures}
      />
    </section>
  );
}

function MonthlyFigures({
  id,
  title,
  description,
  months,
  measures,
}: {
  id: string;
  title: string;
  description: string;
  months: DashboardMonth[];
  measures: Measure[];
}) {
  const series: LineSeries[] = measures.map((measure) => ({
    name: measure.name,
    points: months.map((m) => ({ x: shortMonth(m.month), y: measure.value(m) })),
  }));
  const largest = Math.max(0, ...months.flatMap((m) => measures.map((measure) => measure.value(m))));
  const format = measures[0]?.format ?? String;
  return (
    <div className="dashboard-figures" data-testid={id}>
      <LineChart
        title={title}
        description={description}
        series={series}
        yMin={0}
        yMax={roundedUp(largest)}
        formatY={format}
      />
      <div className="table-scroll">
        <table className="change-table">
          <caption className="visually-hidden">{title}, month by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {measures.map((measure) => (
                <th key={measure.name} scope="col">
                  {measure.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{longMonth(m.month)}</th>
                {measures.map((measure) => (
                  <td key={measure.name}>{(measure.format ?? String)(measure.value(m))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
