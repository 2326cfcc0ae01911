// Someone's check-ins as pictures and words: the trend, each part of life at the
// newest check-in, strengths and gaps, and the list of past check-ins. Used on the
// person's own page and, read-only, on the pages of people who share with the viewer.
import { DomainChart, StrengthsAndGaps, TrendChart } from "./check-in-charts";
import { type History, longDay, percentText } from "./check-in-words";

export function CheckInHistory({ history, whose }: { history: History; whose: "Your" | "Their" }) {
  const newest = history.checkIns[0];
  if (!newest) return null;
  return (
    <>
      <TrendChart history={history} whose={whose} />
      <h3>The newest check-in, {longDay(newest.takenOn)}</h3>
      <p className="check-in-band">
        Overall: <strong>{newest.band.label}</strong> ({percentText(newest.scorePercent)}). {newest.band.meaning}
      </p>
      <DomainChart history={history} />
      <StrengthsAndGaps strengths={history.strengths} gaps={history.gaps} />
      <h3>Past check-ins</h3>
      <ul className="plain-list check-in-list">
        {history.checkIns.map((checkIn) => (
          <li key={checkIn.id}>
            <strong>{longDay(checkIn.takenOn)}</strong>: {checkIn.band.label}, {percentText(checkIn.scorePercent)}
            {checkIn.note && <p className="check-in-note">“{checkIn.note}”</p>}
          </li>
        ))}
      </ul>
      {history.otherCheckIns.length > 0 && (
        <>
          <h3>Check-ins with other questions</h3>
          <p className="hint">These used different questions, so they are not part of the trend above.</p>
          <ul className="plain-list">
            {history.otherCheckIns.map((checkIn) => (
              <li key={checkIn.id}>
                <strong>{longDay(checkIn.takenOn)}</strong>: {checkIn.instrumentName}, {checkIn.band.label},{" "}
                {percentText(checkIn.scorePercent)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">
        “{history.instrument.name}”: {history.instrument.attribution}
      </p>
    </>
  );
}
