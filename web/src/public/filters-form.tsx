// The finder's search form: a plain GET form, so searching, filtering and
// paging all work with no JavaScript. The enhancement script only adds
// "Use my location", which fills the hidden lat/lng fields and submits.
import type { ReactNode } from "react";

export interface Choice {
  value: string;
  label: string;
  isChosen: boolean;
}

export interface FiltersFormView {
  place: string;
  /** Set when the search is near the person's own position ("Use my location"). */
  latitude: string;
  longitude: string;
  radius: Choice[];
  order: Choice[];
  kinds: Choice[];
  days: Choice[];
  times: Choice[];
  modes: Choice[];
  accessibility: Choice[];
  tags: Choice[];
  startingSoon: boolean;
  happeningNow: boolean;
  /** Open the "More filters" section when any of them is in use. */
  hasFilters: boolean;
}

function CheckboxGroup({ legend, name, choices }: { legend: string; name: string; choices: Choice[] }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="checkbox" name={name} value={choice.value} defaultChecked={choice.isChosen} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

function Select({ id, label, choices }: { id: string; label: string; choices: Choice[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={choices.find((choice) => choice.isChosen)?.value}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FiltersForm({ form, children }: { form: FiltersFormView; children?: ReactNode }) {
  const isNearMe = Boolean(form.latitude && form.longitude && !form.place);
  return (
    <form method="get" action="/find" className="finder-form" aria-label="Search the directory">
      <div className="field">
        <label htmlFor="place">Postcode or town</label>
        <p className="hint" id="place-hint">
          For example BL9 0BW, BL9 or Bury
        </p>
        <input
          id="place"
          name="place"
          type="text"
          defaultValue={form.place}
          aria-describedby="place-hint"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
      </div>
      {/* Left out of the request while empty; a typed place always wins over them. */}
      <input type="hidden" name="lat" defaultValue={form.latitude} disabled={!isNearMe} />
      <input type="hidden" name="lng" defaultValue={form.longitude} disabled={!isNearMe} />
      {isNearMe && <p className="hint">Searching near your location.</p>}
      {/* Shown by the enhancement script where the browser can find its position. */}
      <p className="use-location" hidden data-use-my-location="">
        <button type="button" className="button-secondary">
          Use my location
        </button>
        <span className="hint" role="status" />
      </p>
      <Select id="radius" label="Distance" choices={form.radius} />
      <details className="more-filters" open={form.hasFilters}>
        <summary>More filters</summary>
        <CheckboxGroup legend="What kind" name="kind" choices={form.kinds} />
        <CheckboxGroup legend="How" name="mode" choices={form.modes} />
        <CheckboxGroup legend="Day" name="day" choices={form.days} />
        <CheckboxGroup legend="Time of day" name="time" choices={form.times} />
        <fieldset className="choices">
          <legend>When</legend>
          <label className="choice">
            <input type="checkbox" name="soon" value="1" defaultChecked={form.startingSoon} /> Starting in the next 2
            hours
          </label>
          <label className="choice">
            <input type="checkbox" name="now" value="1" defaultChecked={form.happeningNow} /> Happening now
          </label>
        </fieldset>
        <CheckboxGroup legend="Accessibility" name="access" choices={form.accessibility} />
        <CheckboxGroup legend="Good to know" name="tag" choices={form.tags} />
      </details>
      <Select id="order" label="Show" choices={form.order} />
      <div className="actions">
        <button type="submit" className="button">
          Search
        </button>
        {children}
      </div>
    </form>
  );
}
