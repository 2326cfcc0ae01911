// Horizontal bars for comparing a few named values (a check-in's domains, this
// month's numbers). It is a real table with a bar drawn in each value cell:
// screen readers read the table, long labels wrap on a narrow phone, and a
// value that is not shown (too small to publish) says so in words.
interface Bar {
  label: string;
  /** Null: not shown, e.g. suppressed because fewer than five people are behind it. */
  value: number | null;
  /** A few words after the value, e.g. "up 10 since last time". */
  note?: string;
}

interface BarChartProps {
  title: string;
  description: string;
  bars: Bar[];
  max: number;
  formatValue?: (value: number) => string;
  /** What a null value says; by default "not shown". */
  hiddenText?: string;
}

export function BarChart({
  title,
  description,
  bars,
  max,
  formatValue = String,
  hiddenText = "not shown",
}: BarChartProps) {
  return (
    <figure className="chart">
      <table className="bar-chart">
        <caption className="chart-title">
          {title}
          <span className="visually-hidden">. {description}</span>
        </caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>
                {bar.value !== null && (
                  <span
                    className="bar-chart-bar"
                    aria-hidden="true"
                    style={{ width: `${Math.max(0, Math.min(100, (bar.value / (max || 1)) * 100))}%` }}
                  />
                )}
                <span className="bar-chart-value">
                  {bar.value === null ? hiddenText : formatValue(bar.value)}
                  {bar.note ? <span className="bar-chart-note"> {bar.note}</span> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
