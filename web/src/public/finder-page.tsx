// The public finder page: the search form, then what was found (or a kind
// word about why nothing was), all server-rendered.
import { type DocumentHead, PublicDocument } from "./document";
import { FiltersForm, type FiltersFormView } from "./filters-form";
import { MapToggle, type MapView, type PagingView, ResultsList, type ResultView } from "./results-list";

export interface FinderOutcome {
  /** "12 gatherings near BL9 0BW, soonest first" */
  heading: string;
  /** Plain sentences about the search itself: widened radius, unknown place, ignored options. */
  notes: string[];
  isPlaceUnknown: boolean;
  results: ResultView[];
  paging: PagingView;
  map: MapView | null;
  /** For the empty state: the same search, online only. */
  onlineHref: string;
  /** For the empty state: the same place with no filters. */
  withoutFiltersHref: string | null;
}

export interface FinderView {
  head: DocumentHead;
  form: FiltersFormView;
  /** Problems with what was asked, e.g. an option we did not recognise. */
  problems: string[];
  /** null before anything has been searched for. */
  outcome: FinderOutcome | null;
}

function NothingFound({ outcome }: { outcome: FinderOutcome }) {
  if (outcome.isPlaceUnknown) {
    return (
      <p>
        Meanwhile, <a href={outcome.onlineHref}>online meetings</a> are open to you wherever you are.
      </p>
    );
  }
  return (
    <div className="callout">
      <p>Nothing matches that search at the moment. You could:</p>
      <ul>
        <li>choose a longer distance</li>
        {outcome.withoutFiltersHref && (
          <li>
            <a href={outcome.withoutFiltersHref}>search again without the filters</a>
          </li>
        )}
        <li>
          try an <a href={outcome.onlineHref}>online meeting</a>: they are open to you wherever you are
        </li>
      </ul>
    </div>
  );
}

export function FinderPage({ view }: { view: FinderView }) {
  const { outcome } = view;
  return (
    <PublicDocument head={view.head}>
      <h1>Find a meeting or group</h1>
      <p className="lead">
        Recovery meetings, cafés, walks and groups near you or online. Free, and no account needed.
      </p>
      {view.problems.length > 0 && (
        <div className="notice" role="status">
          {view.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <FiltersForm form={view.form} />
      {outcome && (
        <section aria-labelledby="results-heading" className="results">
          <h2 id="results-heading">{outcome.heading}</h2>
          {outcome.notes.map((note) => (
            <p key={note} className="notice">
              {note}
            </p>
          ))}
          {outcome.map && <MapToggle map={outcome.map} />}
          {outcome.results.length > 0 ? (
            <ResultsList results={outcome.results} paging={outcome.paging} />
          ) : (
            <NothingFound outcome={outcome} />
          )}
        </section>
      )}
    </PublicDocument>
  );
}
