// A line chart for trends over time (check-in scores, network growth, monthly
// activity). It is drawn in SVG for sighted people and always comes with the
// numbers as a table, so nothing is only in the picture. Series differ by dash
// and marker shape as well as colour.
import { useId } from "react";
import { labelEvery, linearScale, ticks } from "./chart-scale";

export interface LinePoint {
  x: string;
  /** Null leaves a gap: nothing was recorded then. */
  y: number | null;
}

export interface LineSeries {
  name: string;
  points: LinePoint[];
}

interface LineChartProps {
  title: string;
  /** One or two sentences saying what the chart shows, read out by screen readers. */
  description: string;
  series: LineSeries[];
  yMin: number;
  yMax: number;
  formatY?: (value: number) => string;
}

const width = 320;
const height = 180;
const margin = { top: 12, right: 12, bottom: 28, left: 36 };
const seriesLooks = [
  { colour: "#1d5c4d", dash: undefined, marker: "circle" },
  { colour: "#7a3e9d", dash: "6 4", marker: "square" },
  { colour: "#9a4b00", dash: "2 3", marker: "triangle" },
] as const;

export function LineChart({ title, description, series, yMin, yMax, formatY = String }: LineChartProps) {
  const id = useId();
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))];
  const x = linearScale(0, Math.max(xs.length - 1, 1), margin.left, width - margin.right);
  const y = linearScale(yMin, yMax, height - margin.bottom, margin.top);
  const every = labelEvery(xs.length);
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-describedby={`${id}-description`}
        className="chart-drawing"
      >
        <title>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        {ticks(yMin, yMax).map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text
              x={margin.left - 4}
              y={y(tick)}
              className="chart-axis-label"
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatY(tick)}
            </text>
          </g>
        ))}
        {xs.map((label, index) =>
          isLabelled(index, xs.length, every) ? (
            <text
              key={label}
              x={x(index)}
              y={height - 8}
              className="chart-axis-label"
              textAnchor={edgeAnchor(index, xs.length)}
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((line, seriesIndex) => {
          const look = seriesLooks[seriesIndex % seriesLooks.length]!;
          const placed = line.points.map((p) => ({ at: xs.indexOf(p.x), y: p.y }));
          return (
            <g key={line.name} stroke={look.colour} fill={look.colour}>
              {runs(placed).map((run) => (
                <polyline
                  key={run[0]!.at}
                  points={run.map((p) => `${x(p.at)},${y(p.y)}`).join(" ")}
                  fill="none"
                  strokeWidth={2.5}
                  strokeDasharray={look.dash}
                />
              ))}
              {placed.map((p) =>
                p.y === null ? null : <Marker key={p.at} shape={look.marker} cx={x(p.at)} cy={y(p.y)} />,
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((line, index) => {
            const look = seriesLooks[index % seriesLooks.length]!;
            return (
              <li key={line.name}>
                <svg
                  viewBox="0 0 28 12"
                  width="28"
                  height="12"
                  stroke={look.colour}
                  fill={look.colour}
                  aria-hidden="true"
                >
                  <line x1="0" x2="28" y1="6" y2="6" strokeWidth={2.5} strokeDasharray={look.dash} />
                  <Marker shape={look.marker} cx={14} cy={6} />
                </svg>{" "}
                {line.name}
              </li>
            );
          })}
        </ul>
      )}
      <details className="chart-numbers">
        <summary>Show the numbers</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                {series.map((line) => (
                  <th key={line.name} scope="col">
                    {line.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xs.map((label) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((line) => {
                    const value = line.points.find((p) => p.x === label)?.y ?? null;
                    return <td key={line.name}>{value === null ? "–" : formatY(value)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Every `every`th label and the last, leaving out one that would crowd the last. */
function isLabelled(index: number, count: number, every: number) {
  if (index === count - 1) return true;
  return index % every === 0 && count - 1 - index >= every;
}

/** The first and last x labels hang inwards so a narrow chart does not cut them off. */
function edgeAnchor(index: number, count: number) {
  if (count > 1 && index === 0) return "start";
  if (count > 1 && index === count - 1) return "end";
  return "middle";
}

/** Consecutive points with values, so a missing value breaks the line instead of bridging it. */
function runs(points: { at: number; y: number | null }[]) {
  const result: { at: number; y: number }[][] = [];
  let current: { at: number; y: number }[] = [];
  for (const point of [...points].sort((a, b) => a.at - b.at)) {
    if (point.y === null) {
      if (current.length) result.push(current);
      current = [];
    } else current.push({ at: point.at, y: point.y });
  }
  if (current.length) result.push(current);
  return result;
}

function Marker({ shape, cx, cy }: { shape: "circle" | "square" | "triangle"; cx: number; cy: number }) {
  if (shape === "circle") return <circle cx={cx} cy={cy} r={3.5} />;
  if (shape === "square") return <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} />;
  return <polygon points={`${cx},${cy - 4.5} ${cx + 4.5},${cy + 3.5} ${cx - 4.5},${cy + 3.5}`} />;
}
