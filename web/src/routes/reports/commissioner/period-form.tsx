// Choosing the period of a commissioner report: two dates, kept in the page's
// address so a report can be bookmarked, shared with a colleague or printed again.
import type { FormEvent } from "react";
import { TextField } from "../../../components/text-field";
import type { FieldErrors } from "../../../lib/graphql-client";
import type { ReportPeriod } from "./report-period";

export function PeriodForm({
  period,
  errors,
  onChoose,
}: {
  period: ReportPeriod;
  errors: FieldErrors;
  onChoose: (period: ReportPeriod) => void;
}) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChoose({ from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") });
  };
  return (
    // Keyed by the period, so the fields show the dates in the address after each change.
    <form
      key={`${period.from}/${period.to}`}
      onSubmit={onSubmit}
      className="no-print"
      aria-label="Period of the report"
    >
      <div className="inline-fields">
        <TextField id="from" label="From" type="date" defaultValue={period.from} required error={errors.from?.[0]} />
        <TextField id="to" label="To" type="date" defaultValue={period.to} required error={errors.to?.[0]} />
      </div>
      <p className="hint">
        Commissioners usually ask for a quarter, such as 1 April to 30 June. A report covers five years at most.
      </p>
      <button type="submit" className="button-secondary">
        Show this period
      </button>
    </form>
  );
}
