// The two pictures of someone's check-ins: the overall score over time, and each
// domain of the newest check-in with its change since the one before. Both come
// with their numbers as text, from the shared chart components.
import { BarChart } from "../../../components/charts/bar-chart";
import { LineChart } from "../../../components/charts/line-chart";
import { changeWords, type History, percentText, shortDay } from "./check-in-words";

export function TrendChart({ history, whose }: { history: History; whose: string }) {
  const oldestFirst = [...history.checkIns].reverse();
  return (
    <LineChart
      title={`${whose} overall score, check-in by check-in`}
      description={`${oldestFirst.length} check-ins with “${history.instrument.name}”, from 0% to 100%. Higher means more is in place.`}
      series={[
        { name: "Overall score", points: oldestFirst.map((c) => ({ x: shortDay(c.takenOn), y: c.scorePercent })) },
      ]}
      yMin={0}
      yMax={100}
      formatY={percentText}
    />
  );
}

export function DomainChart({ history }: { history: History }) {
  const newest = history.checkIns[0];
  if (!newest) return null;
  const changes = new Map(history.changeSinceLast.map((change) => [change.domain, change.change]));
  return (
    <BarChart
      title={`Each part of life on ${shortDay(newest.takenOn)}`}
      description="From 0% to 100% for each part of life; higher means more is in place. The change is since the check-in before."
      bars={newest.domains.map((domain) => {
        const change = changes.get(domain.domain);
        return {
          label: domain.domainWords,
          value: domain.percent,
          ...(change === undefined ? {} : { note: changeWords(change) }),
        };
      })}
      max={100}
      formatValue={percentText}
    />
  );
}

export function StrengthsAndGaps({ strengths, gaps }: { strengths: string[]; gaps: string[] }) {
  return (
    <>
      <h3>Going well</h3>
      {strengths.length ? (
        <ul>
          {strengths.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing stands out as a strength yet. That can change, and small steps count.</p>
      )}
      <h3>Hard right now</h3>
      {gaps.length ? (
        <ul>
          {gaps.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing stands out as especially hard right now.</p>
      )}
    </>
  );
}
