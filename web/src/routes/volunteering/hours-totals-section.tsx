// An organisation's verified hours between two dates: overall, by person, by
// activity and by month. The dates are a small form; nothing loads until asked.
import { type FormEvent, useState } from "react";
import { LoadFailed } from "../../components/load-failed";
import type { ResultOf } from "../../graphql/graphql";
import { HoursTotalsQuery } from "../../graphql/volunteering";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate } from "../directory/dates";
import { activityLabels, describeMinutes, formatMonth } from "./vocabulary";

type Totals = ResultOf<typeof HoursTotalsQuery>["hoursTotals"];

export function HoursTotalsSection({ organisationId }: { organisationId: string }) {
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const { state, reload } = useQuery(HoursTotalsQuery, { organisationId, ...range });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setRange({ from: String(data.get("from") ?? "") || null, to: String(data.get("to") ?? "") || null });
  };
  return (
    <section aria-labelledby="hours-totals">
      <h2 id="hours-totals">Verified hours</h2>
      <form onSubmit={onSubmit} className="inline-fields" aria-label="Dates for the totals">
        <div className="field">
          <label htmlFor="totals-from">From</label>
          <input id="totals-from" name="from" type="date" />
        </div>
        <div className="field">
          <label htmlFor="totals-to">To</label>
          <input id="totals-to" name="to" type="date" />
        </div>
        <button type="submit" className="button-secondary">
          Show totals
        </button>
      </form>
      {state.status === "loading" && <p role="status">Adding up…</p>}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <TotalsTables totals={state.data.hoursTotals} />}
    </section>
  );
}

function periodWords({ from, to }: Totals) {
  if (from && to) return `from ${formatLocalDate(from)} to ${formatLocalDate(to)}`;
  if (from) return `since ${formatLocalDate(from)}`;
  if (to) return `up to ${formatLocalDate(to)}`;
  return "all time";
}

function TotalsTables({ totals }: { totals: Totals }) {
  return (
    <div>
      <p className="lead" role="status" data-testid="organisation-verified-total">
        {describeMinutes(totals.approvedMinutes)} verified, {periodWords(totals)}.
      </p>
      {totals.pendingMinutes > 0 && (
        <p className="meta">{describeMinutes(totals.pendingMinutes)} more waiting to be checked in these dates.</p>
      )}
      {totals.byPerson.length > 0 && (
        <TotalsTable
          caption="By person"
          heading="Person"
          rows={totals.byPerson.map((row, i) => ({
            key: `${row.personName ?? "former"}-${i}`,
            label: row.personName ?? "Former members (accounts deleted)",
            minutes: row.approvedMinutes,
          }))}
        />
      )}
      {totals.byActivity.length > 0 && (
        <TotalsTable
          caption="By activity"
          heading="Activity"
          rows={totals.byActivity.map((row) => ({
            key: row.activity,
            label: activityLabels[row.activity],
            minutes: row.approvedMinutes,
          }))}
        />
      )}
      {totals.byMonth.length > 0 && (
        <TotalsTable
          caption="By month"
          heading="Month"
          rows={totals.byMonth.map((row) => ({
            key: row.month,
            label: formatMonth(row.month),
            minutes: row.approvedMinutes,
          }))}
        />
      )}
    </div>
  );
}

function TotalsTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; minutes: number }[];
}) {
  return (
    <table className="change-table totals-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Verified</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{describeMinutes(row.minutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
