// Which dates the dashboard covers: two date inputs and two presets. The dates
// are checked here as the API checks them, so a mistake is explained before asking.
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import type { Problem } from "../../../lib/form-problems";
import { type DateRange, lastMonths } from "./dashboard-words";

const threeYearsAfter = (from: string) => {
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year + 3, month - 1, day)).toISOString().slice(0, 10);
};

function rangeProblems({ from, to }: DateRange): Problem[] {
  if (!from) return [{ fieldId: "dashboard-from", message: "Enter the first day to show." }];
  if (!to) return [{ fieldId: "dashboard-to", message: "Enter the last day to show." }];
  if (from > to) return [{ fieldId: "dashboard-to", message: "The end date must be on or after the start date." }];
  if (to >= threeYearsAfter(from))
    return [{ fieldId: "dashboard-to", message: "Choose a period of three years or less." }];
  return [];
}

export function DateRangeForm({
  range,
  today,
  onChange,
}: {
  range: DateRange;
  today: string;
  onChange: (range: DateRange) => void;
}) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [draft, setDraft] = useState(range);
  const choose = (next: DateRange) => {
    const found = rangeProblems(next);
    setProblems(found);
    if (found.length === 0) {
      setDraft(next);
      onChange(next);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    choose(draft);
  };
  return (
    <section aria-labelledby="dashboard-dates">
      <h2 id="dashboard-dates" className="visually-hidden">
        Dates
      </h2>
      <ErrorSummary problems={problems} />
      <form onSubmit={onSubmit} className="inline-fields" aria-label="Dates to show">
        <div className="field">
          <label htmlFor="dashboard-from">From</label>
          <input
            id="dashboard-from"
            name="from"
            type="date"
            value={draft.from}
            max={today}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="dashboard-to">To</label>
          <input
            id="dashboard-to"
            name="to"
            type="date"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <button type="submit" className="button-secondary">
          Show these dates
        </button>
      </form>
      <ul className="inline-links">
        <li>
          <button type="button" className="button-secondary" onClick={() => choose(lastMonths(today, 3))}>
            Last 3 months
          </button>
        </li>
        <li>
          <button type="button" className="button-secondary" onClick={() => choose(lastMonths(today, 12))}>
            Last 12 months
          </button>
        </li>
      </ul>
    </section>
  );
}
