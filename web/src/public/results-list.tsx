// The finder's results: one card per gathering with what a person needs to
// choose (what, when in local time, how far), paging as plain links, and the
// points the optional map plots.

export interface ResultView {
  id: string;
  href: string;
  name: string;
  kindLabel: string;
  modeLabel: string;
  /** "Monday 26 October 2026, 7pm (GMT)" */
  nextText: string;
  /** ISO 8601 with offset, for <time datetime>. */
  nextDateTime: string;
  scheduleText: string;
  /** "1.2 miles", "Online", or null when the search had no place. */
  distanceText: string | null;
  town: string | null;
  /** e.g. "Moved from Monday 19 October" or "Not on Monday 19 October (cancelled)". */
  changeNote: string | null;
  /** "Last confirmed 8 months ago — check before you go" when stale. */
  staleText: string | null;
}

export interface MapPoint {
  latitude: number;
  longitude: number;
  name: string;
  href: string;
  nextText: string;
}

export interface MapView {
  tileUrl: string;
  attribution: string;
  points: MapPoint[];
}

export interface PagingView {
  text: string;
  previousHref: string | null;
  nextHref: string | null;
}

function Result({ result }: { result: ResultView }) {
  const where = [result.distanceText, result.town].filter(Boolean).join(", ");
  return (
    <li className="card result">
      <h3>
        <a href={result.href}>{result.name}</a>
      </h3>
      <p className="meta">{`${result.kindLabel} · ${result.modeLabel}`}</p>
      <p>
        Next: <time dateTime={result.nextDateTime}>{result.nextText}</time>
      </p>
      <p className="meta">{result.scheduleText}</p>
      {where && <p>{where}</p>}
      {result.changeNote && <p className="change-note">{result.changeNote}</p>}
      {result.staleText && <p className="stale-note">{result.staleText}</p>}
    </li>
  );
}

export function ResultsList({ results, paging }: { results: ResultView[]; paging: PagingView }) {
  return (
    <>
      <ol className="result-list">
        {results.map((result) => (
          <Result key={result.id} result={result} />
        ))}
      </ol>
      {(paging.previousHref || paging.nextHref) && (
        <nav className="paging" aria-label="Pages of results">
          {paging.previousHref && (
            <a href={paging.previousHref} rel="prev">
              Previous page
            </a>
          )}
          <span>{paging.text}</span>
          {paging.nextHref && (
            <a href={paging.nextHref} rel="next">
              Next page
            </a>
          )}
        </nav>
      )}
    </>
  );
}

/** A button the enhancement script reveals; the map's data rides on the container. */
export function MapToggle({ map }: { map: MapView }) {
  return (
    <div className="map-toggle" hidden data-map-toggle="">
      <button type="button" className="button-secondary" aria-controls="results-map" aria-expanded="false">
        Show map
      </button>
      <section
        id="results-map"
        className="results-map"
        aria-label="Map of the results"
        hidden
        data-tile-url={map.tileUrl}
        data-attribution={map.attribution}
        data-points={JSON.stringify(map.points)}
      />
    </div>
  );
}
